import type { GtmOffer, MarketingContact } from '@pbc/contract';
import { formatDate, formatDateTime, useLocale } from '@pbc/i18n';
import { useFormError, usePermission, type BenefitModuleProps } from '@pbc/module-kit';
import { checkGtmActivation } from '@pbc/rules';
import { useTRPC } from '@pbc/sdk/react';
import {
  ActionButton,
  DetailList,
  ErrorState,
  makeStyles,
  StatusBadge,
  Subtitle2,
  Text,
  tokens,
  usePermissionReason,
} from '@pbc/ui';
import { BenefitListPage, RefundWarningDialog, type TableColumn } from '@pbc/ui/lists';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { MarketingContactPanel } from './MarketingContactPanel.js';

/** While an activation is under way the page follows it. */
const pendingPollMs = 5_000;

const useStyles = makeStyles({
  details: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  contents: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

/**
 * Go-To-Market (GTM-1…GTM-4): the marketing contact at the top, then the offers by type with
 * Status and Expires; each expands to what it contains and Activate.
 */
export function GtmPage({ navigate }: Pick<BenefitModuleProps, 'navigate'>) {
  const trpc = useTRPC();
  const query = useQuery({
    ...trpc.gtm.list.queryOptions({}),
    refetchInterval: (q) =>
      q.state.data?.items.some((offer) => offer.status === 'pending') ? pendingPollMs : false,
  });
  const contact = useQuery(trpc.gtm.contact.queryOptions());
  const { t, locale } = useLocale();
  const type = (row: GtmOffer) => t(`gtm.types.${row.type}`);
  const expires = (row: GtmOffer) => formatDate(row.expiresOn, locale);
  const columns: TableColumn<GtmOffer>[] = [
    { id: 'type', header: t('gtm.type'), render: type, sortValue: type },
    {
      id: 'status',
      header: t('common.status'),
      render: (row) => <StatusBadge status={row.status} label={t(`gtm.statuses.${row.status}`)} />,
      sortValue: (row) => row.status,
    },
    {
      id: 'expires',
      header: t('gtm.expires'),
      render: expires,
      sortValue: (row) => row.expiresOn,
    },
  ];
  return (
    <BenefitListPage
      title={t('gtm.title')}
      query={query}
      columns={columns}
      rowName={type}
      renderDetails={(row) => (
        <OfferDetails offer={row} contact={contact.data ?? null} expires={expires(row)} />
      )}
    >
      <Text>{t('gtm.intro')}</Text>
      {contact.data !== undefined && (
        <MarketingContactPanel contact={contact.data} navigate={navigate} />
      )}
    </BenefitListPage>
  );
}

/** GTM-1 expanded: what the offer contains, its activation (GTM-4) and Activate (GTM-2, MEM-5). */
function OfferDetails({
  offer,
  contact,
  expires,
}: {
  offer: GtmOffer;
  contact: MarketingContact | null;
  expires: string;
}) {
  const { t, locale } = useLocale();
  const styles = useStyles();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const manage = usePermission('gtm.manage');
  const permissionReason = usePermissionReason();
  const [warning, setWarning] = useState(false);
  const mutation = useMutation(
    trpc.gtm.activate.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.gtm.list.pathKey() }),
    }),
  );
  const error = useFormError(mutation.error);
  const decision = checkGtmActivation({ status: offer.status, hasMarketingContact: !!contact });
  const reason = !manage.allowed
    ? permissionReason(manage)
    : !decision.allowed && decision.reason === 'NO_MARKETING_CONTACT'
      ? t('gtm.needContact')
      : null;
  const activate = () => mutation.mutate({ offerId: offer.id });
  const mail = offer.instructionsMail;
  const facts: [string, string][] = [
    [t('gtm.type'), t(`gtm.types.${offer.type}`)],
    [t('common.status'), t(`gtm.statuses.${offer.status}`)],
    [t('gtm.expires'), expires],
  ];
  if (offer.activationRequestedAt)
    facts.push([t('gtm.requestedAt'), formatDateTime(offer.activationRequestedAt, locale)]);
  if (offer.expectedBy) facts.push([t('gtm.expectedBy'), formatDateTime(offer.expectedBy, locale)]);
  if (offer.activatedAt)
    facts.push([t('gtm.activatedAt'), formatDateTime(offer.activatedAt, locale)]);
  if (mail)
    facts.push([
      t('gtm.instructions'),
      t('gtm.instructionsTo', { to: mail.to, status: t(`common.mailStatuses.${mail.status}`) }),
    ]);
  return (
    <div className={styles.details}>
      <DetailList items={facts} />
      <Subtitle2 as="h3">{t('gtm.contentsTitle')}</Subtitle2>
      <ul className={styles.contents}>
        {offer.contents.map((item) => (
          <li key={item}>{t(`gtm.contents.${item}`)}</li>
        ))}
      </ul>
      {offer.status === 'pending' && offer.expectedBy && (
        <Text>{t('gtm.pendingNote', { date: formatDateTime(offer.expectedBy, locale) })}</Text>
      )}
      {mail?.status === 'failed' && mail.lastError && (
        <ErrorState message={`${t('common.mailStatuses.failed')} (${mail.lastError})`} />
      )}
      {error && <ErrorState message={error.message} data-testid="form-error" />}
      {offer.status === 'available' && (
        <ActionButton
          appearance="primary"
          reason={reason}
          disabled={mutation.isPending}
          onClick={() => (offer.refundAtRisk ? setWarning(true) : activate())}
        >
          {t('gtm.activate')}
        </ActionButton>
      )}
      {offer.refundAtRisk && (
        <RefundWarningDialog
          open={warning}
          title={t('gtm.activateWarningTitle')}
          refundableUntil={offer.refundAtRisk.refundableUntil}
          onCancel={() => setWarning(false)}
          onConfirm={() => {
            setWarning(false);
            activate();
          }}
        />
      )}
    </div>
  );
}
