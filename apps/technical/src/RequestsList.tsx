import type { TechnicalRequest } from '@pbc/contract';
import { formatDate, formatDateTime, useLocale } from '@pbc/i18n';
import { useFormError, useMe } from '@pbc/module-kit';
import { checkRequestCancel } from '@pbc/rules';
import { useTRPC } from '@pbc/sdk/react';
import { ActionButton, Badge, QueryView, Subtitle2, Text } from '@pbc/ui';
import { ConfirmDialog, DataTable, type TableColumn } from '@pbc/ui/lists';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTechnicalStyles } from './styles.js';

const statusColor = {
  submitted: 'informative',
  in_progress: 'warning',
  completed: 'success',
  cancelled: 'subtle',
} as const;

/** TECH-8: the company's support and presales requests with their states; the requester cancels while Submitted. */
export function RequestsList() {
  const { t, locale } = useLocale();
  const styles = useTechnicalStyles();
  const trpc = useTRPC();
  const me = useMe();
  const queryClient = useQueryClient();
  const query = useQuery({
    ...trpc.technical.listRequests.queryOptions({}),
    // Requests move on by themselves (X-4): follow them while one is under way.
    refetchInterval: (q) =>
      q.state.data?.items.some((r) => r.status === 'submitted' || r.status === 'in_progress')
        ? 10_000
        : false,
  });
  const [cancelling, setCancelling] = useState<TechnicalRequest | null>(null);
  const cancel = useMutation(
    trpc.technical.cancelRequest.mutationOptions({
      onSuccess: async () => {
        setCancelling(null);
        await queryClient.invalidateQueries({ queryKey: trpc.technical.pathKey() });
      },
    }),
  );
  const cancelError = useFormError(cancel.error);
  const cancelReason = (row: TechnicalRequest) => {
    if (!me) return null;
    const decision = checkRequestCancel(
      { status: row.status, requestedBy: row.requestedBy.id },
      me.user.id,
    );
    return decision.allowed ? null : t(`errors.reasons.${decision.reason}`);
  };
  const columns: TableColumn<TechnicalRequest>[] = [
    {
      id: 'number',
      header: t('technical.number'),
      render: (r) => r.number,
      sortValue: (r) => r.number,
    },
    {
      id: 'kind',
      header: t('technical.requestKind'),
      render: (r) => (
        <div className={styles.stack}>
          <Text>{t(`technical.requestKinds.${r.kind}`)}</Text>
          <Text size={200} className={styles.muted}>
            {r.kind === 'support'
              ? `${r.title} · ${t(`technical.productCategories.${r.productCategory!}`)}`
              : `${t(`technical.requestTypes.${r.advisoryType!}`)} · ${r.estimatedHours} h`}
          </Text>
        </div>
      ),
    },
    { id: 'benefit', header: t('technical.name'), render: (r) => r.benefitName[locale] },
    {
      id: 'requestedBy',
      header: t('technical.requestedBy'),
      render: (r) => r.requestedBy.displayName,
    },
    {
      id: 'requestedAt',
      header: t('technical.requestedAt'),
      render: (r) => formatDate(r.requestedAt, locale),
      sortValue: (r) => r.requestedAt,
    },
    {
      id: 'status',
      header: t('common.status'),
      render: (r) => (
        <div className={styles.stack} data-testid="request-status">
          <Badge appearance="tint" color={statusColor[r.status]}>
            {t(`technical.requestStatuses.${r.status}`)}
          </Badge>
          {r.progress && (
            <Text size={200} className={styles.muted}>
              {t('technical.nextStep', { date: formatDateTime(r.progress.expectedBy, locale) })}
            </Text>
          )}
          {r.hoursDelivered !== null && r.kind === 'advisory' && (
            <Text size={200}>{t('technical.hoursDelivered', { count: r.hoursDelivered })}</Text>
          )}
        </div>
      ),
      sortValue: (r) => r.status,
    },
    {
      id: 'actions',
      // A header with no text is an unnamed sort button to a screen reader (axe-core).
      header: t('technical.requestActions'),
      render: (r) =>
        r.status === 'submitted' && (
          <ActionButton
            size="small"
            reason={cancelReason(r)}
            disabled={!me}
            onClick={() => {
              cancel.reset();
              setCancelling(r);
            }}
          >
            {t('technical.cancelRequest')}
          </ActionButton>
        ),
    },
  ];
  return (
    <section className={styles.stack} aria-labelledby="technical-requests-title">
      <Subtitle2 as="h2" id="technical-requests-title">
        {t('technical.requests')}
      </Subtitle2>
      <QueryView
        query={query}
        isEmpty={(d) => d.items.length === 0}
        empty={t('technical.noRequests')}
      >
        {(data) => (
          <DataTable
            label={t('technical.requests')}
            items={data.items}
            columns={columns}
            rowTestId="request-row"
          />
        )}
      </QueryView>
      <ConfirmDialog
        open={!!cancelling}
        title={t('technical.cancelTitle', { number: cancelling?.number ?? '' })}
        confirmLabel={t('technical.cancelRequest')}
        cancelLabel={t('technical.keepRequest')}
        busy={cancel.isPending}
        error={cancelError?.message ?? null}
        onConfirm={() => cancelling && cancel.mutate({ requestId: cancelling.id })}
        onCancel={() => setCancelling(null)}
      >
        {t('technical.cancelBody')}
      </ConfirmDialog>
    </section>
  );
}
