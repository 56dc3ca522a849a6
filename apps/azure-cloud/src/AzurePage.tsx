import type { AzureCreditRow, CreditHolder, LicenseSubscription } from '@pbc/contract';
import { formatDate, formatList, formatMoney, useLocale } from '@pbc/i18n';
import { useActionReason, usePermission } from '@pbc/module-kit';
import { checkCreditAssignment, checkCreditTransfer, checkCreditUserRemoval } from '@pbc/rules';
import { useTRPC } from '@pbc/sdk/react';
import {
  ActionButton,
  DetailList,
  Link,
  PermissionState,
  LoadingState,
  QueryView,
  StatusBadge,
  Subtitle2,
  Text,
  usePermissionReason,
} from '@pbc/ui';
import { BenefitListPage, DataTable, termsColumns, type TableColumn } from '@pbc/ui/lists';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { AssignCreditDialog, RemoveHolderDialog, TransferCreditDialog } from './CreditDialogs.js';
import { RedeemDialog } from './RedeemDialog.js';
import { RedemptionsSection } from './Redemptions.js';
import { usePageStyles } from './styles.js';

type CreditAction =
  | { kind: 'assign' | 'transfer'; credit: AzureCreditRow }
  | { kind: 'remove'; credit: AzureCreditRow; holder: CreditHolder };

/** Azure and cloud products (AZ-1…11): usage-based credit and license-based subscriptions. */
export function AzurePage() {
  const trpc = useTRPC();
  const styles = usePageStyles();
  const query = useQuery(trpc.azureCloud.listCredits.queryOptions({}));
  const licenses = useQuery(trpc.azureCloud.listLicenses.queryOptions({}));
  const redemptions = useQuery(trpc.azureCloud.listRedemptions.queryOptions({}));
  const { t, locale } = useLocale();
  const assign = usePermission('benefits.assign');
  const permissionReason = usePermissionReason();
  // MEM-1: assigning and transferring credit activate it; removing a user does not.
  const activationReason = useActionReason('benefits.assign', { activates: true });
  const [action, setAction] = useState<CreditAction | null>(null);
  const amount = (row: AzureCreditRow) =>
    t(row.kind === 'monthly' ? 'azureCloud.perMonth' : 'azureCloud.perYear', {
      amount: formatMoney(row.amount, locale),
    });
  const holderName = (holder: CreditHolder) =>
    holder.kind === 'guest'
      ? `${holder.displayName} (${t('common.userKinds.guest')})`
      : holder.displayName;
  const columns: TableColumn<AzureCreditRow>[] = [
    {
      id: 'kind',
      header: t('azureCloud.credit'),
      render: (row) => t(`azureCloud.kinds.${row.kind}`),
      sortValue: (row) => row.kind,
    },
    {
      id: 'amount',
      header: t('azureCloud.amount'),
      render: amount,
      sortValue: (row) => row.amount.amountMinor,
    },
    {
      id: 'holders',
      header: t('azureCloud.holders'),
      render: (row) =>
        row.holders.length
          ? formatList(row.holders.map(holderName), locale)
          : t('azureCloud.noHolders'),
    },
    ...termsColumns<AzureCreditRow>(t, locale),
  ];
  // The same rules the server enforces (AZ-4, AZ-5), asked before the dialogs open.
  const assignReason = (row: AzureCreditRow) => {
    if (activationReason) return activationReason;
    const decision = checkCreditAssignment({ kind: row.kind, holderCount: row.holders.length });
    return decision.allowed ? null : t(`errors.reasons.${decision.reason}`);
  };
  const transferReason = (row: AzureCreditRow) => {
    if (activationReason) return activationReason;
    const decision = checkCreditTransfer({
      kind: row.kind,
      transferOpen: row.transfer?.open ?? false,
      holderId: row.holders[0]?.userId ?? null,
    });
    return decision.allowed ? null : t(`errors.reasons.${decision.reason}`);
  };
  // The page appears whole once its three lists have answered: each section asks for its own,
  // and asking here too starts them together and holds the page until then. Shown one by one, each
  // later answer pushed the sections below it down (a layout shift of 0.11).
  if (query.isPending || licenses.isPending || redemptions.isPending) return <LoadingState />;
  return (
    <div className={styles.page}>
      <BenefitListPage
        title={t('azureCloud.title')}
        tableLabel={t('azureCloud.usageBased')}
        query={query}
        columns={columns}
        rowName={(row) => t(`azureCloud.kinds.${row.kind}`)}
        renderDetails={(row) => (
          <div className={styles.details}>
            <DetailList
              items={[
                [t('azureCloud.credit'), t(`azureCloud.kinds.${row.kind}`)],
                [t('azureCloud.amount'), amount(row)],
                [
                  t('azureCloud.holders'),
                  row.holders.length ? (
                    <ul className={styles.holders}>
                      {row.holders.map((holder) => (
                        <li key={holder.userId} data-testid="credit-holder">
                          {t('azureCloud.holderOn', {
                            name: `${holderName(holder)} <${holder.email}>`,
                            subscription: holder.subscription.name,
                          })}
                          {checkCreditUserRemoval(row.kind).allowed && (
                            <ActionButton
                              size="small"
                              appearance="subtle"
                              reason={assign.allowed ? null : permissionReason(assign)}
                              onClick={() => setAction({ kind: 'remove', credit: row, holder })}
                            >
                              {t('azureCloud.remove')}
                            </ActionButton>
                          )}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    t('azureCloud.noHolders')
                  ),
                ],
              ]}
            />
            <CreditRules row={row} />
            <div className={styles.actions}>
              <ActionButton
                reason={assignReason(row)}
                onClick={() => setAction({ kind: 'assign', credit: row })}
              >
                {t('azureCloud.assign')}
              </ActionButton>
              {row.kind === 'bulk' && (
                <ActionButton
                  reason={transferReason(row)}
                  onClick={() => setAction({ kind: 'transfer', credit: row })}
                >
                  {t('azureCloud.transfer')}
                </ActionButton>
              )}
            </div>
          </div>
        )}
      >
        <Subtitle2 as="h2">{t('azureCloud.usageBased')}</Subtitle2>
        <Text>{t('azureCloud.usageIntro')}</Text>
        {!assign.allowed && assign.anyOf.length > 0 && (
          <PermissionState missing={assign} readOnly />
        )}
      </BenefitListPage>
      <AssignCreditDialog
        credit={action?.kind === 'assign' ? action.credit : null}
        onClose={() => setAction(null)}
      />
      <TransferCreditDialog
        credit={action?.kind === 'transfer' ? action.credit : null}
        onClose={() => setAction(null)}
      />
      <RemoveHolderDialog
        target={action?.kind === 'remove' ? action : null}
        onClose={() => setAction(null)}
      />
      <LicenseSection />
      <RedemptionsSection />
    </div>
  );
}

/** AZ-4/AZ-5/AZ-6 in words: why bulk credit has no remove and until when it can be transferred. */
function CreditRules({ row }: { row: AzureCreditRow }) {
  const { t, locale } = useLocale();
  if (row.kind === 'monthly') return <Text>{t('azureCloud.monthlyAnyTime')}</Text>;
  const lastDay = row.transfer && formatDate(row.transfer.lastDay, locale);
  return (
    <>
      <Text>{t('azureCloud.noRemoveBulk')}</Text>
      {lastDay && (
        <Text data-testid="transfer-window">
          {t(row.transfer?.open ? 'azureCloud.transferOpen' : 'azureCloud.transferClosed', {
            date: lastDay,
          })}
        </Text>
      )}
      <Text>{t('azureCloud.bulkExcludes')}</Text>
    </>
  );
}

// Disabled reads like "not activated": the badge shows it in the same neutral colour.
const licenseStatus = { active: 'active', disabled: 'not_activated', expired: 'expired' } as const;

/** AZ-7…11: the license-based subscriptions of the company's offers, and redeeming a product key. */
function LicenseSection() {
  const trpc = useTRPC();
  const styles = usePageStyles();
  const { t, locale } = useLocale();
  const licenses = useQuery(trpc.azureCloud.listLicenses.queryOptions({}));
  const redeemReason = useActionReason('benefits.activate', { activates: true });
  /** Redeem's target: a new subscription (null) or the row it was opened from. */
  const [redeeming, setRedeeming] = useState<{ subscriptionId: string | null } | null>(null);
  const columns: TableColumn<LicenseSubscription>[] = [
    {
      id: 'product',
      header: t('azureCloud.product'),
      render: (row) => row.product,
      sortValue: (row) => row.product,
    },
    {
      id: 'seats',
      header: t('azureCloud.seats'),
      render: (row) => row.seats,
      sortValue: (row) => row.seats,
    },
    {
      id: 'status',
      header: t('common.status'),
      render: (row) => (
        <StatusBadge status={licenseStatus[row.status]} label={t(`azureCloud.statuses.${row.status}`)} />
      ),
      sortValue: (row) => row.status,
    },
    ...termsColumns<LicenseSubscription>(t, locale).map((column) =>
      column.id === 'expiresOn' ? { ...column, header: t('azureCloud.endDate') } : column,
    ),
  ];
  return (
    <section className={styles.page} aria-labelledby="license-title">
      <Subtitle2 as="h2" id="license-title">
        {t('azureCloud.licenseBased')}
      </Subtitle2>
      <Text>{t('azureCloud.licenseIntro')}</Text>
      <div>
        <ActionButton
          appearance="primary"
          reason={redeemReason}
          onClick={() => setRedeeming({ subscriptionId: null })}
        >
          {t('azureCloud.redeem')}
        </ActionButton>
      </div>
      <QueryView query={licenses} isEmpty={(data) => data.items.length === 0}>
        {(data) => (
          <DataTable
            label={t('azureCloud.licenseBased')}
            items={data.items}
            columns={columns}
            rowTestId="benefit-row"
            rowName={(row) => row.product}
            renderDetails={(row) => (
              <div className={styles.details}>
                <DetailList
                  items={[
                    [t('azureCloud.product'), row.product],
                    [t('azureCloud.seats'), row.seats],
                    [t('azureCloud.startsOn'), formatDate(row.startsOn, locale)],
                    [t('azureCloud.endDate'), formatDate(row.expiresOn, locale)],
                  ]}
                />
                <Text weight="semibold">{t('azureCloud.howToRedeem')}</Text>
                <Text data-testid="redeem-instructions">
                  {row.redemption.instructions[locale]}
                </Text>
                <div className={styles.actions}>
                  <Link href={row.redemption.portalUrl} target="_blank" rel="noreferrer">
                    {t('azureCloud.redeemPortal')}
                  </Link>
                  <ActionButton
                    reason={redeemReason}
                    onClick={() => setRedeeming({ subscriptionId: row.id })}
                  >
                    {t('azureCloud.redeemFor', { product: row.product })}
                  </ActionButton>
                </div>
              </div>
            )}
          />
        )}
      </QueryView>
      <RedeemDialog
        open={!!redeeming}
        licenses={licenses.data?.items ?? []}
        subscriptionId={redeeming?.subscriptionId ?? null}
        onClose={() => setRedeeming(null)}
      />
    </section>
  );
}
