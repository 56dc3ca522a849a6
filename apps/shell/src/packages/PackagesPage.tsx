import { Text, Title2 } from '@pbc/ui';
import { DataTable, type TableColumn } from '@pbc/ui/lists';
import type { BenefitPackage, Cancellation, RenewalState } from '@pbc/contract';
import { competencyName, formatDate, useLocale } from '@pbc/i18n';
import { useActionReason, useFormError, usePermission } from '@pbc/module-kit';
import { useTRPC } from '@pbc/sdk/react';
import {
  ActionButton,
  OfferTypeBadge,
  PermissionState,
  QueryView,
  usePermissionReason,
} from '@pbc/ui';
import { ConfirmDialog } from '@pbc/ui/lists';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { usePageStyles } from '../pageStyles.js';
import { PurchaseDialog } from './PurchaseDialog.js';
import { ReminderSettings } from './ReminderSettings.js';

const dayMs = 24 * 60 * 60 * 1000;

/** MEM-4: "Refundable for 12 more days, until …" or why not. The server decides `eligible`; this only counts days. */
function useRefundText() {
  const { t, locale } = useLocale();
  return ({ refund }: BenefitPackage) => {
    if (!refund.reason) {
      const days = Math.ceil((Date.parse(refund.refundableUntil) - Date.now()) / dayMs);
      const date = formatDate(refund.refundableUntil, locale);
      return days > 1
        ? t('packages.refundableFor', { count: days, date })
        : t('packages.refundableToday', { date });
    }
    return t('packages.notRefundable', { reason: t(`errors.reasons.${refund.reason}`) });
  };
}

/** MEM-6: the offer's anniversary, its renewal window, where it stands and the countdown. */
function RenewalCell({ renewal }: { renewal: RenewalState }) {
  const { t, locale } = useLocale();
  const styles = usePageStyles();
  return (
    <ul className={styles.steps} data-testid="renewal">
      <li data-testid="anniversary">
        {t('packages.anniversary', { date: formatDate(renewal.anniversary, locale) })}
      </li>
      <li>
        {t('packages.renewalWindow', {
          opens: formatDate(renewal.opensOn, locale),
          closes: formatDate(renewal.closesOn, locale),
        })}
      </li>
      <li data-testid="standing">{t(`packages.standings.${renewal.standing}`)}</li>
      {renewal.countdown && (
        <li data-testid="countdown">
          {renewal.countdown.until === 'opens'
            ? t('packages.opensIn', { count: renewal.countdown.days })
            : t('packages.closesIn', { count: renewal.countdown.days })}
        </li>
      )}
    </ul>
  );
}

/**
 * MEM-4 X-4: a cancellation request's steps, each with its day; while it moves on, when the next
 * step is expected, and whether its processing is being retried or stopped.
 */
function CancellationSteps({ cancellation }: { cancellation: Cancellation }) {
  const { t, locale } = useLocale();
  const styles = usePageStyles();
  const steps: [Cancellation['status'], string | null][] = [
    ['submitted', cancellation.requestedAt],
    ['in_review', cancellation.inReviewAt],
    [cancellation.status === 'rejected' ? 'rejected' : 'refunded', cancellation.decidedAt],
  ];
  const { progress } = cancellation;
  return (
    <ol className={styles.steps} data-testid="cancellation-steps">
      {steps.flatMap(([status, at]) =>
        at
          ? [
              <li key={status}>
                {t('packages.cancellationStep', {
                  status: t(`packages.cancellationStatuses.${status}`),
                  date: formatDate(at, locale),
                })}
              </li>,
            ]
          : [],
      )}
      {cancellation.rejectionReason && (
        <li>
          {t('packages.cancellationRejected', {
            reason: t(`errors.reasons.${cancellation.rejectionReason}`),
          })}
        </li>
      )}
      {progress &&
        (progress.failed ? (
          <li role="alert">
            {t('packages.cancellationFailed', { count: progress.attempts, error: progress.error })}
          </li>
        ) : progress.error ? (
          <li>
            {t('packages.cancellationRetrying', {
              count: progress.attempts,
              error: progress.error,
            })}
          </li>
        ) : (
          <li>
            {t('packages.cancellationExpected', { date: formatDate(progress.expectedBy, locale) })}
          </li>
        ))}
    </ol>
  );
}

/** `/benefits/packages`: the company's packages, their refund countdown, purchase and cancellation (MEM-2, MEM-4). */
export function PackagesPage() {
  const { t, locale } = useLocale();
  const styles = usePageStyles();
  const trpc = useTRPC();
  const purchase = usePermission('packages.purchase');
  // MEM-1: a company still in Partner Membership Center buys there, not here.
  const purchaseReason = useActionReason('packages.purchase', { activates: true });
  const cancel = usePermission('packages.cancel');
  const renewHere = useActionReason('packages.renew', { activates: true });
  const permissionReason = usePermissionReason();
  const refundText = useRefundText();
  const packages = useQuery({
    ...trpc.membership.packages.queryOptions(),
    // A request moves on by itself: while one is under way, the page follows it.
    refetchInterval: (query) =>
      query.state.data?.items.some((pkg) => pkg.cancellation?.progress) ? 5_000 : false,
  });
  const [purchasing, setPurchasing] = useState(false);
  const [cancelling, setCancelling] = useState<BenefitPackage | null>(null);
  const [renewing, setRenewing] = useState<BenefitPackage | null>(null);
  /** Why Renew cannot be used for a package (ROLE-7: whom to ask; MEM-6: the date it opens), or null. */
  const renewReason = ({ status, renewal }: BenefitPackage) => {
    if (renewHere) return renewHere;
    if (status === 'cancelled') return t('errors.reasons.PACKAGE_REFUNDED');
    if (!renewal.reason) return null;
    const reason = t(`errors.reasons.${renewal.reason}`);
    return renewal.reason === 'RENEWAL_WINDOW_MISSED'
      ? t('packages.renewClosedOn', { reason, date: formatDate(renewal.closesOn, locale) })
      : t('packages.renewOpensOn', { reason, date: formatDate(renewal.opensOn, locale) });
  };
  /** Why "Request cancellation" cannot be used for a package, or null. */
  const cancelReason = (pkg: BenefitPackage) => {
    if (!cancel.allowed) return permissionReason(cancel);
    if (pkg.status === 'cancelled') return t('errors.reasons.PACKAGE_REFUNDED');
    if (pkg.status === 'cancellation_requested')
      return t('errors.reasons.CANCELLATION_ALREADY_REQUESTED');
    if (pkg.refund.reason) return t(`errors.reasons.${pkg.refund.reason}`);
    return null;
  };
  const columns: TableColumn<BenefitPackage>[] = [
    {
      id: 'offer',
      header: t('packages.offer'),
      render: (pkg) => (
        <>
          <OfferTypeBadge offerType={pkg.offerType} />{' '}
          {pkg.competencyArea && competencyName(t, pkg.competencyArea)}
        </>
      ),
    },
    {
      id: 'purchasedAt',
      header: t('packages.purchasedAt'),
      render: (pkg) => formatDate(pkg.purchasedAt, locale),
    },
    {
      id: 'status',
      header: t('common.status'),
      render: (pkg) => t(`packages.statuses.${pkg.status}`),
    },
    {
      id: 'renewal',
      header: t('packages.renewal'),
      render: (pkg) => <RenewalCell renewal={pkg.renewal} />,
    },
    {
      id: 'cancellation',
      header: t('packages.cancellation'),
      render: (pkg) =>
        pkg.cancellation ? (
          <CancellationSteps cancellation={pkg.cancellation} />
        ) : (
          t('packages.noCancellation')
        ),
    },
    { id: 'refund', header: t('packages.refund'), render: refundText },
    {
      id: 'actions',
      header: t('account.actions'),
      render: (pkg) => (
        <div className={styles.toolbar}>
          <ActionButton size="small" reason={renewReason(pkg)} onClick={() => setRenewing(pkg)}>
            {t('packages.renew')}
          </ActionButton>
          <ActionButton size="small" reason={cancelReason(pkg)} onClick={() => setCancelling(pkg)}>
            {t('packages.requestCancellation')}
          </ActionButton>
        </div>
      ),
    },
  ];
  return (
    <section className={styles.page} aria-labelledby="packages-title">
      <Title2 as="h1" id="packages-title">
        {t('packages.title')}
      </Title2>
      <Text>{t('packages.intro')}</Text>
      <Text>{t('packages.expirySemantics')}</Text>
      {!purchase.allowed && purchase.anyOf.length > 0 && (
        <PermissionState missing={purchase} readOnly />
      )}
      <div className={styles.toolbar}>
        <ActionButton
          appearance="primary"
          reason={purchaseReason}
          onClick={() => setPurchasing(true)}
        >
          {t('packages.purchase')}
        </ActionButton>
      </div>
      <QueryView query={packages} isEmpty={(data) => data.items.length === 0}>
        {(data) => (
          <DataTable
            labelledBy="packages-title"
            items={data.items}
            columns={columns}
            rowTestId="package-row"
          />
        )}
      </QueryView>
      <ReminderSettings />
      <PurchaseDialog open={purchasing} onClose={() => setPurchasing(false)} />
      <CancelDialog pkg={cancelling} onClose={() => setCancelling(null)} />
      <RenewDialog pkg={renewing} onClose={() => setRenewing(null)} />
    </section>
  );
}

/** MEM-4: cancellation with a refund is a request with a status; confirm first (open while `pkg` is set). */
function CancelDialog({ pkg, onClose }: { pkg: BenefitPackage | null; onClose: () => void }) {
  const { t } = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const request = useMutation(
    trpc.membership.requestCancellation.mutationOptions({
      onSuccess: () =>
        queryClient
          .invalidateQueries({ queryKey: trpc.membership.packages.pathKey() })
          .then(cancel),
    }),
  );
  const cancel = () => {
    request.reset();
    onClose();
  };
  const error = useFormError(request.error);
  return (
    <ConfirmDialog
      open={!!pkg}
      title={
        pkg ? t('packages.cancelTitle', { offer: t(`common.offerTypes.${pkg.offerType}`) }) : ''
      }
      confirmLabel={t('packages.send')}
      cancelLabel={t('common.cancel')}
      onConfirm={() => pkg && request.mutate({ packageId: pkg.id })}
      onCancel={cancel}
      busy={request.isPending}
      error={error?.message}
    >
      {t('packages.cancelConfirm')}
    </ConfirmDialog>
  );
}

/** MEM-6: Renew moves the anniversary by 365 days; confirm first, with both dates (open while `pkg` is set). */
function RenewDialog({ pkg, onClose }: { pkg: BenefitPackage | null; onClose: () => void }) {
  const { t, locale } = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const request = useMutation(
    trpc.membership.renew.mutationOptions({
      onSuccess: () =>
        queryClient.invalidateQueries({ queryKey: trpc.membership.pathKey() }).then(close),
    }),
  );
  const close = () => {
    request.reset();
    onClose();
  };
  const error = useFormError(request.error);
  return (
    <ConfirmDialog
      open={!!pkg}
      title={
        pkg ? t('packages.renewTitle', { offer: t(`common.offerTypes.${pkg.offerType}`) }) : ''
      }
      confirmLabel={t('packages.renewSend')}
      cancelLabel={t('common.cancel')}
      onConfirm={() => pkg && request.mutate({ packageId: pkg.id })}
      onCancel={close}
      busy={request.isPending}
      error={error?.message}
    >
      {pkg &&
        t('packages.renewConfirm', {
          from: formatDate(pkg.renewal.anniversary, locale),
          to: formatDate(pkg.renewal.nextAnniversary, locale),
        })}
    </ConfirmDialog>
  );
}
