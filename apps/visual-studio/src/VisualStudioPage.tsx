import type { VsSubscription } from '@pbc/contract';
import { useLocale } from '@pbc/i18n';
import { useTRPC } from '@pbc/sdk/react';
import { BenefitListPage, DetailList, termsColumns, type BenefitColumn } from '@pbc/ui';
import { useQuery } from '@tanstack/react-query';

const seatsFree = (row: VsSubscription) => row.seatsTotal - row.seatsUsed;

/** Visual Studio subscriptions (VS-1): seats used and free; rows expand. */
export function VisualStudioPage() {
  const trpc = useTRPC();
  const query = useQuery(trpc.visualStudio.list.queryOptions({}));
  const { t, locale } = useLocale();
  const columns: BenefitColumn<VsSubscription>[] = [
    { id: 'edition', header: t('visualStudio.edition'), render: (row) => row.edition, sortValue: (row) => row.edition },
    { id: 'seatsTotal', header: t('visualStudio.seatsTotal'), render: (row) => row.seatsTotal, sortValue: (row) => row.seatsTotal },
    { id: 'seatsUsed', header: t('visualStudio.seatsUsed'), render: (row) => row.seatsUsed, sortValue: (row) => row.seatsUsed },
    { id: 'seatsFree', header: t('visualStudio.seatsFree'), render: seatsFree, sortValue: seatsFree },
    ...termsColumns<VsSubscription>(t, locale),
  ];
  return (
    <BenefitListPage
      title={t('visualStudio.title')}
      query={query}
      columns={columns}
      rowName={(row) => row.edition}
      renderDetails={(row) => (
        <DetailList
          items={[
            [t('visualStudio.edition'), row.edition],
            [t('visualStudio.seatsUsed'), `${row.seatsUsed} / ${row.seatsTotal}`],
          ]}
        />
      )}
    />
  );
}
