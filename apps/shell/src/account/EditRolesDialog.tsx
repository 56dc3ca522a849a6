import { Button } from '@pbc/ui';
import { DialogActions, DialogBody, DialogContent, DialogTitle, FormDialog } from '@pbc/ui/lists';
import type { DirectoryUser, Role } from '@pbc/contract';
import { useLocale } from '@pbc/i18n';
import { useFormError } from '@pbc/module-kit';
import { useTRPC } from '@pbc/sdk/react';
import { ErrorState } from '@pbc/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { usePageStyles } from '../pageStyles.js';
import { RoleCheckboxes } from './RoleCheckboxes.js';

/** ROLE-6: change a user's roles (open while `user` is set); choices a rule forbids are disabled with the reason. */
export function EditRolesDialog({
  user,
  onClose,
}: {
  user: DirectoryUser | null;
  onClose: () => void;
}) {
  return (
    <FormDialog open={!!user} onClose={onClose}>
      {user && <EditRolesForm user={user} onClose={onClose} />}
    </FormDialog>
  );
}

function EditRolesForm({ user, onClose }: { user: DirectoryUser; onClose: () => void }) {
  const { t } = useLocale();
  const styles = usePageStyles();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const update = useMutation(
    trpc.directory.updateRoles.mutationOptions({
      // Roles decide what the signed-in user may do, too: refetch `auth.me` with the directory.
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.directory.list.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.auth.me.pathKey() }),
        ]).then(onClose),
    }),
  );
  const error = useFormError(update.error, ['roles']);
  return (
    <DialogBody>
      <DialogTitle>{t('account.editRolesOf', { name: user.displayName })}</DialogTitle>
      <DialogContent className={styles.form}>
        {error?.banner && <ErrorState message={error.banner} data-testid="form-error" />}
        <RoleCheckboxes
          targetId={user.id}
          currentRoles={user.roles}
          value={roles}
          onChange={setRoles}
          error={error?.fields.roles}
        />
      </DialogContent>
      <DialogActions>
        <Button
          appearance="primary"
          disabled={update.isPending}
          onClick={() => update.mutate({ userId: user.id, roles })}
        >
          {t('account.save')}
        </Button>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
      </DialogActions>
    </DialogBody>
  );
}
