import type { BulkAssignResult, VsSubscription } from '@pbc/contract';
import { formatList, useLocale } from '@pbc/i18n';
import { useFormError } from '@pbc/module-kit';
import { useTRPC } from '@pbc/sdk/react';
import { Button, ErrorState, MessageBar, MessageBarBody } from '@pbc/ui';
import {
  DataTable,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogTitle,
  Field,
  FormDialog,
  Textarea,
  type TableColumn,
} from '@pbc/ui/lists';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useInvalidateSeats } from './useInvalidateSeats.js';
import { useRefundGuard } from './useRefundGuard.js';
import { parseEmailList } from '@pbc/rules';

/**
 * Several users at once: "Check" is a dry run that reports per line what would happen and writes
 * nothing; "Assign" then runs the same emails for real (MEM-5 warns first while refundable).
 */
export function BulkAssignDialog({
  subscription,
  open,
  onClose,
}: {
  subscription: VsSubscription;
  open: boolean;
  onClose: () => void;
}) {
  return (
    <FormDialog open={open} onClose={onClose}>
      {open && <BulkAssignForm subscription={subscription} onClose={onClose} />}
    </FormDialog>
  );
}

function BulkAssignForm({
  subscription,
  onClose,
}: {
  subscription: VsSubscription;
  onClose: () => void;
}) {
  const { t, locale } = useLocale();
  const trpc = useTRPC();
  const invalidate = useInvalidateSeats();
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState<string[]>([]);
  const { guard, dialog: refundWarning } = useRefundGuard(subscription.refundAtRisk);
  const mutation = useMutation(
    trpc.visualStudio.bulkAssign.mutationOptions({
      onSuccess: (result) => (result.dryRun ? undefined : invalidate()),
    }),
  );
  const error = useFormError(mutation.error, ['emails']);
  const result = mutation.data;
  const run = (dryRun: boolean) => {
    const parsed = parseEmailList(text);
    setInvalid(parsed.invalid);
    if (parsed.invalid.length === 0)
      mutation.mutate({ subscriptionId: subscription.id, emails: parsed.emails, dryRun });
  };
  const checked = result?.dryRun && result.assigned > 0;
  return (
    <DialogBody>
      <DialogTitle>{t('visualStudio.bulkTitle', { edition: subscription.edition })}</DialogTitle>
      <DialogContent>
        {error?.banner && <ErrorState message={error.banner} data-testid="form-error" />}
        <Field
          label={t('visualStudio.bulkEmails')}
          validationMessage={
            invalid.length > 0
              ? t('visualStudio.bulkInvalid', { values: formatList(invalid, locale) })
              : error?.fields.emails
          }
        >
          <Textarea
            value={text}
            rows={6}
            disabled={result?.dryRun === false}
            onChange={(_, d) => {
              setText(d.value);
              mutation.reset();
            }}
          />
        </Field>
        {result && <BulkResult result={result} />}
      </DialogContent>
      <DialogActions>
        {result?.dryRun === false ? (
          <Button appearance="primary" onClick={onClose}>
            {t('common.close')}
          </Button>
        ) : (
          <>
            <Button disabled={!text.trim() || mutation.isPending} onClick={() => run(true)}>
              {t('visualStudio.bulkCheck')}
            </Button>
            <Button
              appearance="primary"
              disabled={!checked || mutation.isPending}
              onClick={() => guard(() => run(false))}
            >
              {t('visualStudio.bulkAssignNow')}
            </Button>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
          </>
        )}
      </DialogActions>
      {refundWarning}
    </DialogBody>
  );
}

type BulkRow = BulkAssignResult['rows'][number];

function BulkResult({ result }: { result: BulkAssignResult }) {
  const { t } = useLocale();
  const columns: TableColumn<BulkRow>[] = [
    { id: 'email', header: t('visualStudio.email'), render: (row) => row.email },
    { id: 'holder', header: t('visualStudio.holder'), render: (row) => row.displayName },
    {
      id: 'outcome',
      header: t('visualStudio.outcome'),
      render: (row) => t(`visualStudio.outcomes.${row.outcome}`),
    },
  ];
  return (
    <>
      <MessageBar intent={result.dryRun ? 'info' : 'success'} layout="multiline">
        <MessageBarBody data-testid="bulk-summary">
          {result.dryRun
            ? t('visualStudio.bulkSummary', { count: result.assigned, total: result.rows.length })
            : t('visualStudio.bulkDone', { count: result.assigned })}
        </MessageBarBody>
      </MessageBar>
      <DataTable
        label={t('visualStudio.outcome')}
        items={result.rows}
        columns={columns}
        rowTestId="bulk-row"
        // An email may be listed twice; the line's position tells them apart.
        rowId={(row, i) => `${i}-${row.email}`}
      />
    </>
  );
}
