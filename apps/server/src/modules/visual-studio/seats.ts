// Visual Studio subscriptions (VS-1…VS-5): seats used counted from assignments, and the seat
// changes. VS-4 holds in the database: every change first locks the subscription row
// (`SELECT … FOR UPDATE`), so concurrent assignments count and insert one after the other, and
// the unique (subscription, user) constraint backs the one-seat-per-user rule.
import type { BulkAssignResult, ListOptions, VsSeat, VsSubscription } from '@pbc/contract';
import {
  checkSeatAssignment,
  checkSeatChange,
  planBulkAssignment,
  seatUnlocksAt,
} from '@pbc/rules';
import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { companies, users } from '../identity/schema.js';
import { tellFormerHolder, tellNewHolder } from './mail.js';
import { vsSeatAssignments, vsSubscriptions } from './schema.js';
import { AppError, refused } from '../../errors.js';
import { recordAudit, type ActorContext } from '../audit/audit.js';
import { directoryUserColumns, requireDirectoryUser } from '../identity/directory.js';
import {
  recordFirstUse,
  refundAtRiskOf,
  refundsAtRisk,
  requireActivationHere,
} from '../../shared/benefit-use.js';

export async function listVsSubscriptions(
  db: Db,
  companyId: string,
  { limit }: ListOptions,
  now: Date,
): Promise<VsSubscription[]> {
  const t = vsSubscriptions;
  const rows = await db
    .select({
      id: t.id,
      packageId: t.packageId,
      edition: t.edition,
      seatsTotal: t.seatsTotal,
      seatsUsed: count(vsSeatAssignments.id),
      offerType: t.offerType,
      benefitType: t.benefitType,
      expiresOn: t.expiresOn,
    })
    .from(t)
    .leftJoin(
      vsSeatAssignments,
      and(eq(vsSeatAssignments.subscriptionId, t.id), eq(vsSeatAssignments.companyId, companyId)),
    )
    .where(eq(t.companyId, companyId))
    .groupBy(t.id)
    .orderBy(asc(t.edition), asc(t.offerType), asc(t.id))
    .limit(limit);
  const atRisk = await refundsAtRisk(db, companyId, now);
  return rows.map(({ packageId, ...row }) => ({
    ...row,
    refundAtRisk: refundAtRiskOf(atRisk, packageId),
  }));
}

/** A seat's own row, as a change writes it (`returning`) and a read selects it. */
const writtenSeatColumns = {
  id: vsSeatAssignments.id,
  subscriptionId: vsSeatAssignments.subscriptionId,
  assignedAt: vsSeatAssignments.assignedAt,
  reassignedAt: vsSeatAssignments.reassignedAt,
};

const seatColumns = {
  ...writtenSeatColumns,
  edition: vsSubscriptions.edition,
  // The holder as `requireDirectoryUser` answers them; the locale is for their mail (VS-6).
  holder: directoryUserColumns,
};

type SeatRow = Awaited<ReturnType<typeof selectSeats>>[number];

/** The company's seats with their holders, optionally of one subscription or one seat. */
export function selectSeats(
  db: Db,
  companyId: string,
  filter: { subscriptionId?: string; seatId?: string } = {},
) {
  return db
    .select(seatColumns)
    .from(vsSeatAssignments)
    .innerJoin(users, eq(users.id, vsSeatAssignments.userId))
    .innerJoin(vsSubscriptions, eq(vsSubscriptions.id, vsSeatAssignments.subscriptionId))
    .where(
      and(
        eq(vsSeatAssignments.companyId, companyId),
        filter.subscriptionId
          ? eq(vsSeatAssignments.subscriptionId, filter.subscriptionId)
          : undefined,
        filter.seatId ? eq(vsSeatAssignments.id, filter.seatId) : undefined,
      ),
    )
    .orderBy(
      asc(vsSubscriptions.edition),
      asc(vsSeatAssignments.assignedAt),
      asc(users.displayName),
    );
}

/** A seat as stored (and audited): who holds it since when; `seatAt` adds its state at an instant. */
export type StoredVsSeat = Omit<VsSeat, 'reassignable'>;

/** A seat row and its holder (read, or written by a change that read the holder already). */
export function toVsSeat(row: Omit<SeatRow, 'edition'>): StoredVsSeat {
  const { id, displayName, email, kind } = row.holder;
  return {
    id: row.id,
    subscriptionId: row.subscriptionId,
    holder: { id, displayName, email, kind },
    assignedAt: row.assignedAt.toISOString(),
    holderSince: (row.reassignedAt ?? row.assignedAt).toISOString(),
    unlocksAt: seatUnlocksAt(row.assignedAt).toISOString(),
  };
}

/** The seat as answered: VS-5 decided at `now`, the server's clock (the page does not judge it). */
export function seatAt(seat: StoredVsSeat, now: Date): VsSeat {
  const change = checkSeatChange({ assignedAt: new Date(seat.assignedAt), now });
  return { ...seat, reassignable: change.allowed };
}

/** VS-1: the seats of one subscription of the caller's company (NOT_FOUND otherwise, ROLE-8). */
export async function listSeats(db: Db, companyId: string, subscriptionId: string, now: Date) {
  const [subscription] = await db
    .select({ id: vsSubscriptions.id })
    .from(vsSubscriptions)
    .where(and(eq(vsSubscriptions.id, subscriptionId), eq(vsSubscriptions.companyId, companyId)));
  if (!subscription) throw new AppError('NOT_FOUND', 'Subscription not found');
  const rows = await selectSeats(db, companyId, { subscriptionId });
  return rows.map((row) => seatAt(toVsSeat(row), now));
}

/**
 * VS-4: locks the subscription row until the transaction ends, then counts its seats in use and
 * whether `userId` (when given) holds one. Take it as late as possible: every change of this
 * subscription's seats waits for it. The count is its own statement on purpose: only a statement
 * begun after the lock sees the seats the transaction before it committed. The edition and the
 * company's name come along for the seat's mails (VS-6).
 */
async function lockSubscription(
  tx: Db,
  companyId: string,
  subscriptionId: string,
  userId?: string,
) {
  const [subscription] = await tx
    .select({
      id: vsSubscriptions.id,
      companyId: vsSubscriptions.companyId,
      seatsTotal: vsSubscriptions.seatsTotal,
      packageId: vsSubscriptions.packageId,
      edition: vsSubscriptions.edition,
      company: companies.name,
    })
    .from(vsSubscriptions)
    .innerJoin(companies, eq(companies.id, vsSubscriptions.companyId))
    .where(and(eq(vsSubscriptions.id, subscriptionId), eq(vsSubscriptions.companyId, companyId)))
    .for('update', { of: vsSubscriptions });
  if (!subscription) throw new AppError('NOT_FOUND', 'Subscription not found');
  const [seats] = await tx
    .select({
      used: count(),
      // Without a user the parameter is null, which equals no row: 0.
      heldByUser:
        sql<number>`count(*) filter (where ${vsSeatAssignments.userId} = ${userId ?? null})`.mapWith(
          Number,
        ),
    })
    .from(vsSeatAssignments)
    .where(eq(vsSeatAssignments.subscriptionId, subscriptionId));
  return { ...subscription, seatsUsed: seats!.used, userHoldsSeat: seats!.heldByUser > 0 };
}

type LockedSubscription = Awaited<ReturnType<typeof lockSubscription>>;

/** VS-6: what a seat's mails name (the seat, its edition and company). */
const seatNotice = (subscription: LockedSubscription, seatId: string) => ({
  id: seatId,
  companyId: subscription.companyId,
  company: subscription.company,
  edition: subscription.edition,
});

/** Which of `userIds` hold a seat of the subscription already (several at once: bulk). */
async function seatHolders(
  tx: Db,
  subscriptionId: string,
  userIds: string[],
): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await tx
    .select({ userId: vsSeatAssignments.userId })
    .from(vsSeatAssignments)
    .where(
      and(
        eq(vsSeatAssignments.subscriptionId, subscriptionId),
        inArray(vsSeatAssignments.userId, userIds),
      ),
    );
  return new Set(rows.map((r) => r.userId));
}

/** ALREADY_HOLDS_SEAT is about the chosen user, so it shows at the user field too. */
const refuseAssignment = (reason: 'NO_FREE_SEAT' | 'ALREADY_HOLDS_SEAT') =>
  refused(reason, reason === 'ALREADY_HOLDS_SEAT' ? { field: 'userId' } : {});

/** VS-2: a free seat to a directory user; assigning activates the benefit (MEM-4). */
export async function assignSeat(
  tx: Db,
  ctx: ActorContext,
  input: { subscriptionId: string; userId: string },
): Promise<VsSeat> {
  const { companyId } = ctx.session;
  await requireActivationHere(tx, companyId);
  const holder = await requireDirectoryUser(tx, companyId, input.userId);
  const subscription = await lockSubscription(tx, companyId, input.subscriptionId, holder.id);
  const decision = checkSeatAssignment(subscription);
  if (!decision.allowed) throw refuseAssignment(decision.reason);
  const [inserted] = await tx
    .insert(vsSeatAssignments)
    .values({
      companyId,
      subscriptionId: subscription.id,
      userId: holder.id,
      assignedAt: ctx.clock.now(),
    })
    .returning(writtenSeatColumns);
  const seat = toVsSeat({ ...inserted!, holder });
  await recordFirstUse(tx, ctx, subscription.packageId, 'activated');
  await tellNewHolder(tx, ctx.clock, seatNotice(subscription, seat.id), holder);
  await recordAudit(tx, ctx, {
    action: 'visualStudio.assign',
    targetType: 'vsSeat',
    targetId: seat.id,
    targetName: seat.holder.displayName,
    after: seat,
  });
  return seatAt(seat, ctx.clock.now());
}

/**
 * The seat as the caller saw it, locked with its subscription: NOT_FOUND when gone, SEAT_CHANGED
 * when another holder has it by now, SEAT_LOCKED (with `unlocksAt`) before 90 days (VS-5).
 * `newHolderId`: whose seat of the subscription to look for too (a reassignment's new holder).
 */
async function lockSeatForChange(
  tx: Db,
  ctx: ActorContext,
  input: { seatId: string; currentHolderId: string },
  newHolderId?: string,
) {
  const { companyId } = ctx.session;
  const [found] = await tx
    .select({ subscriptionId: vsSeatAssignments.subscriptionId })
    .from(vsSeatAssignments)
    .where(and(eq(vsSeatAssignments.id, input.seatId), eq(vsSeatAssignments.companyId, companyId)));
  if (!found) throw new AppError('NOT_FOUND', 'Seat not found');
  const subscription = await lockSubscription(tx, companyId, found.subscriptionId, newHolderId);
  // Read again under the lock: a concurrent change may have moved or freed the seat.
  const [row] = await selectSeats(tx, companyId, { seatId: input.seatId });
  if (!row) throw new AppError('NOT_FOUND', 'Seat not found');
  const seat = toVsSeat(row);
  if (seat.holder.id !== input.currentHolderId) throw refused('SEAT_CHANGED');
  const change = checkSeatChange({ assignedAt: row.assignedAt, now: ctx.clock.now() });
  if (!change.allowed) throw refused(change.reason, { details: { unlocksAt: seat.unlocksAt } });
  return { seat, holder: row.holder, subscription };
}

/** VS-5: the seat to another directory user, keeping its original assignment date. */
export async function reassignSeat(
  tx: Db,
  ctx: ActorContext,
  input: { seatId: string; currentHolderId: string; userId: string },
): Promise<VsSeat> {
  const { companyId } = ctx.session;
  const holder = await requireDirectoryUser(tx, companyId, input.userId);
  const {
    seat: before,
    holder: formerHolder,
    subscription,
  } = await lockSeatForChange(tx, ctx, input, holder.id);
  if (subscription.userHoldsSeat) throw refuseAssignment('ALREADY_HOLDS_SEAT');
  const [updated] = await tx
    .update(vsSeatAssignments)
    .set({ userId: holder.id, reassignedAt: ctx.clock.now() })
    .where(eq(vsSeatAssignments.id, before.id))
    .returning(writtenSeatColumns);
  const after = toVsSeat({ ...updated!, holder });
  const notice = seatNotice(subscription, after.id);
  await tellNewHolder(tx, ctx.clock, notice, holder);
  await tellFormerHolder(tx, ctx.clock, notice, formerHolder, holder.displayName);
  await recordAudit(tx, ctx, {
    action: 'visualStudio.reassign',
    targetType: 'vsSeat',
    targetId: after.id,
    targetName: after.holder.displayName,
    before,
    after,
  });
  return seatAt(after, ctx.clock.now());
}

/** VS-5 applies to unassigning too: the seat is freed only 90 days after its original assignment. */
export async function unassignSeat(
  tx: Db,
  ctx: ActorContext,
  input: { seatId: string; currentHolderId: string },
): Promise<void> {
  const { seat } = await lockSeatForChange(tx, ctx, input);
  await tx.delete(vsSeatAssignments).where(eq(vsSeatAssignments.id, seat.id));
  await recordAudit(tx, ctx, {
    action: 'visualStudio.unassign',
    targetType: 'vsSeat',
    targetId: seat.id,
    targetName: seat.holder.displayName,
    before: seat,
  });
}

/**
 * Several users at once, by email. Decision: per line, not all-or-nothing: the lines that can be
 * assigned are, the others say why, all in this one transaction under the subscription lock, so
 * a dry run answers exactly what the real run would do at that moment, and writes nothing.
 */
export async function bulkAssignSeats(
  tx: Db,
  ctx: ActorContext,
  input: { subscriptionId: string; emails: string[]; dryRun: boolean },
): Promise<BulkAssignResult> {
  const { companyId } = ctx.session;
  await requireActivationHere(tx, companyId);
  const found = await tx
    .select(directoryUserColumns)
    .from(users)
    .where(and(eq(users.companyId, companyId), inArray(users.email, input.emails)));
  const byEmail = new Map(found.map((u) => [u.email, u]));
  const byId = new Map(found.map((u) => [u.id, u]));
  const subscription = await lockSubscription(tx, companyId, input.subscriptionId);
  const plan = planBulkAssignment({
    seatsTotal: subscription.seatsTotal,
    seatsUsed: subscription.seatsUsed,
    holderIds: await seatHolders(
      tx,
      subscription.id,
      found.map((u) => u.id),
    ),
    requests: input.emails.map((email) => ({ email, user: byEmail.get(email) ?? null })),
  });
  const toAssign = plan.flatMap((row) =>
    row.outcome === 'assigned' && row.user ? [row.user] : [],
  );
  if (!input.dryRun && toAssign.length > 0) {
    const now = ctx.clock.now();
    const inserted = await tx
      .insert(vsSeatAssignments)
      .values(
        toAssign.map((user) => ({
          companyId,
          subscriptionId: subscription.id,
          userId: user.id,
          assignedAt: now,
        })),
      )
      .returning({ ...writtenSeatColumns, userId: vsSeatAssignments.userId });
    await recordFirstUse(tx, ctx, subscription.packageId, 'activated');
    for (const { userId, ...row } of inserted) {
      const holder = byId.get(userId)!;
      const seat = toVsSeat({ ...row, holder });
      await tellNewHolder(tx, ctx.clock, seatNotice(subscription, seat.id), holder);
      await recordAudit(tx, ctx, {
        action: 'visualStudio.assign',
        targetType: 'vsSeat',
        targetId: seat.id,
        targetName: seat.holder.displayName,
        after: seat,
      });
    }
  }
  return {
    dryRun: input.dryRun,
    rows: plan.map((row) => ({
      email: row.email,
      displayName: row.user?.displayName ?? null,
      outcome: row.outcome,
    })),
    assigned: toAssign.length,
  };
}
