import type { VsSeat } from '@pbc/contract';
import { useLocale } from '@pbc/i18n';
import { useFormError } from '@pbc/module-kit';
import { DirectoryUserPicker } from '@pbc/module-kit/directory';
import { useTRPC } from '@pbc/sdk/react';
import { Button, ErrorState } from '@pbc/ui';
import { DialogActions, DialogBody, DialogContent, DialogTitle, FormDialog } from '@pbc/ui/lists';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useInvalidateSeats } from './useInvalidateSeats.js';

/** VS-5: the seat to another user (open while `seat` is set); the server checks the 90 days again. */
export function ReassignDialog({
  seat,
  holders,
  onClose,
}: {
  seat: VsSeat | null;
  holders: ReadonlySet<string>;
  onClose: () => void;
}) {
  return (
    <FormDialog open={!!seat} onClose={onClose}>
      {seat && <ReassignForm seat={seat} holders={holders} onClose={onClose} />}
    </FormDialog>
  );
}

function ReassignForm({
  seat,
  holders,
  onClose,
}: {
  seat: VsSeat;
  holders: ReadonlySet<string>;
  onClose: () => void;
}) {
  const { t } = useLocale();
  const trpc = useTRPC();
  const invalidate = useInvalidateSeats();
  const [userId, setUserId] = useState('');
  const mutation = useMutation(
    trpc.visualStudio.reassign.mutationOptions({ onSuccess: () => invalidate().then(onClose) }),
  );
  const error = useFormError(mutation.error, ['userId']);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate({ seatId: seat.id, currentHolderId: seat.holder.id, userId });
  };
  return (
    <form onSubmit={submit}>
      <DialogBody>
        <DialogTitle>
          {t('visualStudio.reassignTitle', { name: seat.holder.displayName })}
        </DialogTitle>
        <DialogContent>
          {error?.banner && <ErrorState message={error.banner} data-testid="form-error" />}
          <DirectoryUserPicker
            label={t('visualStudio.user')}
            value={userId}
            onChange={setUserId}
            exclude={holders}
            error={error?.fields.userId}
          />
        </DialogContent>
        <DialogActions>
          <Button appearance="primary" type="submit" disabled={!userId || mutation.isPending}>
            {t('visualStudio.reassignConfirm')}
          </Button>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
        </DialogActions>
      </DialogBody>
    </form>
  );
}
