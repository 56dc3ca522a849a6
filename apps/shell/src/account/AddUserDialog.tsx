import { Button, MessageBar, MessageBarBody } from '@pbc/ui';
import {
  DialogActions,
  DialogBody,
  DialogContent,
  DialogTitle,
  Field,
  FormDialog,
  Input,
  Radio,
  RadioGroup,
  TextField,
  CopyButton,
} from '@pbc/ui/lists';
import { AddUserInput, type AddUserResult, type Role, type UserKind } from '@pbc/contract';
import { useLocale } from '@pbc/i18n';
import { useFormError } from '@pbc/module-kit';
import { useTRPC } from '@pbc/sdk/react';
import { ErrorState } from '@pbc/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { usePageStyles } from '../pageStyles.js';
import { RoleCheckboxes } from './RoleCheckboxes.js';

/**
 * ROLE-6: adds a person; the temporary password is shown once, here, and gone when the dialog
 * closes (the surface and its state unmount). The Dialog itself stays mounted so Fluent can undo
 * its modal `aria-hidden` on the page when it closes.
 */
export function AddUserDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <FormDialog open={open} onClose={onClose}>
      <AddUserForm onClose={onClose} />
    </FormDialog>
  );
}

function AddUserForm({ onClose }: { onClose: () => void }) {
  const { t } = useLocale();
  const styles = usePageStyles();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [kind, setKind] = useState<UserKind>('member');
  const [roles, setRoles] = useState<Role[]>([]);
  const add = useMutation(
    trpc.directory.add.mutationOptions({
      gcTime: 0, // the answer holds the temporary password: keep it no longer than this dialog
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.directory.list.pathKey() }),
    }),
  );
  const error = useFormError(add.error, Object.keys(AddUserInput.shape));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate({ email, displayName, kind, roles });
  };
  return add.data ? (
    <TemporaryPassword result={add.data} onClose={onClose} />
  ) : (
    <form onSubmit={submit}>
      <DialogBody>
        <DialogTitle>{t('account.addUser')}</DialogTitle>
        <DialogContent className={styles.form}>
          {error?.banner && <ErrorState message={error.banner} data-testid="form-error" />}
          <TextField
            label={t('account.email')}
            required
            type="email"
            schema={AddUserInput.shape.email}
            value={email}
            onChange={setEmail}
            error={error?.fields.email}
          />
          <TextField
            label={t('account.name')}
            required
            schema={AddUserInput.shape.displayName}
            value={displayName}
            onChange={setDisplayName}
            error={error?.fields.displayName}
          />
          <Field label={t('account.kind')} validationMessage={error?.fields.kind}>
            <RadioGroup
              layout="horizontal"
              value={kind}
              onChange={(_, d) => setKind(d.value as UserKind)}
            >
              <Radio value="member" label={t('common.userKinds.member')} />
              <Radio value="guest" label={t('common.userKinds.guest')} />
            </RadioGroup>
          </Field>
          <RoleCheckboxes
            targetId={null}
            currentRoles={[]}
            value={roles}
            onChange={setRoles}
            error={error?.fields.roles}
          />
        </DialogContent>
        <DialogActions>
          <Button appearance="primary" type="submit" disabled={add.isPending}>
            {t('account.add')}
          </Button>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
        </DialogActions>
      </DialogBody>
    </form>
  );
}

function TemporaryPassword({ result, onClose }: { result: AddUserResult; onClose: () => void }) {
  const { t } = useLocale();
  const styles = usePageStyles();
  const password = result.temporaryPassword;
  return (
    <DialogBody>
      <DialogTitle>{t('account.userAdded', { name: result.user.displayName })}</DialogTitle>
      <DialogContent className={styles.form}>
        {password && (
          <>
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                {t('account.temporaryPasswordOnce', { name: result.user.displayName })}
              </MessageBarBody>
            </MessageBar>
            <Field label={t('account.temporaryPassword')}>
              <Input readOnly value={password} data-testid="temporary-password" />
            </Field>
          </>
        )}
      </DialogContent>
      <DialogActions>
        {password && <CopyButton text={password} />}
        <Button appearance="primary" onClick={onClose}>
          {t('common.close')}
        </Button>
      </DialogActions>
    </DialogBody>
  );
}
