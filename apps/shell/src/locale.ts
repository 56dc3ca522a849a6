import type { Locale } from '@pbc/contract';
import { defaultLocale, isLocale } from '@pbc/i18n';

const storageKey = 'pbc.locale';

export function readStoredLocale(): Locale {
  const stored = localStorage.getItem(storageKey);
  return isLocale(stored) ? stored : defaultLocale;
}

export function storeLocale(locale: Locale): void {
  localStorage.setItem(storageKey, locale);
  document.documentElement.lang = locale;
}
