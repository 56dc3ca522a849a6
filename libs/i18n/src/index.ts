import type { Locale } from '@pbc/contract';
import { createInstance, type i18n as I18n } from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { useTranslation } from 'react-i18next';
import { mergeParts } from './merge.js';

export { formatBytes, formatDate, formatDateTime, formatList, formatMoney } from './format.js';
export { fieldIssueMessage } from './field-issues.js';
export { competencyName } from './names.js';
export type { I18n };

export const locales = ['en-US', 'zh-CN'] as const satisfies readonly Locale[];
export const defaultLocale: Locale = 'en-US';

export function isLocale(value: unknown): value is Locale {
  return locales.includes(value as Locale);
}

/** A locale's messages, every part merged into one object (`@pbc/i18n/catalogs` has them all). */
export type Messages = Readonly<Record<string, unknown>>;

/**
 * Fetches a locale's messages: a chunk per locale (~12 kB gzipped each), so a page fetches only
 * the language it shows, when it first shows it (the language switch fetches the other one).
 */
const fetchMessages = (locale: string): Promise<Messages> =>
  locale === 'zh-CN'
    ? import('./zh-CN.js').then((m) => mergeParts(Object.values(m.zhCNParts)))
    : import('./en-US.js').then((m) => mergeParts(Object.values(m.enUSParts)));

/**
 * One i18next instance in `locale`; switch with `i18n.changeLanguage(locale)`. Given `messages`
 * (tests, the dev harness), every locale is there at once. Without, each locale is fetched on
 * first use, and react-i18next's `useTranslation` suspends until it has arrived: the shell renders
 * under a `Suspense`.
 */
export function createI18n(
  locale: Locale = defaultLocale,
  messages?: Readonly<Record<Locale, Messages>>,
): I18n {
  const i18n = createInstance({
    lng: locale,
    fallbackLng: defaultLocale,
    supportedLngs: [...locales],
    load: 'currentOnly',
    interpolation: { escapeValue: false }, // React escapes.
    initAsync: false,
    ...(messages && {
      resources: Object.fromEntries(
        locales.map((l) => [l, { translation: messages[l] as Record<string, unknown> }]),
      ),
    }),
  });
  if (!messages) i18n.use(resourcesToBackend(fetchMessages));
  void i18n.init();
  return i18n;
}

/** `t`, plus the current locale for `formatMoney`/`formatDate`. */
export function useLocale() {
  const { t, i18n } = useTranslation();
  const locale: Locale = isLocale(i18n.language) ? i18n.language : defaultLocale;
  return { t, locale, i18n };
}
