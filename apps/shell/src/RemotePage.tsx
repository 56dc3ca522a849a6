import type { RemoteManifestEntry } from '@pbc/contract';
import { useLocale } from '@pbc/i18n';
import { ErrorState, LoadingState } from '@pbc/ui';
import type { BenefitModuleProps } from '@pbc/module-kit';
import { Component, Suspense, useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { forgetFailedLoad, lazyModulePage, reloadRemote } from './remotes.js';

interface BoundaryProps {
  fallback: (error: unknown) => ReactNode;
  children: ReactNode;
}

/** Contains a remote's failure (load or render) to the content area. Reset by remounting (a new `key`). */
class RemoteBoundary extends Component<BoundaryProps, { error: unknown }> {
  override state = { error: null as unknown };
  static getDerivedStateFromError(error: unknown) {
    return { error: error ?? new Error('Unknown error') };
  }
  override componentDidCatch(error: unknown) {
    console.error('A benefit module failed', error);
  }
  override render() {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}

/** Mounts a module's page with the host's props; `Page` is cached per remote in `remotes.ts`. */
function RemoteModule({ Page, basePath }: { Page: ComponentType<BenefitModuleProps>; basePath: string }) {
  const { locale } = useLocale();
  const navigate = useNavigate();
  return <Page locale={locale} basePath={basePath} navigate={(to) => void navigate(to)} />;
}

/** One remote's page: loading, then the page, or a contained error with Retry. */
export function RemotePage({ remote }: { remote: RemoteManifestEntry }) {
  const { t, locale } = useLocale();
  const [attempt, setAttempt] = useState(0);
  useEffect(() => () => forgetFailedLoad(remote), [remote]);

  const retry = () => {
    reloadRemote(remote);
    setAttempt((a) => a + 1);
  };
  return (
    <RemoteBoundary
      key={`${remote.name}:${attempt}`}
      fallback={() => (
        <ErrorState
          data-testid="remote-error"
          message={t('shell.moduleLoadFailed', { name: remote.navLabel[locale] })}
          onRetry={retry}
        />
      )}
    >
      <Suspense fallback={<LoadingState />}>
        <RemoteModule Page={lazyModulePage(remote)} basePath={`/benefits/${remote.route}`} />
      </Suspense>
    </RemoteBoundary>
  );
}
