import { createHostServices, HostProviders } from '@pbc/module-kit';
import { createQueryOptions } from '@pbc/sdk/react';
import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App.js';
import { readStoredLocale, storeLocale } from './locale.js';
import { remotesQueryOptions } from './remotes.js';

const locale = readStoredLocale();
storeLocale(locale);
// The one QueryClient, sdk client and i18n of the page; remotes reach them through the shared singletons.
const services = createHostServices({ trpcUrl: '/trpc', locale });
const manifestUrl = import.meta.env.DEV ? '/remotes.dev.json' : '/remotes.json';

// The first screen's questions (who is signed in, which modules there are) are asked now, together,
// while the locale's messages arrive, instead of one after the other from the rendered tree.
const trpc = createQueryOptions(services.trpcClient, services.queryClient);
void services.queryClient.prefetchQuery(trpc.auth.me.queryOptions());
void services.queryClient.prefetchQuery(remotesQueryOptions(manifestUrl));

const root = document.getElementById('root');
if (!root) throw new Error('index.html needs an element with id "root".');
// Rendering before the messages are there would suspend, and React then holds the first content
// back for its fallback throttle (~300 ms): wait for them instead.
void services.i18n.loadLanguages(locale).then(() =>
  createRoot(root).render(
    <StrictMode>
      <HostProviders services={services}>
        {/* Only if messages are still missing (the switch fetches the other locale before switching). */}
        <Suspense fallback={null}>
          <BrowserRouter>
            <App manifestUrl={manifestUrl} />
          </BrowserRouter>
        </Suspense>
      </HostProviders>
    </StrictMode>,
  ),
);
