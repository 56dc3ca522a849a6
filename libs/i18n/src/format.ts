import type { Locale, Money } from '@pbc/contract';

/** Money is integer minor units; the currency decides how many digits are minor (JPY 0, USD 2). */
export function formatMoney(money: Money, locale: Locale): string {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(money.amountMinor / 10 ** digits);
}

/** A calendar date `YYYY-MM-DD` (or an ISO instant), shown in UTC so it never shifts by a day. */
export function formatDate(isoDate: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(isoDate));
}

/** An instant (audit events, sign-ins) with its time, in the viewer's own time zone. */
export function formatDateTime(isoInstant: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(isoInstant));
}

/** A file size in the largest binary unit below 1024 (1.5 GB), digits in the user's locale. */
export function formatBytes(bytes: number, locale: Locale): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;
  const exponent = Math.min(Math.floor(Math.log(Math.max(bytes, 1)) / Math.log(1024)), units.length - 1);
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: units[exponent],
    unitDisplay: 'short',
    maximumFractionDigits: exponent === 0 ? 0 : 1,
  }).format(bytes / 1024 ** exponent);
}

/**
 * Names joined as the user's language joins them: "A, B, and C" / "A、B和C". `or` when one of
 * them is meant ("needs one of these roles", "ask one of these admins"): "A or B" / "A或B".
 */
export function formatList(items: readonly string[], locale: Locale, type: 'and' | 'or' = 'and'): string {
  return new Intl.ListFormat(locale, { type: type === 'or' ? 'disjunction' : 'conjunction' }).format(items);
}
