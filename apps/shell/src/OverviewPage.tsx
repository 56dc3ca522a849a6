import {
  Card,
  CardHeader,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  Title2,
  tokens,
} from '@pbc/ui';
import type { RemoteManifestEntry } from '@pbc/contract';
import { formatDate, useLocale } from '@pbc/i18n';
import { useTRPC } from '@pbc/sdk/react';
import { DetailList, OfferTypeBadge, QueryView } from '@pbc/ui';
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
});

/** `/benefits`: the company, its membership offers and a card per benefit module. */
export function OverviewPage({ remotes }: { remotes: readonly RemoteManifestEntry[] }) {
  const styles = useStyles();
  const { t, locale } = useLocale();
  const trpc = useTRPC();
  const overview = useQuery(trpc.membership.overview.queryOptions());
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
                <Card key={offer.id} size="small" data-testid="offer-card">
                  <CardHeader
                    header={<OfferTypeBadge offerType={offer.offerType} />}
                    description={offer.competencyArea ?? ''}
                  />
                  <Text size={200}>
                    {t('shell.anniversary')}: {formatDate(offer.anniversary, locale)}
                  </Text>
                </Card>
              ))}
            </div>
          </>
        )}
      </QueryView>
      <h2>{t('shell.modules')}</h2>
      <div className={styles.cards}>
        {remotes.map((remote) => (
          <Card key={remote.name} data-testid="module-card">
            <Text weight="semibold">{remote.navLabel[locale]}</Text>
            <RouterLink
              to={`/benefits/${remote.route}`}
              aria-label={`${t('shell.open')}: ${remote.navLabel[locale]}`}
            >
              {t('shell.open')}
            </RouterLink>
          </Card>
        ))}
      </div>
    </section>
  );
}
