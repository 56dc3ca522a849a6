import { Subtitle2 } from '@pbc/ui';
import type { AzureCredit } from '@pbc/contract';
import { formatMoney, useLocale } from '@pbc/i18n';
import { useTRPC } from '@pbc/sdk/react';
import { BenefitListPage, DetailList, termsColumns, type BenefitColumn } from '@pbc/ui';
import { useQuery } from '@tanstack/react-query';

/** Azure and cloud products (AZ-1, AZ-2): usage-based credit, amounts in the user's locale. */
export function AzurePage() {
  const trpc = useTRPC();
  const query = useQuery(trpc.azure.listCredits.queryOptions({}));
  const { t, locale } = useLocale();
  const amount = (row: AzureCredit) =>
    t(row.kind === 'monthly' ? 'azure.perMonth' : 'azure.perYear', { amount: formatMoney(row.amount, locale) });
  const columns: BenefitColumn<AzureCredit>[] = [
    { id: 'kind', header: t('azure.credit'), render: (row) => t(`azure.kinds.${row.kind}`), sortValue: (row) => row.kind },
    { id: 'amount', header: t('azure.amount'), render: amount, sortValue: (row) => row.amount.amountMinor },
    ...termsColumns<AzureCredit>(t, locale),
  ];
  return (
    <BenefitListPage
      title={t('azure.title')}
      query={query}
      columns={columns}
      rowName={(row) => t(`azure.kinds.${row.kind}`)}
      renderDetails={(row) => (
        <DetailList
          items={[
            [t('azure.credit'), t(`azure.kinds.${row.kind}`)],
            [t('azure.amount'), amount(row)],
          ]}
        />
      )}
    >
      <Subtitle2 as="h2">{t('azure.usageBased')}</Subtitle2>
    </BenefitListPage>
  );
}
