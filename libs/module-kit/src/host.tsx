import { FluentProvider, webLightTheme } from '@pbc/ui';
import type { Locale } from '@pbc/contract';
import { createI18n, type I18n, type Messages } from '@pbc/i18n';
import { createClient, type SdkClient } from '@pbc/sdk';
import { SdkProvider } from '@pbc/sdk/react';
import { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';

/** The host's single instances; remotes reach them through context, never create their own. */
export interface HostServices {
  queryClient: QueryClient;
  trpcClient: SdkClient;
  i18n: I18n;
}

export interface HostServicesOptions {
  trpcUrl: string;
  locale: Locale;
  /** Tests turn retries off so an error shows at once. */
  retry?: boolean;
  /**
   * Every locale's messages (`@pbc/i18n/catalogs`), for tests and the dev harness, which render at
   * once. Without them (the shell) the shown locale is fetched, and the page renders under a `Suspense`.
   */
  messages?: Readonly<Record<Locale, Messages>>;
}

export function createHostServices({ trpcUrl, locale, retry = true, messages }: HostServicesOptions): HostServices {
  return {
    queryClient: new QueryClient({ defaultOptions: { queries: { retry: retry ? 1 : false, staleTime: 30_000 } } }),
    trpcClient: createClient({ url: trpcUrl }),
    i18n: createI18n(locale, messages),
  };
}

/** The providers the shell, the dev harness and component tests all render. */
export function HostProviders({ services, children }: { services: HostServices; children: ReactNode }) {
  return (
    <SdkProvider queryClient={services.queryClient} trpcClient={services.trpcClient}>
      <I18nextProvider i18n={services.i18n}>
        <FluentProvider theme={webLightTheme}>{children}</FluentProvider>
      </I18nextProvider>
    </SdkProvider>
  );
}
