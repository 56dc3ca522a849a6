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

/**
 * A refusal's wording for API callers (the UI translates the reason instead) and its error code
 * where it is not CONFLICT; `{{name}}` takes `details.name` of the refusal.
 */
export type RefusalDefinition = string | { message: string; code: 'VALIDATION' | 'NOT_FOUND' };

/** A module's part of `RefusalReason` (refusals.ts): reason → definition. */
export const refusalPart = <const T extends Record<string, RefusalDefinition>>(part: T): T => part;

/** Refusals of the platform itself: constraints the services did not foresee, idempotency, roles. */
export const platformRefusals = refusalPart({
  ALREADY_EXISTS: 'This already exists',
  REFERENCE_NOT_FOUND: { message: 'This was not found', code: 'NOT_FOUND' },
  STILL_REFERENCED: 'This is still in use',
  VALUE_NOT_STORABLE: { message: 'This value cannot be stored', code: 'VALIDATION' },
  IDEMPOTENCY_KEY_REUSED: 'This Idempotency-Key was used for a different request',
  // A phone number is refused by the same rule wherever one is given (GTM-3, TECH-7).
  PHONE_INVALID: {
    message: 'Enter a valid phone number with its international code, for example +1 425 555 0100',
    code: 'VALIDATION',
  },
});
