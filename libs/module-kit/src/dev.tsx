// `@pbc/module-kit/dev`: a separate entry so the dev harness and msw never ride along in the shared module-kit.
import { makeStyles, tokens } from '@pbc/ui';
import { defaultLocale, useLocale } from '@pbc/i18n';
import { messages } from '@pbc/i18n/catalogs';
import type { RequestHandler } from 'msw';
import { StrictMode, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { createHostServices, HostProviders } from './host.js';
import { LocaleSwitch } from './LocaleSwitch.js';
import type { BenefitModule } from './module.js';

const useStyles = makeStyles({
  bar: { display: 'flex', justifyContent: 'flex-end', padding: tokens.spacingVerticalS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  main: { padding: tokens.spacingHorizontalXXL },
});

function HarnessPage({ module }: { module: BenefitModule }) {
  const styles = useStyles();
  const { locale } = useLocale();
  return (
    <>
      <header className={styles.bar}>
        <LocaleSwitch />
      </header>
      <main className={styles.main}>
        <module.Page locale={locale} basePath="/" navigate={(to) => history.pushState(null, '', to)} />
      </main>
    </>
  );
}

/** One remote on its own, with the same providers as the shell. */
export function DevHarness({ module, trpcUrl = '/trpc' }: { module: BenefitModule; trpcUrl?: string }) {
  const services = useMemo(() => createHostServices({ trpcUrl, locale: defaultLocale, messages }), [trpcUrl]);
  return (
    <HostProviders services={services}>
      <HarnessPage module={module} />
    </HostProviders>
  );
}

export interface DevHarnessOptions {
  module: BenefitModule;
  /** msw handlers answering `/trpc`; module-kit's `public/mockServiceWorker.js` (the remote's public dir) serves them. */
  handlers: readonly RequestHandler[];
}

/** Entry of a remote's `src/dev.tsx`: start the mock worker, then mount the page on `#root`. */
export async function startDevHarness({ module, handlers }: DevHarnessOptions) {
  // Loaded only here so msw never ships in a module's production chunks.
  const { setupWorker } = await import('msw/browser');
  await setupWorker(...handlers).start({
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: new URL('mockServiceWorker.js', document.baseURI).pathname },
  });
  const root = document.getElementById('root');
  if (!root) throw new Error('The dev page needs an element with id "root".');
  createRoot(root).render(
    <StrictMode>
      <DevHarness module={module} />
    </StrictMode>,
  );
}
