import type { CancellationRejection, OfferType } from '@pbc/contract';
import { dayMs } from './dates.js';

/** MEM-4: a package is refundable for this many days after purchase. */
export const refundWindowDays = 30;

export type ActivationDecision = { allowed: true } | { allowed: false; reason: 'PMC_NOT_MIGRATED' };

/** MEM-1: a company still in Partner Membership Center activates nothing here. */
export function checkActivationHere(company: { pmcMigrated: boolean }): ActivationDecision {
  return company.pmcMigrated ? { allowed: true } : { allowed: false, reason: 'PMC_NOT_MIGRATED' };
}

export type OfferPurchaseDecision =
  | { allowed: true }
  | {
      allowed: false;
      reason:
        'ACTION_PACK_ALREADY_HELD' | 'COMPETENCY_EXCLUDES_ACTION_PACK' | 'COMPETENCY_ALREADY_HELD';
    };

/** An offer as MEM-2 reads it: its level, and its competency area (none for Action Pack). */
export interface HeldOffer {
  offerType: OfferType;
  competencyArea: string | null;
}

/**
 * MEM-2: one Action Pack per company, and none for a company that holds a competency; a
 * competency is held once at each level.
 */
export function checkOfferPurchase(
  heldOffers: readonly HeldOffer[],
  wanted: HeldOffer,
): OfferPurchaseDecision {
  if (wanted.offerType !== 'action_pack') {
    const again = heldOffers.some(
      (held) =>
        held.offerType === wanted.offerType && held.competencyArea === wanted.competencyArea,
    );
    return again ? { allowed: false, reason: 'COMPETENCY_ALREADY_HELD' } : { allowed: true };
  }
  if (heldOffers.some((held) => held.offerType === 'action_pack'))
    return { allowed: false, reason: 'ACTION_PACK_ALREADY_HELD' };
  if (heldOffers.some((held) => held.offerType === 'silver' || held.offerType === 'gold')) {
    return { allowed: false, reason: 'COMPETENCY_EXCLUDES_ACTION_PACK' };
  }
  return { allowed: true };
}

export type RefundDecision =
  | { allowed: true; refundableUntil: Date }
  | {
      allowed: false;
      reason: 'WINDOW_CLOSED' | 'BENEFIT_ACTIVATED' | 'KEY_VIEWED';
      refundableUntil: Date;
    };

/**
 * MEM-4: cancel with a refund only within 30 days of purchase (to the millisecond, so time
 * zones do not matter) and only while nothing of the package was activated and no key viewed.
 */
export function checkRefund(pkg: {
  purchasedAt: Date;
  firstActivatedAt: Date | null;
  firstKeyViewedAt: Date | null;
  now: Date;
}): RefundDecision {
  const refundableUntil = new Date(pkg.purchasedAt.getTime() + refundWindowDays * dayMs);
  if (pkg.now.getTime() >= refundableUntil.getTime())
    return { allowed: false, reason: 'WINDOW_CLOSED', refundableUntil };
  if (pkg.firstKeyViewedAt) return { allowed: false, reason: 'KEY_VIEWED', refundableUntil };
  if (pkg.firstActivatedAt) return { allowed: false, reason: 'BENEFIT_ACTIVATED', refundableUntil };
  return { allowed: true, refundableUntil };
}

/**
 * MEM-5: before an action that voids the refund (revealing a key, activating), warn while the
 * package is still refundable; once it is not, there is nothing left to lose.
 */
export function refundVoidWarning(pkg: Parameters<typeof checkRefund>[0]): {
  warn: boolean;
  refundableUntil: Date;
} {
  const refund = checkRefund(pkg);
  return { warn: refund.allowed, refundableUntil: refund.refundableUntil };
}

export type CancellationOutcome =
  { outcome: 'refunded' } | { outcome: 'rejected'; reason: CancellationRejection };

/**
 * MEM-4: how a cancellation request ends. Its 30-day window was judged when it was made
 * (`checkRefund` then); a key viewed or a benefit activated since rejects it, with that reason.
 */
export function decideCancellation(pkg: {
  firstActivatedAt: Date | null;
  firstKeyViewedAt: Date | null;
}): CancellationOutcome {
  if (pkg.firstKeyViewedAt) return { outcome: 'rejected', reason: 'KEY_VIEWED' };
  if (pkg.firstActivatedAt) return { outcome: 'rejected', reason: 'BENEFIT_ACTIVATED' };
  return { outcome: 'refunded' };
}
