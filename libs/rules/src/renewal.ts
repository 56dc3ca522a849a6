// Renewal (MEM-6), expiry (MEM-7) and reminders: the window arithmetic, on calendar days
// (`YYYY-MM-DD`, UTC), judged at the day of the request.
import type { OfferType } from '@pbc/contract';
import { addDays, daysBetween } from './dates.js';

/** MEM-6: the renewal window lasts this many days, from the day after the anniversary. */
export const renewalWindowDays = 30;
/** MEM-6: a renewal moves the anniversary by this many days. */
export const renewalYearDays = 365;
/** MEM-6, X-5: renewal reminders, in days from the anniversary (15 before, 23 after). */
export const renewalReminderOffsets = [-15, 23] as const;
/** the default days before expiry at which a benefit still unused is reminded of. */
export const defaultUnusedReminderDays = [120, 30, 7] as const;

export interface RenewalWindow {
  /** The day after the anniversary. */
  opensOn: string;
  /** The last day a renewal is accepted. */
  closesOn: string;
}

/** MEM-6: the window opens the day after the anniversary and lasts 30 days. */
export function renewalWindow(anniversary: string): RenewalWindow {
  const opensOn = addDays(anniversary, 1);
  return { opensOn, closesOn: addDays(opensOn, renewalWindowDays - 1) };
}

/** MEM-6: the new anniversary is the old one + 365 days (not "the same day next year"). */
export const renewedAnniversary = (anniversary: string) => addDays(anniversary, renewalYearDays);

/**
 * MEM-6 where an offer stands on `today`: `current` up to its anniversary, `renewal_window`
 * inside the window (its benefits keep working), `lapsed` once the window closed unrenewed.
 */
export type OfferStanding = 'current' | 'renewal_window' | 'lapsed';

export function offerStanding(anniversary: string, today: string): OfferStanding {
  const { opensOn, closesOn } = renewalWindow(anniversary);
  if (today < opensOn) return 'current';
  return today <= closesOn ? 'renewal_window' : 'lapsed';
}

export type RenewalDecision =
  | { allowed: true; window: RenewalWindow; newAnniversary: string }
  | {
      allowed: false;
      reason: 'RENEWAL_NOT_OPEN' | 'ACTION_PACK_NOT_EXPIRED' | 'RENEWAL_WINDOW_MISSED';
      window: RenewalWindow;
    };

/**
 * MEM-6: an offer is renewed inside its window only; before it the refusal says when it opens
 * (Action Pack: not before it has expired, which is the same day), after it the offer lapsed.
 */
export function checkRenewal(
  offer: { offerType: OfferType; anniversary: string },
  today: string,
): RenewalDecision {
  const window = renewalWindow(offer.anniversary);
  const standing = offerStanding(offer.anniversary, today);
  if (standing === 'current')
    return {
      allowed: false,
      reason: offer.offerType === 'action_pack' ? 'ACTION_PACK_NOT_EXPIRED' : 'RENEWAL_NOT_OPEN',
      window,
    };
  if (standing === 'lapsed') return { allowed: false, reason: 'RENEWAL_WINDOW_MISSED', window };
  return { allowed: true, window, newAnniversary: renewedAnniversary(offer.anniversary) };
}

/**
 * The countdown the Packages page shows: days until the window opens, or days left in it
 * (the closing day counts), or null once it lapsed.
 */
export function renewalCountdown(
  anniversary: string,
  today: string,
): { until: 'opens' | 'closes'; days: number } | null {
  const { opensOn, closesOn } = renewalWindow(anniversary);
  const standing = offerStanding(anniversary, today);
  if (standing === 'current') return { until: 'opens', days: daysBetween(today, opensOn) };
  if (standing === 'renewal_window')
    return { until: 'closes', days: daysBetween(today, closesOn) + 1 };
  return null;
}

export type BenefitStandingDecision =
  { allowed: true } | { allowed: false; reason: 'BENEFITS_LAPSED'; lapsedOn: string };

/**
 * MEM-6: a benefit of an offer whose window closed unrenewed is Lapsed: actions on it are refused
 * with that reason (from the day after the window's last day). Inside the window it keeps working.
 */
export function checkBenefitStanding(anniversary: string, today: string): BenefitStandingDecision {
  if (offerStanding(anniversary, today) !== 'lapsed') return { allowed: true };
  return {
    allowed: false,
    reason: 'BENEFITS_LAPSED',
    lapsedOn: addDays(renewalWindow(anniversary).closesOn, 1),
  };
}

/**
 * MEM-7: the day a benefit may last be used: its expiration date is the last day to activate
 * it; a seat assigned to a user (Visual Studio) stays usable 30 days past the renewal date.
 */
export function lastUsableDay(expiresOn: string, assignedToUser: boolean): string {
  return assignedToUser ? addDays(expiresOn, renewalWindowDays) : expiresOn;
}

/** which renewal reminder is due on `today` (15 days before, 23 after the anniversary), if any. */
export function dueRenewalReminder(
  anniversary: string,
  today: string,
): { offsetDays: (typeof renewalReminderOffsets)[number]; on: string } | null {
  const { closesOn } = renewalWindow(anniversary);
  // Each reminder stands from its day until the next one (or the window's close).
  const [before, after] = renewalReminderOffsets;
  const afterOn = addDays(anniversary, after);
  if (today >= afterOn && today <= closesOn) return { offsetDays: after, on: afterOn };
  const beforeOn = addDays(anniversary, before);
  if (today >= beforeOn && today <= anniversary) return { offsetDays: before, on: beforeOn };
  return null;
}

/**
 * the reminder due on `today` for a benefit still unused that expires on `expiresOn`: the
 * nearest of `thresholds` (days before expiry) reached, while it has not expired. A clock that
 * skips a threshold sends the nearer one only, never a stale one.
 */
export function dueUnusedReminder(
  expiresOn: string,
  today: string,
  thresholds: readonly number[],
): { daysBefore: number; on: string } | null {
  const left = daysBetween(today, expiresOn);
  if (left < 0) return null;
  const reached = thresholds.filter((days) => left <= days).sort((a, b) => a - b)[0];
  return reached === undefined ? null : { daysBefore: reached, on: addDays(expiresOn, -reached) };
}

/** reminder days are whole days from 1 to 365, each once; at most five. */
export function checkReminderDays(
  days: readonly number[],
): { allowed: true } | { allowed: false; reason: 'REMINDER_DAYS_INVALID' } {
  const valid =
    days.length >= 1 &&
    days.length <= 5 &&
    new Set(days).size === days.length &&
    days.every((d) => Number.isInteger(d) && d >= 1 && d <= 365);
  return valid ? { allowed: true } : { allowed: false, reason: 'REMINDER_DAYS_INVALID' };
}
