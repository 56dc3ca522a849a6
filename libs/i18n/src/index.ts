import type { Locale } from '@pbc/contract';
import { createInstance, type i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import { parts } from './catalogs.js';

export { formatBytes, formatDate, formatDateTime, formatList, formatMoney } from './format.js';
export { fieldIssueMessage } from './field-issues.js';
export { competencyName } from './names.js';
export type { I18n };

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
    resources: {},
    interpolation: { escapeValue: false }, // React escapes.
    initAsync: false,
  });
  void i18n.init();
  // One resource per locale: every part's messages merged key by key (deep, none overwritten).
  for (const l of locales)
    for (const part of Object.values(parts[l]))
      i18n.addResourceBundle(l, 'translation', part, true);
  return i18n;
}

/** `t`, plus the current locale for `formatMoney`/`formatDate`. */
export function useLocale() {
  const { t, i18n } = useTranslation();
  const locale: Locale = isLocale(i18n.language) ? i18n.language : defaultLocale;
  return { t, locale, i18n };
}
