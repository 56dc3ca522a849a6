// Visual Studio subscriptions (VS-2, VS-4, VS-5): seat decisions the server enforces and the UI
// uses to disable an action and say why.
import { regexes } from 'zod/v4/core';
import { dayMs } from './dates.js';

/** VS-5: a seat is reassignable (or unassignable) this many days after its original assignment. */
export const seatLockDays = 90;

/**
 * VS-5: when a seat assigned at `assignedAt` unlocks. Decision: 90 × 24 hours from the original
 * assignment instant, not calendar days in some zone, so the answer is the same in every time
 * zone and across daylight-saving changes; the UI shows the instant in the viewer's locale.
 */
export function seatUnlocksAt(assignedAt: Date): Date {
  return new Date(assignedAt.getTime() + seatLockDays * dayMs);
}

export type SeatChangeDecision =
  { allowed: true; unlocksAt: Date } | { allowed: false; reason: 'SEAT_LOCKED'; unlocksAt: Date };

/**
 * VS-5: may the seat, originally assigned at `assignedAt`, be reassigned or unassigned at `now`?
 * A reassignment keeps the original date, so a seat once unlocked stays unlocked.
 */
export function checkSeatChange(seat: { assignedAt: Date; now: Date }): SeatChangeDecision {
  const unlocksAt = seatUnlocksAt(seat.assignedAt);
  return seat.now.getTime() >= unlocksAt.getTime()
    ? { allowed: true, unlocksAt }
    : { allowed: false, reason: 'SEAT_LOCKED', unlocksAt };
}

export type SeatAssignmentDecision =
  { allowed: true } | { allowed: false; reason: 'NO_FREE_SEAT' | 'ALREADY_HOLDS_SEAT' };

/** VS-2/VS-4: a free seat goes to a user who holds none of this subscription yet. */
export function checkSeatAssignment(subscription: {
  seatsTotal: number;
  seatsUsed: number;
  userHoldsSeat: boolean;
}): SeatAssignmentDecision {
  if (subscription.userHoldsSeat) return { allowed: false, reason: 'ALREADY_HOLDS_SEAT' };
  if (subscription.seatsUsed >= subscription.seatsTotal)
    return { allowed: false, reason: 'NO_FREE_SEAT' };
  return { allowed: true };
}

export type BulkAssignOutcome = 'assigned' | 'unknown_user' | 'already_holds_seat' | 'no_free_seat';

/**
 * VS-4: what assigning each requested email in order would do: unknown emails and holders are
 * skipped, the others take free seats until none is left. An email listed twice holds a seat
 * by its second line.
 */
export function planBulkAssignment<U extends { id: string }>(input: {
  seatsTotal: number;
  seatsUsed: number;
  /** Per requested line: the directory user of that email, or null when there is none. */
  requests: readonly { email: string; user: U | null }[];
  /** Users already holding a seat of the subscription. */
  holderIds: ReadonlySet<string>;
}): { email: string; user: U | null; outcome: BulkAssignOutcome }[] {
  const holders = new Set(input.holderIds);
  let used = input.seatsUsed;
  return input.requests.map(({ email, user }) => {
    if (!user) return { email, user, outcome: 'unknown_user' };
    const decision = checkSeatAssignment({
      seatsTotal: input.seatsTotal,
      seatsUsed: used,
      userHoldsSeat: holders.has(user.id),
    });
    if (!decision.allowed)
      return {
        email,
        user,
        outcome: decision.reason === 'NO_FREE_SEAT' ? 'no_free_seat' : 'already_holds_seat',
      };
    holders.add(user.id);
    used += 1;
    return { email, user, outcome: 'assigned' };
  });
}

/**
 * VS-2 in bulk: a pasted list of emails, one per line or comma/semicolon-separated (a CSV column),
 * lower-cased; the entries that are not emails are named. Uses zod's own email pattern, the one the
 * server's `Email` schema checks, without bringing zod's runtime to the page.
 */
export function parseEmailList(text: string): { emails: string[]; invalid: string[] } {
  const entries = text
    .split(/[\r\n,;]+/)
    .map((entry) => entry.trim().replace(/^"|"$/g, ''))
    .filter(Boolean);
  const emails: string[] = [];
  const invalid: string[] = [];
  for (const entry of entries) {
    if (entry.length <= 254 && regexes.email.test(entry)) emails.push(entry.toLowerCase());
    else invalid.push(entry);
  }
  return { emails, invalid };
}
