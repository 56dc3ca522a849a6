import { Button, makeStyles, Text, tokens } from '@pbc/ui';
import type { RemoteManifestEntry } from '@pbc/contract';
import { useLocale } from '@pbc/i18n';
import { LocaleSwitch } from '@pbc/module-kit';
import { useTRPC } from '@pbc/sdk/react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { storeLocale } from './locale.js';
import { prefetchRemote } from './remotes.js';
import { RemotePrefetch } from './RemotePrefetch.js';

const useStyles = makeStyles({
  app: {
    display: 'grid',
    gridTemplateColumns: '240px 1fr',
    gridTemplateRows: '48px 1fr',
    gridTemplateAreas: '"header header" "nav main"',
    minHeight: '100vh',
  },
  header: {
    gridArea: 'header',
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    padding: `0 ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  product: { fontWeight: tokens.fontWeightSemibold },
  company: { flexGrow: 1 },
  onBrand: { color: tokens.colorNeutralForegroundOnBrand },
  nav: {
    gridArea: 'nav',
    backgroundColor: tokens.colorNeutralBackground3,
    padding: `${tokens.spacingVerticalM} 0`,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  group: {
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    fontSize: tokens.fontSizeBase300,
  },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  link: {
    display: 'block',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalS} ${tokens.spacingHorizontalXXL}`,
    color: tokens.colorNeutralForeground1,
    textDecoration: 'none',
    ':hover': { backgroundColor: tokens.colorNeutralBackground3Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
    '&[aria-current=page]': {
      fontWeight: tokens.fontWeightSemibold,
      backgroundColor: tokens.colorNeutralBackground3Selected,
    },
  },
  main: { gridArea: 'main', padding: tokens.spacingHorizontalXXL, minWidth: 0 },
  skip: {
    position: 'absolute',
    left: '-10000px',
    ':focus': {
      left: tokens.spacingHorizontalS,
      top: tokens.spacingVerticalS,
      zIndex: 1,
      backgroundColor: tokens.colorNeutralBackground1,
      padding: tokens.spacingVerticalS,
    },
  },
});

/** Partner Center's frame: header bar, left navigation with the Benefits group, content area. */
export function Layout({
  remotes,
  children,
}: {
  remotes: readonly RemoteManifestEntry[];
  children: ReactNode;
}) {
  const styles = useStyles();
  const { t, locale } = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const me = useQuery(trpc.auth.me.queryOptions());
  // Signed out, every cached answer is stale: `auth.me` refetches to null and the gate shows sign-in.
  const signOut = useMutation(
    trpc.auth.signOut.mutationOptions({ onSuccess: () => queryClient.invalidateQueries() }),
  );
  return (
    <div className={styles.app}>
      <a className={styles.skip} href="#main">
        {t('shell.skipToContent')}
      </a>
      <header className={styles.header}>
        <Text className={styles.product} size={400}>
          {t('shell.productName')}
        </Text>
        <Text className={styles.company} data-testid="company-name">
          {me.data?.company.name}
        </Text>
        <Text>{me.data?.user.displayName}</Text>
        <LocaleSwitch onChange={storeLocale} />
        <Button
          appearance="transparent"
          className={styles.onBrand}
          onClick={() => signOut.mutate()}
        >
          {t('shell.signOut')}
        </Button>
      </header>
      <nav className={styles.nav} aria-label={t('shell.mainNavigation')}>
        <h2 className={styles.group} id="nav-benefits">
          {t('common.benefits')}
        </h2>
        <ul className={styles.list} aria-labelledby="nav-benefits">
          <li>
            <NavLink className={styles.link} to="/benefits" end>
              {t('shell.overviewNav')}
            </NavLink>
          </li>
          {remotes.map((remote) => (
            <li key={remote.name}>
              <NavLink
                className={styles.link}
                to={`/benefits/${remote.route}`}
                // A pointer on its way or a focused link: fetch the module now if the idle prefetch has not.
                onPointerEnter={() => void prefetchRemote(remote)}
                onFocus={() => void prefetchRemote(remote)}
              >
                {remote.navLabel[locale]}
              </NavLink>
            </li>
          ))}
          <li>
            <NavLink className={styles.link} to="/benefits/packages">
              {t('shell.packagesNav')}
            </NavLink>
          </li>
          <li>
            <NavLink className={styles.link} to="/benefits/reports">
              {t('shell.reportsNav')}
            </NavLink>
          </li>
        </ul>
        <h2 className={styles.group} id="nav-account">
          {t('shell.accountSettings')}
        </h2>
        <ul className={styles.list} aria-labelledby="nav-account">
          <li>
            <NavLink className={styles.link} to="/account/users">
              {t('shell.usersNav')}
            </NavLink>
          </li>
          <li>
            <NavLink className={styles.link} to="/account/activity">
              {t('shell.activityNav')}
            </NavLink>
          </li>
          <li>
            <NavLink className={styles.link} to="/account/sent-email">
              {t('shell.sentMailNav')}
            </NavLink>
          </li>
          <li>
            <NavLink className={styles.link} to="/account/api-tokens">
              {t('shell.apiTokensNav')}
            </NavLink>
          </li>
        </ul>
      </nav>
      <RemotePrefetch remotes={remotes} />
      <main className={styles.main} id="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
