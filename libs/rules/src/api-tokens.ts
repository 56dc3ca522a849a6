import { maxApiTokenDays } from '@pbc/contract';
import { daysBetween } from './dates.js';

export type TokenExpiryDecision =
  { allowed: true } | { allowed: false; reason: 'TOKEN_EXPIRY_PAST' | 'TOKEN_EXPIRY_TOO_LATE' };

/** a token's last day is after today and at most `maxApiTokenDays` (a year) away. */
export function checkTokenExpiry(expiresOn: string, today: string): TokenExpiryDecision {
  const days = daysBetween(today, expiresOn);
  if (days < 1) return { allowed: false, reason: 'TOKEN_EXPIRY_PAST' };
  if (days > maxApiTokenDays) return { allowed: false, reason: 'TOKEN_EXPIRY_TOO_LATE' };
  return { allowed: true };
}
