import { z } from 'zod';

/**
 * Every persisted object is addressed by a UUID, in lower case: the database matches either case,
 * the server's own comparisons (the holder a transfer names, the tenant confirmed) do not.
 */
export const Id = z.uuid().toLowerCase();
export type Id = z.infer<typeof Id>;

/** PostgreSQL has no year 0 and JavaScript writes years past 9999 with a sign: years 1–9999 only. */
const commonEra = (iso: string) => {
  const year = new Date(iso).getUTCFullYear();
  return year >= 1 && year <= 9999;
};
const yearMessage = 'Use a year from 0001 to 9999';

/** A calendar date without time zone, `YYYY-MM-DD` (expiry dates, enrollment anniversaries). */
export const IsoDate = z.iso.date().refine(commonEra, yearMessage);
/** An instant, ISO 8601 with offset (`2026-11-24T12:00:00.000Z`), in years 1–9999 (UTC). */
export const IsoDateTime = z.iso.datetime({ offset: true }).refine(commonEra, yearMessage);

export const CurrencyCode = z
  .string()
  .regex(/^[A-Z]{3}$/, 'Use a three-letter ISO 4217 currency code, for example USD');

/** Money is integer minor units (cents) with a currency; never a float. */
export const Money = z.object({
  amountMinor: z.number().int(),
  currency: CurrencyCode,
});
export type Money = z.infer<typeof Money>;

export const Locale = z.enum(['en-US', 'zh-CN']);
export type Locale = z.infer<typeof Locale>;

/** A label in every supported locale; used for data that comes from the catalog, not from code. */
export const LocalizedText = z.object({ 'en-US': z.string(), 'zh-CN': z.string() });
export type LocalizedText = z.infer<typeof LocalizedText>;

/** Paging for list procedures. */
export const ListInput = z
  .object({
    limit: z.number().int().min(1).max(500).default(100),
  })
  .default({ limit: 100 });
export type ListInput = z.input<typeof ListInput>;
/** A list input after defaults are applied, as procedures receive it. */
export type ListOptions = z.output<typeof ListInput>;

/** Stable error codes the server sends in `error.data.code`-adjacent `appCode`; the UI translates them. */
export const AppErrorCode = z.enum([
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'VALIDATION',
  'CONFLICT',
  'RATE_LIMITED',
  /** The database cannot be reached for now (503): retry later, a mutation with its Idempotency-Key. */
  'UNAVAILABLE',
]);
export type AppErrorCode = z.infer<typeof AppErrorCode>;
