import type { TechnicalBenefit } from '@pbc/contract';
import { formatDate, formatDateTime, useLocale } from '@pbc/i18n';
import { useFormError, useMe, usePermission } from '@pbc/module-kit';
import { checkSupportAvailable, checkTechnicalActivation, isoDay } from '@pbc/rules';
import { useTRPC } from '@pbc/sdk/react';
import {
  ActionButton,
  DetailList,
  ErrorState,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  PermissionState,
  StatusBadge,
  Text,
  usePermissionReason,
} from '@pbc/ui';
import {
  BenefitListPage,
  RefundWarningDialog,
  termsColumns,
  type TableColumn,
} from '@pbc/ui/lists';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { amount } from './format.js';
import { IdsPanel } from './IdsPanel.js';
import { RequestsList } from './RequestsList.js';
import { useTechnicalStyles } from './styles.js';

// The request forms are fetched when one is first opened, not with the page.
const SupportRequestDialog = lazy(() =>
  import('./SupportRequestDialog.js').then((m) => ({ default: m.SupportRequestDialog })),
);
const PresalesDialog = lazy(() =>
  import('./PresalesDialog.js').then((m) => ({ default: m.PresalesDialog })),
);

/**
 * Technical benefits (TECH-1…8): each offer's support incidents and advisory hours with what is
 * used and left; a row expands to activate it, its IDs and its requests; the requests below.
 */
export function TechnicalPage() {
  const trpc = useTRPC();
  const query = useQuery({
    ...trpc.technical.list.queryOptions({}),
    // A Pending activation completes by itself: follow it until it has.
    refetchInterval: (q) =>
      q.state.data?.items.some((b) => b.status === 'pending') ? 10_000 : false,
  });
  const { t, locale } = useLocale();
  const me = useMe();
  const activate = usePermission('benefits.activate');
  const actions = useBenefitActions();
  const status = (row: TechnicalBenefit) =>
    row.kind === 'advisory_hours' ? (
      <Text>{t('technical.noActivation')}</Text>
    ) : (
      <StatusBadge status={row.status} label={t(`technical.statuses.${row.status}`)} />
    );
  const columns: TableColumn<TechnicalBenefit>[] = [
    {
      id: 'name',
      header: t('technical.name'),
      render: (row) => row.name[locale],
      sortValue: (row) => row.name[locale],
    },
    {
      id: 'quantity',
      header: t('common.quantity'),
      render: (row) => amount(t, row.unit, row.quantity),
      sortValue: (row) => row.quantity ?? Number.MAX_SAFE_INTEGER,
    },
    {
      id: 'used',
      header: t('technical.used'),
      render: (row) => row.used,
      sortValue: (row) => row.used,
    },
    {
      id: 'remaining',
      header: t('technical.remaining'),
      render: (row) => amount(t, row.unit, row.remaining),
      sortValue: (row) => row.remaining ?? Number.MAX_SAFE_INTEGER,
    },
    { id: 'status', header: t('common.status'), render: status, sortValue: (row) => row.status },
    ...termsColumns<TechnicalBenefit>(t, locale),
  ];
  return (
    <BenefitListPage
      title={t('technical.title')}
      query={query}
      columns={columns}
      searchText={(row) => `${row.name['en-US']} ${row.name['zh-CN']}`}
      rowName={(row) => row.name[locale]}
      renderDetails={(row) => <BenefitDetails row={row} status={status(row)} actions={actions} />}
    >
      <Text>{t('technical.intro')}</Text>
      {me && !me.company.pmcMigrated && (
        <MessageBar intent="warning" layout="multiline" data-testid="pmc-notice">
          <MessageBarBody>
            <MessageBarTitle>{t('technical.pmcTitle')}</MessageBarTitle>
            {t('technical.pmcNotice')}
          </MessageBarBody>
        </MessageBar>
      )}
      {me?.company.pmcMigrated && !activate.allowed && activate.anyOf.length > 0 && (
        <PermissionState missing={activate} />
      )}
      {actions.dialogs}
      <RequestsList />
    </BenefitListPage>
  );
}

type BenefitActions = ReturnType<typeof useBenefitActions>;

/**
 * TECH-3 Activate (MEM-5 warns first while the package is refundable), and the request forms;
 * each says why it cannot be used (ROLE-4, ROLE-7, MEM-1, TECH-4, TECH-5).
 */
function useBenefitActions() {
  const { t } = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const me = useMe();
  const activatePermission = usePermission('benefits.activate');
  const permissionReason = usePermissionReason();
  const [warning, setWarning] = useState<TechnicalBenefit | null>(null);
  const [support, setSupport] = useState<TechnicalBenefit | null>(null);
  const [presales, setPresales] = useState<TechnicalBenefit | null>(null);
  // Once opened a form's dialog stays mounted, so Fluent can undo its modal state when it closes.
  const [opened, setOpened] = useState({ support: false, presales: false });
  const activation = useMutation(
    trpc.technical.activate.mutationOptions({
      // The refund state changed (MEM-4): the list's warnings and the packages page follow.
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.technical.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.membership.pathKey() }),
        ]),
    }),
  );
  const activationError = useFormError(activation.error);
  const today = isoDay(new Date());

  const activateReason = (row: TechnicalBenefit): string | null => {
    if (!me) return null;
    const decision = checkTechnicalActivation(me.user.roles, me.company, row, today);
    if (decision.allowed) return null;
    if (decision.reason === 'MISSING_ROLE') return permissionReason(activatePermission);
    if (decision.reason === 'PMC_NOT_MIGRATED') return t('technical.pmcNotice');
    return t(`errors.reasons.${decision.reason}`);
  };
  const supportReason = (row: TechnicalBenefit): string | null => {
    const decision = checkSupportAvailable(row, today);
    return decision.allowed ? null : t(`errors.reasons.${decision.reason}`);
  };
  const startActivation = (row: TechnicalBenefit) => {
    activation.reset();
    if (row.refundAtRisk) setWarning(row);
    else activation.mutate({ benefitId: row.id });
  };
  const dialogs = (
    <>
      <RefundWarningDialog
        open={!!warning}
        title={t('technical.activateWarning')}
        refundableUntil={warning?.refundAtRisk?.refundableUntil ?? null}
        onCancel={() => setWarning(null)}
        onConfirm={() => {
          if (warning) activation.mutate({ benefitId: warning.id });
          setWarning(null);
        }}
      />
      <Suspense fallback={null}>
        {opened.support && (
          <SupportRequestDialog benefit={support} onClose={() => setSupport(null)} />
        )}
        {opened.presales && <PresalesDialog benefit={presales} onClose={() => setPresales(null)} />}
      </Suspense>
    </>
  );
  return {
    dialogs,
    /** Until `auth.me` answers nothing is known about the roles: Activate waits. */
    ready: !!me,
    activateReason,
    supportReason,
    startActivation,
    activating: activation.isPending ? activation.variables?.benefitId : undefined,
    activationError: activation.isError ? activation.variables?.benefitId : undefined,
    activationErrorMessage: activationError?.message ?? null,
    openSupport: (row: TechnicalBenefit) => {
      setOpened((o) => ({ ...o, support: true }));
      setSupport(row);
    },
    openPresales: (row: TechnicalBenefit) => {
      setOpened((o) => ({ ...o, presales: true }));
      setPresales(row);
    },
  };
}

function BenefitDetails({
  row,
  status,
  actions,
}: {
  row: TechnicalBenefit;
  status: ReactNode;
  actions: BenefitActions;
}) {
  const { t, locale } = useLocale();
  const styles = useTechnicalStyles();
  const activation = row.activation;
  return (
    <div className={styles.stack}>
      <DetailList
        items={[
          [t('technical.name'), t(`technical.kinds.${row.kind}`)],
          [t('common.quantity'), amount(t, row.unit, row.quantity)],
          [t('technical.used'), amount(t, row.unit, row.used)],
          [
            t('technical.remaining'),
            row.held > 0
              ? `${amount(t, row.unit, row.remaining)} (${t('technical.held', { count: row.held })})`
              : amount(t, row.unit, row.remaining),
          ],
          [t('common.status'), status],
          [t('common.expiresOn'), formatDate(row.expiresOn, locale)],
        ]}
      />
      <Text className={styles.muted}>{t(`technical.kindHelp.${row.kind}`)}</Text>
      {activation && row.status === 'pending' && (
        <MessageBar intent="info" layout="multiline" data-testid="activation-pending">
          <MessageBarBody>
            {t('technical.activationPending', {
              requested: formatDateTime(activation.requestedAt, locale),
              name: activation.requestedBy ?? '',
              expected: formatDateTime(
                activation.progress?.expectedBy ?? activation.expectedBy,
                locale,
              ),
            })}
            {activation.progress?.failed
              ? ` ${t('technical.activationFailed')}`
              : activation.progress?.error
                ? ` ${t('technical.activationRetrying', { attempts: activation.progress.attempts })}`
                : ''}
          </MessageBarBody>
        </MessageBar>
      )}
      {activation?.activatedAt && (
        <Text>
          {t('technical.activated', { date: formatDate(activation.activatedAt, locale) })}
        </Text>
      )}
      {row.idsAssigned && <IdsPanel benefitId={row.id} />}
      <div className={styles.toolbar}>
        {row.kind !== 'advisory_hours' && row.status === 'not_activated' && (
          <ActionButton
            appearance="primary"
            reason={actions.activateReason(row)}
            disabled={!actions.ready}
            disabledFocusable={actions.activating === row.id}
            onClick={() => actions.startActivation(row)}
          >
            {t('technical.activate')}
          </ActionButton>
        )}
        {row.kind !== 'advisory_hours' && row.status === 'active' && (
          <ActionButton
            reason={actions.supportReason(row)}
            onClick={() => actions.openSupport(row)}
          >
            {t('technical.submitSupport')}
          </ActionButton>
        )}
        {row.kind === 'advisory_hours' && (
          <ActionButton onClick={() => actions.openPresales(row)}>
            {t('technical.requestPresales')}
          </ActionButton>
        )}
      </div>
      {actions.activationError === row.id && actions.activationErrorMessage && (
        <ErrorState message={actions.activationErrorMessage} data-testid="form-error" />
      )}
    </div>
  );
}
