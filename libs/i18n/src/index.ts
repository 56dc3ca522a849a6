import type { Locale } from '@pbc/contract';
import { createInstance, type i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import { catalogs, type Messages } from './catalogs.js';

export { formatBytes, formatDate, formatDateTime, formatMoney } from './format.js';
export { catalogs };
export type { I18n, Messages };

export const locales = ['en-US', 'zh-CN'] as const satisfies readonly Locale[];
export const defaultLocale: Locale = 'en-US';

export function isLocale(value: unknown): value is Locale {
  return locales.includes(value as Locale);
}

/** One i18next instance with both catalogs loaded; switch with `i18n.changeLanguage(locale)`. */
export function createI18n(locale: Locale = defaultLocale): I18n {
  const i18n = createInstance({
    lng: locale,
    fallbackLng: defaultLocale,
    supportedLngs: [...locales],
    resources: Object.fromEntries(locales.map((l) => [l, { translation: catalogs[l] }])),
    interpolation: { escapeValue: false }, // React escapes.
    initAsync: false,
  });
  void i18n.init();
  return i18n;
}

/** `t`, plus the current locale for `formatMoney`/`formatDate`. */
export function useLocale() {
  const { t, i18n } = useTranslation();
  const locale: Locale = isLocale(i18n.language) ? i18n.language : defaultLocale;
  return { t, locale, i18n };
}
