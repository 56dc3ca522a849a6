import type { SoftwareBenefit } from '@pbc/contract';
import { formatDate, useLocale } from '@pbc/i18n';
import { useTRPC } from '@pbc/sdk/react';
import { BenefitListPage, DetailList, termsColumns, type BenefitColumn } from '@pbc/ui';
import { useQuery } from '@tanstack/react-query';

/** The Software tab (SW-1): software benefits, each row expands to its details. */
export function SoftwarePage() {
  const trpc = useTRPC();
  const query = useQuery(trpc.software.list.queryOptions({}));
  const { t, locale } = useLocale();
  const columns: BenefitColumn<SoftwareBenefit>[] = [
    { id: 'product', header: t('software.product'), render: (row) => row.product, sortValue: (row) => row.product },
    { id: 'quantity', header: t('common.quantity'), render: (row) => row.quantity, sortValue: (row) => row.quantity },
    ...termsColumns<SoftwareBenefit>(t, locale),
  ];
  return (
    <BenefitListPage
      title={t('software.title')}
      query={query}
      columns={columns}
      rowName={(row) => row.product}
      renderDetails={(row) => (
        <DetailList
          items={[
            [t('software.product'), row.product],
            [t('common.quantity'), row.quantity],
            [t('common.expiresOn'), formatDate(row.expiresOn, locale)],
          ]}
        />
      )}
    />
  );
}
