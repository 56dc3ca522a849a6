// Visual Studio subscriptions: seats, their holders and the assign / reassign / unassign
// procedures (VS-1…VS-5). The subscription row itself is `VsSubscription` in benefits.ts.
import { z } from 'zod';
import { Id, IsoDateTime, refusalPart } from './common.js';
import { Email, UserKind } from './identity.js';

/** An occupied seat (VS-1) and when VS-5 lets it change hands. */
export const VsSeat = z.object({
  id: Id,
  subscriptionId: Id,
  holder: z.object({ id: Id, displayName: z.string(), email: z.string(), kind: UserKind }),
  /** VS-5: the seat's original assignment; a reassignment keeps it. */
  assignedAt: IsoDateTime,
  /** When the current holder got the seat (the original assignment or a reassignment). */
  holderSince: IsoDateTime,
  /** VS-5: from this instant the seat can be reassigned or unassigned. */
  unlocksAt: IsoDateTime,
  /**
   * VS-5 judged by the server's clock when it answered: the page shows Reassign and Unassign by
   * this, never by the browser's clock, which may be days off.
   */
  reassignable: z.boolean(),
});
export type VsSeat = z.infer<typeof VsSeat>;

export const VsSeatsInput = z.object({ subscriptionId: Id });
export type VsSeatsInput = z.input<typeof VsSeatsInput>;

/** VS-2: one directory user (member or guest, AZ-3) onto a free seat. */
export const AssignSeatInput = z.object({
  subscriptionId: Id,
  userId: Id,
});
export type AssignSeatInput = z.input<typeof AssignSeatInput>;

/**
 * VS-5: the seat moves from `currentHolderId` to `userId`. Naming the holder the caller saw makes
 * concurrent reassignments of one seat settle on exactly one: the others find it changed.
 */
export const ReassignSeatInput = z.object({ seatId: Id, currentHolderId: Id, userId: Id });
export type ReassignSeatInput = z.input<typeof ReassignSeatInput>;

export const UnassignSeatInput = z.object({ seatId: Id, currentHolderId: Id });
export type UnassignSeatInput = z.input<typeof UnassignSeatInput>;

/** Beyond the seed: several users at once, by email (a multi-select or a pasted CSV column). */
export const maxBulkAssign = 500;
export const BulkAssignInput = z.object({
  subscriptionId: Id,
  emails: z
    .array(Email)
    .min(1, 'Enter at least one email address')
    .max(maxBulkAssign, `Assign at most ${maxBulkAssign} users at once`),
  /** True: report what would happen and write nothing. */
  dryRun: z.boolean(),
});
export type BulkAssignInput = z.input<typeof BulkAssignInput>;

export const BulkAssignOutcome = z.enum([
  'assigned',
  'unknown_user',
  'already_holds_seat',
  'no_free_seat',
]);
export type BulkAssignOutcome = z.infer<typeof BulkAssignOutcome>;

/** Per line, in input order; in a dry run `assigned` means "would be assigned". */
export const BulkAssignResult = z.object({
  dryRun: z.boolean(),
  rows: z.array(
    z.object({
      email: z.string(),
      displayName: z.string().nullable(),
      outcome: BulkAssignOutcome,
    }),
  ),
  assigned: z.number().int().nonnegative(),
});
export type BulkAssignResult = z.infer<typeof BulkAssignResult>;

/** VS-4 and VS-5 refusals. */
export const visualStudioRefusals = refusalPart({
  NO_FREE_SEAT: 'Every seat of this subscription is assigned',
  ALREADY_HOLDS_SEAT: 'This user already holds a seat of this subscription',
  SEAT_CHANGED: 'Someone changed this seat in the meantime: reload and try again',
  SEAT_LOCKED:
    'This seat can change hands 90 days after its original assignment, from {{unlocksAt}}',
});
