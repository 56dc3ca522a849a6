import type { Locale } from '@pbc/contract';
import { messages } from '@pbc/i18n/catalogs';
import { createHostServices, HostProviders, type BenefitModule } from '@pbc/module-kit';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';

/** The URL the providers call; msw's `*\/trpc/:paths` handlers answer it. */
export const testTrpcUrl = 'http://localhost/trpc';

/** Renders under the same providers as the shell, with retries off. */
export function renderWithProviders(ui: ReactElement, { locale = 'en-US' }: { locale?: Locale } = {}) {
  const services = createHostServices({ trpcUrl: testTrpcUrl, locale, retry: false, messages });
  return { ...render(<HostProviders services={services}>{ui}</HostProviders>), services };
}

/** Renders a remote's page the way the shell mounts it. */
export function renderModule(module: BenefitModule, options: { locale?: Locale } = {}) {
  const locale = options.locale ?? 'en-US';
  return renderWithProviders(<module.Page locale={locale} basePath={`/benefits/${module.id}`} navigate={() => {}} />, { locale });
}
