import { createHostServices, HostProviders } from '@pbc/module-kit';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App.js';
import { readStoredLocale, storeLocale } from './locale.js';

const locale = readStoredLocale();
storeLocale(locale);
// The one QueryClient, sdk client and i18n of the page; remotes reach them through the shared singletons.
const services = createHostServices({ trpcUrl: '/trpc', locale });
const manifestUrl = import.meta.env.DEV ? '/remotes.dev.json' : '/remotes.json';

const root = document.getElementById('root');
if (!root) throw new Error('index.html needs an element with id "root".');
createRoot(root).render(
  <StrictMode>
    <HostProviders services={services}>
      <BrowserRouter>
        <App manifestUrl={manifestUrl} />
      </BrowserRouter>
    </HostProviders>
  </StrictMode>,
);
