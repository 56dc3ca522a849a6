import type { TechnicalBenefit } from '@pbc/contract';
import { useLocale } from '@pbc/i18n';
import { useTRPC } from '@pbc/sdk/react';
import { DetailList, StatusBadge } from '@pbc/ui';
import { BenefitListPage, termsColumns, type TableColumn } from '@pbc/ui/lists';
import { useQuery } from '@tanstack/react-query';

/** Technical benefits (TECH-2, TECH-3): support incidents and advisory hours, with their activation status. */
export function TechnicalPage() {
  const trpc = useTRPC();
  const query = useQuery(trpc.technical.list.queryOptions({}));
  const { t, locale } = useLocale();
  const allowance = (row: TechnicalBenefit) =>
    row.quantity === null
      ? t('technical.unlimited')
      : t(`technical.units.${row.unit}`, { count: row.quantity });
  const status = (row: TechnicalBenefit) => <StatusBadge status={row.status} label={t(`technical.statuses.${row.status}`)} />;
  const columns: TableColumn<TechnicalBenefit>[] = [
    { id: 'name', header: t('technical.name'), render: (row) => row.name[locale], sortValue: (row) => row.name[locale] },
    { id: 'quantity', header: t('common.quantity'), render: allowance, sortValue: (row) => row.quantity ?? Infinity },
    { id: 'status', header: t('common.status'), render: status, sortValue: (row) => row.status },
    ...termsColumns<TechnicalBenefit>(t, locale),
  ];
  return (
    <BenefitListPage
      title={t('technical.title')}
      query={query}
      columns={columns}
      rowName={(row) => row.name[locale]}
      renderDetails={(row) => (
        <DetailList
          items={[
            [t('technical.name'), row.name[locale]],
            [t('common.quantity'), allowance(row)],
            [t('common.status'), status(row)],
          ]}
        />
      )}
    />
  );
}
