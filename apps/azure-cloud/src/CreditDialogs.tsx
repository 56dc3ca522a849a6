import type { AzureCreditRow, CreditHolder } from '@pbc/contract';
import { formatDate, useLocale } from '@pbc/i18n';
import { useFormError } from '@pbc/module-kit';
import { checkCreditTarget } from '@pbc/rules';
import { DirectoryUserPicker } from '@pbc/module-kit/directory';
import { useTRPC } from '@pbc/sdk/react';
import { Button, ErrorState, Select, Text } from '@pbc/ui';
import {
  ConfirmDialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogTitle,
  Field,
  FormDialog,
  RefundWarningDialog,
} from '@pbc/ui/lists';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { usePageStyles } from './styles.js';

/** A credit change: on success every Azure list (and the packages' refund state) is read again. */
function useCreditMutation<TOptions>(
  options: (callbacks: { onSuccess: () => Promise<void> }) => TOptions,
  onDone: () => void,
) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return options({
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.azureCloud.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.membership.pathKey() }),
      ]).then(onDone),
  });
}

function CreditForm({
  title,
  error,
  busy,
  canSubmit,
  submitLabel,
  onSubmit,
  onClose,
  children,
}: {
  title: string;
  error: ReturnType<typeof useFormError>;
  busy: boolean;
  canSubmit: boolean;
  submitLabel: string;
  onSubmit: () => void;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useLocale();
  const styles = usePageStyles();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form onSubmit={submit}>
      <DialogBody>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent className={styles.form}>
          {error?.banner && <ErrorState message={error.banner} data-testid="form-error" />}
          {children}
        </DialogContent>
        <DialogActions>
          <Button appearance="primary" type="submit" disabled={busy || !canSubmit}>
            {submitLabel}
          </Button>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
        </DialogActions>
      </DialogBody>
    </form>
  );
}

/**
 * AZ-3/AZ-6, ROLE-3: give a user access to the credit on a subscription. While the credit's
 * package is refundable the MEM-5 warning comes first, since activating ends the refund.
 */
export function AssignCreditDialog({
  credit,
  onClose,
}: {
  credit: AzureCreditRow | null;
  onClose: () => void;
}) {
  const { t } = useLocale();
  const [warned, setWarned] = useState(false);
  const close = () => {
    setWarned(false);
    onClose();
  };
  const atRisk = credit?.refundAtRisk;
  return (
    <>
      <RefundWarningDialog
        open={!!atRisk && !warned}
        title={t('azureCloud.activationWarning')}
        refundableUntil={atRisk?.refundableUntil ?? null}
        onConfirm={() => setWarned(true)}
        onCancel={close}
      />
      <FormDialog open={!!credit && (!atRisk || warned)} onClose={close}>
        {credit && <AssignForm credit={credit} onClose={close} />}
      </FormDialog>
    </>
  );
}

function AssignForm({ credit, onClose }: { credit: AzureCreditRow; onClose: () => void }) {
  const { t } = useLocale();
  const trpc = useTRPC();
  const [userId, setUserId] = useState('');
  const [subscriptionId, setSubscriptionId] = useState('');
  const subscriptions = useQuery(trpc.azureCloud.listSubscriptions.queryOptions());
  const assign = useMutation(
    useCreditMutation((callbacks) => trpc.azureCloud.assignCredit.mutationOptions(callbacks), onClose),
  );
  const error = useFormError(assign.error, ['userId', 'subscriptionId']);
  const chosen = subscriptions.data?.items.find((s) => s.id === subscriptionId);
  const target = chosen ? checkCreditTarget(credit.kind, chosen.offer) : null;
  const targetError =
    target && !target.allowed
      ? t(`errors.reasons.${target.reason}`)
      : error?.fields.subscriptionId;
  return (
    <CreditForm
      title={t('azureCloud.assignTitle', { credit: t(`azureCloud.kinds.${credit.kind}`) })}
      error={error}
      busy={assign.isPending}
      canSubmit={!!userId && !!subscriptionId && !!target?.allowed}
      submitLabel={t('azureCloud.assign')}
      onSubmit={() => assign.mutate({ creditId: credit.id, userId, subscriptionId })}
      onClose={onClose}
    >
      <DirectoryUserPicker
        label={t('azureCloud.user')}
        required
        value={userId}
        onChange={setUserId}
        exclude={credit.holders.map((h) => h.userId)}
        error={error?.fields.userId}
      />
      <Field label={t('azureCloud.subscription')} required validationMessage={targetError}>
        <Select value={subscriptionId} onChange={(_, d) => setSubscriptionId(d.value)}>
          <option value="">{t('azureCloud.chooseSubscription')}</option>
          {subscriptions.data?.items.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} ({t(`azureCloud.subscriptionOffers.${s.offer}`)})
            </option>
          ))}
        </Select>
      </Field>
      {credit.kind === 'bulk' && !targetError && <Text>{t('azureCloud.bulkExcludes')}</Text>}
    </CreditForm>
  );
}

/** AZ-5: bulk credit moves to another user while the enrollment year lasts. */
export function TransferCreditDialog({
  credit,
  onClose,
}: {
  credit: AzureCreditRow | null;
  onClose: () => void;
}) {
  return (
    <FormDialog open={!!credit} onClose={onClose}>
      {credit && <TransferForm credit={credit} onClose={onClose} />}
    </FormDialog>
  );
}

function TransferForm({ credit, onClose }: { credit: AzureCreditRow; onClose: () => void }) {
  const { t, locale } = useLocale();
  const trpc = useTRPC();
  const [toUserId, setToUserId] = useState('');
  const transfer = useMutation(
    useCreditMutation(
      (callbacks) => trpc.azureCloud.transferBulkCredit.mutationOptions(callbacks),
      onClose,
    ),
  );
  const error = useFormError(transfer.error, ['toUserId']);
  return (
    <CreditForm
      title={t('azureCloud.transferTitle')}
      error={error}
      busy={transfer.isPending}
      canSubmit={!!toUserId}
      submitLabel={t('azureCloud.transfer')}
      onSubmit={() => transfer.mutate({ creditId: credit.id, toUserId })}
      onClose={onClose}
    >
      {credit.transfer && (
        <Text>
          {t('azureCloud.transferOpen', { date: formatDate(credit.transfer.lastDay, locale) })}
        </Text>
      )}
      <DirectoryUserPicker
        label={t('azureCloud.transferTo')}
        required
        value={toUserId}
        onChange={setToUserId}
        exclude={credit.holders.map((h) => h.userId)}
        error={error?.fields.toUserId}
      />
    </CreditForm>
  );
}

/** AZ-4: a monthly credit user is removed after a confirmation. */
export function RemoveHolderDialog({
  target,
  onClose,
}: {
  target: { credit: AzureCreditRow; holder: CreditHolder } | null;
  onClose: () => void;
}) {
  const { t } = useLocale();
  const trpc = useTRPC();
  const remove = useMutation(
    useCreditMutation(
      (callbacks) => trpc.azureCloud.removeCreditUser.mutationOptions(callbacks),
      onClose,
    ),
  );
  const cancel = () => {
    remove.reset();
    onClose();
  };
  const error = useFormError(remove.error);
  const name = target?.holder.displayName ?? '';
  return (
    <ConfirmDialog
      open={!!target}
      title={t('azureCloud.removeTitle', { name })}
      confirmLabel={t('azureCloud.remove')}
      cancelLabel={t('common.cancel')}
      onConfirm={() =>
        target && remove.mutate({ creditId: target.credit.id, userId: target.holder.userId })
      }
      onCancel={cancel}
      busy={remove.isPending}
      error={error?.message}
    >
      {t('azureCloud.removeConfirm', { name })}
    </ConfirmDialog>
  );
}
