import type { VsSubscription } from '@pbc/contract';
import { useLocale } from '@pbc/i18n';
import { usePermission, type BenefitModuleProps } from '@pbc/module-kit';
import { useTRPC } from '@pbc/sdk/react';
import { Link, makeStyles, PermissionState, Text, tokens } from '@pbc/ui';
import { BenefitListPage, termsColumns, type TableColumn } from '@pbc/ui/lists';
import { useQuery } from '@tanstack/react-query';
import { SeatsPanel } from './SeatsPanel.js';

const seatsFree = (row: VsSubscription) => row.seatsTotal - row.seatsUsed;

/** VS-6: where subscribers manage their own subscription. */
const subscriberPortal = 'https://my.visualstudio.com';
const seatsCsv = '/api/visual-studio/seats.csv';

const useStyles = makeStyles({
  links: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
});

/** Visual Studio subscriptions (VS-1): seats used and free; rows expand to the seats (VS-2…VS-5). */
export function VisualStudioPage({ navigate }: Pick<BenefitModuleProps, 'navigate'>) {
  const trpc = useTRPC();
  const styles = useStyles();
  const query = useQuery(trpc.visualStudio.list.queryOptions({}));
  const assign = usePermission('benefits.assign');
  const { t, locale } = useLocale();
  const columns: TableColumn<VsSubscription>[] = [
    {
      id: 'edition',
      header: t('visualStudio.edition'),
      render: (row) => row.edition,
      sortValue: (row) => row.edition,
    },
    {
      id: 'seatsTotal',
      header: t('visualStudio.seatsTotal'),
      render: (row) => row.seatsTotal,
      sortValue: (row) => row.seatsTotal,
    },
    {
      id: 'seatsUsed',
      header: t('visualStudio.seatsUsed'),
      render: (row) => row.seatsUsed,
      sortValue: (row) => row.seatsUsed,
    },
    {
      id: 'seatsFree',
      header: t('visualStudio.seatsFree'),
      render: seatsFree,
      sortValue: seatsFree,
    },
    ...termsColumns<VsSubscription>(t, locale),
  ];
  return (
    <BenefitListPage
      title={t('visualStudio.title')}
      query={query}
      columns={columns}
      rowName={(row) => row.edition}
      renderDetails={(row) => <SeatsPanel subscription={row} navigate={navigate} />}
    >
      <Text>{t('visualStudio.intro')}</Text>
      <div className={styles.links}>
        <Link href={subscriberPortal} target="_blank" rel="noreferrer">
          {t('visualStudio.portalLink')}
        </Link>
        <Link href={seatsCsv} download>
          {t('visualStudio.exportCsv')}
        </Link>
      </div>
      {!assign.allowed && assign.anyOf.length > 0 && <PermissionState missing={assign} readOnly />}
    </BenefitListPage>
  );
}
