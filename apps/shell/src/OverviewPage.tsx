import {
  Link,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  Title2,
  tokens,
} from '@pbc/ui';
import type { RemoteManifestEntry } from '@pbc/contract';
import { competencyName, formatDate, useLocale } from '@pbc/i18n';
import { useTRPC } from '@pbc/sdk/react';
import { DetailList, LoadingState, OfferTypeBadge, QueryView } from '@pbc/ui';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  offers: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
  cards: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))',
    gap: tokens.spacingHorizontalL,
  },
  // Fluent's card look without Fluent's Card: Card brings tabster (~20 kB gzipped with the Card
  // itself) for focus handling these static tiles do not need, and this is the first screen.
  tile: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  small: { padding: tokens.spacingHorizontalS },
});

/** `/benefits`: the company, its membership offers and a card per benefit module. */
export function OverviewPage({ remotes }: { remotes: readonly RemoteManifestEntry[] }) {
  const styles = useStyles();
  const { t, locale } = useLocale();
  const trpc = useTRPC();
  const overview = useQuery(trpc.membership.overview.queryOptions());
  // The page appears whole once its figures have arrived: shown before them, the module cards
  // below were pushed down by the figures (a layout shift of 0.07).
  if (overview.isPending) return <LoadingState />;
  return (
    <section className={styles.page} aria-labelledby="overview-title">
      <Title2 as="h1" id="overview-title">
        {t('shell.overviewTitle')}
      </Title2>
      <Text>{t('shell.overviewIntro')}</Text>
      <QueryView query={overview}>
        {(data) => (
          <>
            {!data.company.pmcMigrated && (
              <MessageBar intent="warning" layout="multiline" data-testid="pmc-notice">
                <MessageBarBody>
                  <MessageBarTitle>{t('shell.pmcTitle')}</MessageBarTitle>
                  {t('shell.pmcNotice')}{' '}
                  <Link
                    href="https://partner.microsoft.com/_login?authType=OpenIdConnect"
                    target="_blank"
                    rel="noreferrer"
                  >
                    {t('shell.pmcLink')}
                  </Link>
                </MessageBarBody>
              </MessageBar>
            )}
            <DetailList
              items={[
                [t('shell.company'), data.company.name],
                ...data.modules.map(
                  ({ module, count }) =>
                    [
                      t(`shell.moduleNames.${module}`),
                      t('shell.overviewCounts', { count }),
                    ] as const,
                ),
                [
                  t('shell.nextExpiry'),
                  data.nextExpiry
                    ? t('shell.nextExpiryValue', {
                        name: data.nextExpiry.name[locale],
                        module: t(`shell.moduleNames.${data.nextExpiry.module}`),
                        date: formatDate(data.nextExpiry.expiresOn, locale),
                      })
                    : t('shell.noExpiry'),
                ],
              ]}
            />
            <h2>{t('shell.offers')}</h2>
            <div className={styles.offers}>
              {data.offers.map((offer) => (
                <div
                  key={offer.id}
                  className={mergeClasses(styles.tile, styles.small)}
                  data-testid="offer-card"
                >
                  <div>
                    <OfferTypeBadge offerType={offer.offerType} />
                  </div>
                  {offer.competencyArea && (
                    <Text size={200}>{competencyName(t, offer.competencyArea)}</Text>
                  )}
                  <Text size={200}>
                    {t('shell.anniversary')}: {formatDate(offer.anniversary, locale)}
                  </Text>
                </div>
              ))}
            </div>
          </>
        )}
      </QueryView>
      <h2>{t('shell.modules')}</h2>
      <div className={styles.cards}>
        {remotes.map((remote) => (
          <div key={remote.name} className={styles.tile} data-testid="module-card">
            <Text weight="semibold">{remote.navLabel[locale]}</Text>
            <RouterLink
              to={`/benefits/${remote.route}`}
              aria-label={`${t('shell.open')}: ${remote.navLabel[locale]}`}
            >
              {t('shell.open')}
            </RouterLink>
          </div>
        ))}
      </div>
    </section>
  );
}
