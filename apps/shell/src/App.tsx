import { useLocale } from '@pbc/i18n';
import { ErrorState, LoadingState, Text } from '@pbc/ui';
import { useTRPC } from '@pbc/sdk/react';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes, useParams } from 'react-router';
import type { RemoteManifestEntry } from '@pbc/contract';
import { Layout } from './Layout.js';
import { OverviewPage } from './OverviewPage.js';
import { remotesQueryOptions } from './remotes.js';

// The overview is a signed-in user's first screen; every other page loads when first shown.
const SignInPage = lazy(() => import('./SignInPage.js').then((m) => ({ default: m.SignInPage })));
const RemotePage = lazy(() => import('./RemotePage.js').then((m) => ({ default: m.RemotePage })));
const PackagesPage = lazy(() =>
  import('./packages/PackagesPage.js').then((m) => ({ default: m.PackagesPage })),
);
const ReportsPage = lazy(() =>
  import('./reports/ReportsPage.js').then((m) => ({ default: m.ReportsPage })),
);
const UsersPage = lazy(() =>
  import('./account/UsersPage.js').then((m) => ({ default: m.UsersPage })),
);
const ActivityPage = lazy(() =>
  import('./account/ActivityPage.js').then((m) => ({ default: m.ActivityPage })),
);
const ApiTokensPage = lazy(() =>
  import('./account/ApiTokensPage.js').then((m) => ({ default: m.ApiTokensPage })),
);
const SentMailPage = lazy(() =>
  import('./account/SentMailPage.js').then((m) => ({ default: m.SentMailPage })),
);

function NotFound() {
  const { t } = useLocale();
  return <Text>{t('shell.notFound')}</Text>;
}

function RemoteRoute({ remotes }: { remotes: readonly RemoteManifestEntry[] }) {
  const { route } = useParams();
  const remote = remotes.find((r) => r.route === route);
  return remote ? <RemotePage remote={remote} /> : <NotFound />;
}

/** The sign-in gate, then the shell's routes; the benefit modules come from the manifest read at start. */
export function App({ manifestUrl }: { manifestUrl: string }) {
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions());
  if (me.isPending) return <LoadingState />;
  if (me.isError) return <ErrorState onRetry={() => void me.refetch()} />;
  if (!me.data) {
    return (
      <Suspense fallback={<LoadingState />}>
        <SignInPage />
      </Suspense>
    );
  }
  return <SignedInApp manifestUrl={manifestUrl} />;
}

function SignedInApp({ manifestUrl }: { manifestUrl: string }) {
  const { t } = useLocale();
  const manifest = useQuery(remotesQueryOptions(manifestUrl));
  const remotes = manifest.data ?? [];
  // The frame waits for the modules' links (asked for at start, beside `auth.me`): the navigation
  // appears whole instead of pushing its lower links down when they arrive (layout shift).
  if (manifest.isPending) return <LoadingState />;
  return (
    <Layout remotes={remotes}>
      {manifest.isError ? (
        <ErrorState message={t('shell.manifestFailed')} onRetry={() => void manifest.refetch()} />
      ) : (
        <Suspense fallback={<LoadingState />}>
          <Routes>
            <Route index element={<Navigate to="/benefits" replace />} />
            <Route path="benefits" element={<OverviewPage remotes={remotes} />} />
            <Route path="benefits/packages" element={<PackagesPage />} />
            <Route path="benefits/reports" element={<ReportsPage />} />
            <Route path="benefits/:route/*" element={<RemoteRoute remotes={remotes} />} />
            <Route path="account/users" element={<UsersPage />} />
            <Route path="account/activity" element={<ActivityPage />} />
            <Route path="account/sent-email" element={<SentMailPage />} />
            <Route path="account/api-tokens" element={<ApiTokensPage />} />
            <Route path="*" element={<NotFound />} />
          </Routes>
        </Suspense>
      )}
    </Layout>
  );
}
