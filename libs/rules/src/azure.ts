// Azure and cloud products (AZ-4…11). Dates are `YYYY-MM-DD` calendar days in UTC.
import type {
  AzureCreditKind,
  AzureSubscriptionOffer,
  LicenseStatus,
  RedemptionMode,
  RedemptionUndoRefusal,
} from '@pbc/contract';
import { addDays, addMonths, dayMs, daysBetween } from './dates.js';

/** Days in a year of months, to turn a fraction of a month into days. */
const daysPerMonth = 365 / 12;

export type ProductKeyFormatDecision =
  { allowed: true; normalized: string } | { allowed: false; reason: 'KEY_FORMAT' };

/** AZ-8: 25 letters and digits, case and the hyphens or spaces between groups ignored. */
export function checkProductKeyFormat(text: string): ProductKeyFormatDecision {
  const normalized = text.replace(/[\s-]/g, '').toUpperCase();
  return /^[A-Z0-9]{25}$/.test(normalized)
    ? { allowed: true, normalized }
    : { allowed: false, reason: 'KEY_FORMAT' };
}

export type CreditRemovalDecision =
  { allowed: true } | { allowed: false; reason: 'BULK_CREDIT_NO_REMOVE' };

/** AZ-4: monthly credit users come and go at any time; AZ-5: bulk credit has no remove, only transfer. */
export function checkCreditUserRemoval(kind: AzureCreditKind): CreditRemovalDecision {
  return kind === 'monthly'
    ? { allowed: true }
    : { allowed: false, reason: 'BULK_CREDIT_NO_REMOVE' };
}

export type CreditAssignmentDecision =
  { allowed: true } | { allowed: false; reason: 'BULK_CREDIT_ALREADY_ASSIGNED' };

/** AZ-4: monthly credit takes any number of users; AZ-5: bulk credit has one, transferred, never added. */
export function checkCreditAssignment(credit: {
  kind: AzureCreditKind;
  holderCount: number;
}): CreditAssignmentDecision {
  return credit.kind === 'bulk' && credit.holderCount > 0
    ? { allowed: false, reason: 'BULK_CREDIT_ALREADY_ASSIGNED' }
    : { allowed: true };
}

export type CreditTransferDecision =
  | { allowed: true }
  | {
      allowed: false;
      reason:
        | 'TRANSFER_BULK_ONLY'
        | 'ENROLLMENT_YEAR_ENDED'
        | 'BULK_CREDIT_NOT_ASSIGNED'
        | 'TRANSFER_TO_SAME_USER';
    };

/**
 * AZ-5: only bulk credit is transferred, during its enrollment year (`open`, from
 * `checkBulkTransfer`), from the user who holds it to another one. Without `toUserId` it answers
 * whether a transfer can start at all (the UI's Transfer button).
 */
export function checkCreditTransfer(
  credit: { kind: AzureCreditKind; transferOpen: boolean; holderId: string | null },
  toUserId?: string,
): CreditTransferDecision {
  if (credit.kind !== 'bulk') return { allowed: false, reason: 'TRANSFER_BULK_ONLY' };
  if (!credit.holderId) return { allowed: false, reason: 'BULK_CREDIT_NOT_ASSIGNED' };
  if (!credit.transferOpen) return { allowed: false, reason: 'ENROLLMENT_YEAR_ENDED' };
  if (toUserId === credit.holderId) return { allowed: false, reason: 'TRANSFER_TO_SAME_USER' };
  return { allowed: true };
}

export type BulkTransferDecision =
  | { allowed: true; lastDay: string }
  | { allowed: false; reason: 'ENROLLMENT_YEAR_ENDED'; lastDay: string };

/**
 * AZ-5: bulk credit moves to another user only during the enrollment year of its offer, that is
 * from the enrollment start through the day before the anniversary.
 */
export function checkBulkTransfer(
  year: { enrollmentStart: string; anniversary: string },
  today: string,
): BulkTransferDecision {
  const lastDay = addDays(year.anniversary, -1);
  return today >= year.enrollmentStart && today <= lastDay
    ? { allowed: true, lastDay }
    : { allowed: false, reason: 'ENROLLMENT_YEAR_ENDED', lastDay };
}

/** AZ-6: bulk credit cannot be combined with these licensing, prepaid or credit offers. */
export const bulkCreditExcludedOffers: readonly AzureSubscriptionOffer[] = [
  'enterprise_agreement',
  'csp',
  'azure_in_open',
  'azure_pass',
  'action_pack',
];

export type CreditTargetDecision =
  | { allowed: true }
  | { allowed: false; reason: 'BULK_CREDIT_EXCLUDED_OFFER'; offer: AzureSubscriptionOffer };

/** AZ-6: where a credit may be activated; monthly credit goes onto any subscription. */
export function checkCreditTarget(
  kind: AzureCreditKind,
  offer: AzureSubscriptionOffer,
): CreditTargetDecision {
  return kind === 'bulk' && bulkCreditExcludedOffers.includes(offer)
    ? { allowed: false, reason: 'BULK_CREDIT_EXCLUDED_OFFER', offer }
    : { allowed: true };
}

/** AZ-10: an end date moves at most 3 years, so a key may have at most 3× the active seats. */
export const maxExtensionFactor = 3;

/** AZ-9 extend: the end date moves by key seats × 12 ÷ active seats months. */
export const extensionMonths = (activeSeats: number, keySeats: number) =>
  (keySeats * 12) / activeSeats;

/**
 * AZ-9 add seats (co-term): new days remaining = (active × days remaining + key × days of a
 * 12-month term) ÷ (active + key), rounded to the nearest day, so the seat-days before and after
 * match within half a day per seat: no seat-month is added or lost.
 */
export function coTermDays(
  activeSeats: number,
  daysRemaining: number,
  keySeats: number,
  termDays: number,
): number {
  return Math.round((activeSeats * daysRemaining + keySeats * termDays) / (activeSeats + keySeats));
}

export interface RedemptionTarget {
  seats: number;
  startsOn: string;
  expiresOn: string;
  status: LicenseStatus;
}

export type RedemptionPlan =
  | {
      allowed: true;
      outcome: 'new' | 'restart' | 'extend' | 'add_seats';
      seats: number;
      startsOn: string;
      expiresOn: string;
      /** Months from today to `expiresOn`, one decimal. */
      monthsRemaining: number;
      /** The seed's warning: the result leaves less than 12 months of subscription. */
      underTwelveMonths: boolean;
    }
  | { allowed: false; reason: 'EXTENSION_OVER_THREE_YEARS'; maxKeySeats: number };

/**
 * AZ-9/AZ-10: what redeeming a key of `keySeats` onto `target` (null: a new subscription) on
 * `today` results in. A new, disabled or expired subscription starts with the key's seats for
 * 12 months; an active one is extended (whole months by the calendar, a fraction as days) or
 * gets the seats, co-termed.
 */
export function planRedemption(
  target: RedemptionTarget | null,
  keySeats: number,
  mode: RedemptionMode,
  today: string,
): RedemptionPlan {
  const yearLater = addMonths(today, 12);
  const result = (
    outcome: 'new' | 'restart' | 'extend' | 'add_seats',
    seats: number,
    startsOn: string,
    expiresOn: string,
  ): RedemptionPlan => ({
    allowed: true,
    outcome,
    seats,
    startsOn,
    expiresOn,
    monthsRemaining: Math.round((daysBetween(today, expiresOn) / daysPerMonth) * 10) / 10,
    underTwelveMonths: expiresOn < yearLater,
  });
  const active = target && target.status === 'active' && target.expiresOn > today ? target : null;
  if (!active) return result(target ? 'restart' : 'new', keySeats, today, yearLater);
  if (mode === 'add_seats') {
    const days = coTermDays(
      active.seats,
      daysBetween(today, active.expiresOn),
      keySeats,
      daysBetween(today, yearLater),
    );
    return result('add_seats', active.seats + keySeats, active.startsOn, addDays(today, days));
  }
  if (keySeats > maxExtensionFactor * active.seats)
    return {
      allowed: false,
      reason: 'EXTENSION_OVER_THREE_YEARS',
      maxKeySeats: maxExtensionFactor * active.seats,
    };
  const months = extensionMonths(active.seats, keySeats);
  const whole = Math.floor(months);
  const expiresOn = addDays(
    addMonths(active.expiresOn, whole),
    Math.round((months - whole) * daysPerMonth),
  );
  return result('extend', active.seats, active.startsOn, expiresOn);
}

/** AZ-11: a redemption can be undone for this many days after it. */
export const redemptionUndoDays = 30;

export interface RedemptionRecord {
  redeemedAt: Date;
  undoneAt: Date | null;
  /** The key replaced an undone redemption: the one-time replacement is final. */
  isReplacement: boolean;
  /** The seats and end date the redemption left; null when none were recorded (before AZ-11). */
  left: { seats: number; expiresOn: string } | null;
}

export type RedemptionUndoDecision =
  | { allowed: true; undoableUntil: Date }
  | { allowed: false; reason: RedemptionUndoRefusal; undoableUntil: Date };

/**
 * AZ-11: a redemption on the wrong tenant is undone through a one-time replacement key, within
 * 30 days of the redemption instant to the millisecond (like MEM-4: undoable while now <
 * redeemedAt + 30 × 24 h, whatever the caller's time zone), once, and never for a replacement
 * key's own redemption. The subscription must still be as the redemption left it (same seats and
 * end date): reverting it then takes back exactly what the key added, never a later key's seats
 * (later redemptions are undone first, newest first) nor seats that were since removed.
 */
export function checkRedemptionUndo(
  redemption: RedemptionRecord,
  subscription: { seats: number; expiresOn: string },
  now: Date,
): RedemptionUndoDecision {
  const undoableUntil = new Date(redemption.redeemedAt.getTime() + redemptionUndoDays * dayMs);
  const refuse = (reason: RedemptionUndoRefusal): RedemptionUndoDecision => ({
    allowed: false,
    reason,
    undoableUntil,
  });
  if (redemption.undoneAt) return refuse('REDEMPTION_ALREADY_UNDONE');
  if (redemption.isReplacement) return refuse('REPLACEMENT_REDEMPTION_FINAL');
  if (now.getTime() >= undoableUntil.getTime()) return refuse('UNDO_WINDOW_CLOSED');
  const { left } = redemption;
  if (!left || left.seats !== subscription.seats || left.expiresOn !== subscription.expiresOn)
    return refuse('SUBSCRIPTION_CHANGED_SINCE');
  return { allowed: true, undoableUntil };
}
