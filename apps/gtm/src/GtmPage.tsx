import type { GtmOffer } from '@pbc/contract';
import { formatDate, useLocale } from '@pbc/i18n';
import { useTRPC } from '@pbc/sdk/react';
import { DetailList, StatusBadge } from '@pbc/ui';
import { BenefitListPage, type TableColumn } from '@pbc/ui/lists';
import { useQuery } from '@tanstack/react-query';

/** Go-To-Market offers (GTM-1, GTM-4): type, status and expiry. */
export function GtmPage() {
  const trpc = useTRPC();
  const query = useQuery(trpc.gtm.list.queryOptions({}));
  const { t, locale } = useLocale();
  const type = (row: GtmOffer) => t(`gtm.types.${row.type}`);
  // MEM-7: the last day to activate the offer; once active, the day its activation ends.
  const expires = (row: GtmOffer) => formatDate(row.expiresOn, locale);
  const columns: TableColumn<GtmOffer>[] = [
    { id: 'type', header: t('gtm.type'), render: type, sortValue: type },
    {
      id: 'status',
      header: t('common.status'),
      render: (row) => <StatusBadge status={row.status} label={t(`gtm.statuses.${row.status}`)} />,
      sortValue: (row) => row.status,
    },
    { id: 'expires', header: t('gtm.expires'), render: expires, sortValue: (row) => row.expiresOn },
  ];
  return (
    <BenefitListPage
      title={t('gtm.title')}
      query={query}
      columns={columns}
      rowName={type}
      renderDetails={(row) => (
        <DetailList
          items={[
            [t('gtm.type'), type(row)],
            [t('gtm.expires'), expires(row)],
          ]}
        />
      )}
    />
  );
}
