// Visual Studio seats through the procedures: VS-1…VS-5, ROLE-3, AZ-3, MEM-1, MEM-4, X-2, X-3,
// and on PostgreSQL the concurrency proof of VS-4.
import type { TRPCError } from '@trpc/server';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.js';
import { auditEvents } from '../audit/schema.js';
import { users } from '../identity/schema.js';
import { benefitPackages } from '../membership/schema.js';
import { mailOutbox } from '../mail/schema.js';
import { vsSeatAssignments, vsSubscriptions } from './schema.js';
import { subscriberPortal } from './mail.js';
import { seed } from '../../db/seed.js';
import {
  CONTOSO_ID,
  demoBenefits,
  demoUsers,
  FABRIKAM_ADMIN_ID,
  seedId,
} from '../../db/seed-ids.js';
import { days, testClock } from '../../test/clock.js';
import { testDatabases } from '../../test/databases.js';
import { failure } from '../../test/failure.js';
import { grantedBy } from '../../test/grants.js';
import { sessionOf } from '../../test/sessions.js';
import { createContextInner, type Clock, type Session } from '../../trpc/context.js';
import { createCaller } from '../../trpc/router.js';

const enterprise = demoBenefits.visualStudio.goldEnterprise;
/** Contoso's Silver Enterprise seats: none taken, its package still refundable (MEM-5). */
const silver = demoBenefits.visualStudio.silverEnterprise;
/** Megan Bowen's Enterprise seat, assigned 2026-07-06: more than 90 days before the test clock. */
const oldSeat = { seatId: seedId('vsSeat', 1, 1), currentHolderId: seedId('user', 1, 1) };

/** Inserts `count` directory users of Contoso and answers their ids. */
async function addUsers(db: Database['db'], prefix: string, count: number): Promise<string[]> {
  const rows = await db
    .insert(users)
    .values(
      Array.from({ length: count }, (_, i) => ({
        companyId: CONTOSO_ID,
        email: `${prefix}.${i}@contoso.example`,
        displayName: `${prefix} ${i}`,
        kind: i % 2 === 0 ? ('member' as const) : ('guest' as const),
      })),
    )
    .returning({ id: users.id });
  return rows.map((r) => r.id);
}

/** A Contoso Gold subscription with `seats` seats and none assigned. */
async function addSubscription(db: Database['db'], seats: number): Promise<string> {
  const [row] = await db
    .insert(vsSubscriptions)
    .values({
      companyId: CONTOSO_ID,
      // Of no package: several tests add one of the same size.
      ...grantedBy(`Visual Studio Test ${seats}`),
      edition: `Visual Studio Test ${seats}`,
      seatsTotal: seats,
      offerType: 'gold',
      benefitType: 'core',
      expiresOn: '2027-07-01',
    })
    .returning({ id: vsSubscriptions.id });
  return row!.id;
}

describe.each(testDatabases())('visual studio seats on $kind', ({ kind, open }) => {
  let database: Database;
  let dispose: () => Promise<void>;
  const clock = testClock();
  const sessions = {} as Record<'admin' | 'partnerAdmin' | 'employee' | 'fabrikam', Session>;
  const callerFor = (session: Session, options: { clock?: Clock; idempotencyKey?: string } = {}) =>
    createCaller(
      createContextInner({
        db: database.db,
        clock: options.clock ?? clock,
        session,
        request: { idempotencyKey: options.idempotencyKey ?? null },
      }),
    );
  const admin = (options?: { clock?: Clock; idempotencyKey?: string }) =>
    callerFor(sessions.admin, options);
  const seatCount = (subscriptionId: string) =>
    database.db.$count(vsSeatAssignments, eq(vsSeatAssignments.subscriptionId, subscriptionId));
  const auditCount = (action: string) =>
    database.db.$count(
      auditEvents,
      and(eq(auditEvents.companyId, CONTOSO_ID), eq(auditEvents.action, action)),
    );

  beforeAll(async () => {
    ({ database, dispose } = await open({ maxConnections: 40 }));
    await seed(database.db, clock.now());
    sessions.admin = await sessionOf(database.db, demoUsers.globalAdmin.id);
    sessions.partnerAdmin = await sessionOf(database.db, demoUsers.partnerAdmin.id);
    sessions.employee = await sessionOf(database.db, demoUsers.employee.id);
    sessions.fabrikam = await sessionOf(database.db, FABRIKAM_ADMIN_ID);
  });
  afterAll(() => dispose());

  it('VS-1 lists seats total and used, and MEM-5 the refund an assignment would void', async () => {
    const { items } = await callerFor(sessions.employee).visualStudio.list();
    // MEM-8: Silver grants 5 Enterprise seats, Gold 10; four Gold seats are taken.
    expect(items.map((i) => [i.edition, i.offerType, i.seatsTotal, i.seatsUsed])).toEqual([
      ['Visual Studio Enterprise', 'silver', 5, 0],
      ['Visual Studio Enterprise', 'gold', 10, 4],
    ]);
    // The Gold package was activated long ago; the Silver one was bought 10 days ago.
    expect(items.find((i) => i.id === enterprise)!.refundAtRisk).toBeNull();
    expect(items.find((i) => i.id === silver)!.refundAtRisk).toEqual({
      packageId: seedId('package', 1, 2),
      refundableUntil: new Date(clock.now().getTime() + days(20)).toISOString(),
    });
  });

  it('VS-1 a subscription expands to its seats, who holds each and when it unlocks (VS-5)', async () => {
    const { items } = await callerFor(sessions.employee).visualStudio.seats({
      subscriptionId: enterprise,
    });
    expect(
      items.map((s) => [s.holder.displayName, s.holder.kind, s.assignedAt, s.unlocksAt]),
    ).toEqual([
      ['Megan Bowen', 'member', '2026-07-06T09:00:00.000Z', '2026-10-04T09:00:00.000Z'],
      ['Alex Wilber', 'member', '2026-07-06T09:05:00.000Z', '2026-10-04T09:05:00.000Z'],
      ['Diego Siciliani', 'member', '2026-08-17T08:00:00.000Z', '2026-11-15T08:00:00.000Z'],
      ['Adele Vance (Northwind)', 'guest', '2026-10-19T14:30:00.000Z', '2027-01-17T14:30:00.000Z'],
    ]);
  });

  it('VS-5 the seats answer says which seats can change hands, judged by the server\'s clock', async () => {
    const reassignable = async (at: Clock) =>
      (
        await callerFor(sessions.employee, { clock: at }).visualStudio.seats({
          subscriptionId: enterprise,
        })
      ).items.map((s) => [s.holder.displayName, s.reassignable]);
    // Assigned 2026-07-06 and 2026-08-17 (more than 90 days before the clock) and 2026-10-19 (36 days before).
    expect(await reassignable(clock)).toEqual([
      ['Megan Bowen', true],
      ['Alex Wilber', true],
      ['Diego Siciliani', true],
      ['Adele Vance (Northwind)', false],
    ]);
    const later = testClock(new Date(clock.now().getTime() + days(91)));
    expect(await reassignable(later)).toEqual([
      ['Megan Bowen', true],
      ['Alex Wilber', true],
      ['Diego Siciliani', true],
      ['Adele Vance (Northwind)', true],
    ]);
  });

  it('ROLE-3 only a Global admin assigns: an MPN partner admin is refused with whom to ask', async () => {
    const refusal = await failure(
      callerFor(sessions.partnerAdmin).visualStudio.assign({
        subscriptionId: enterprise,
        userId: demoUsers.employee.id,
      }),
    );
    expect(refusal).toMatchObject({
      code: 'FORBIDDEN',
      details: { anyOf: ['global_admin'], globalAdmins: expect.any(Array) },
    });
    expect(await seatCount(enterprise)).toBe(4);
  });

  it('VS-2 assigns a free seat to a guest (AZ-3), audits it and ends the refund (MEM-4)', async () => {
    const before = await auditCount('visualStudio.assign');
    const seat = await admin().visualStudio.assign({
      subscriptionId: silver,
      userId: demoUsers.guest.id,
    });
    expect(seat).toMatchObject({
      subscriptionId: silver,
      holder: { id: demoUsers.guest.id, kind: 'guest' },
      assignedAt: clock.now().toISOString(),
      holderSince: clock.now().toISOString(),
      unlocksAt: new Date(clock.now().getTime() + days(90)).toISOString(),
    });
    expect(await seatCount(silver)).toBe(1);
    expect(await auditCount('visualStudio.assign')).toBe(before + 1);
    const [silverPackage] = await database.db
      .select({ firstActivatedAt: benefitPackages.firstActivatedAt })
      .from(benefitPackages)
      .where(eq(benefitPackages.id, seedId('package', 1, 2)));
    expect(silverPackage!.firstActivatedAt).toEqual(clock.now());
    const { items } = await admin().visualStudio.list();
    expect(items.find((i) => i.id === silver)!.refundAtRisk).toBeNull();
  });

  it('VS-2 refuses a user who already holds a seat of the subscription, at the user field', async () => {
    const refusal = await failure(
      admin().visualStudio.assign({ subscriptionId: enterprise, userId: seedId('user', 1, 1) }),
    );
    expect(refusal).toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'ALREADY_HOLDS_SEAT' },
      fieldErrors: { userId: [expect.any(String)] },
    });
  });

  it('ROLE-8 a user of another company is not in the directory: NOT_FOUND at the user field', async () => {
    const refusal = await failure(
      admin().visualStudio.assign({ subscriptionId: enterprise, userId: FABRIKAM_ADMIN_ID }),
    );
    expect(refusal).toMatchObject({
      code: 'NOT_FOUND',
      fieldErrors: { userId: [expect.any(String)] },
    });
    expect(await seatCount(enterprise)).toBe(4);
  });

  it('MEM-1 a company still in Partner Membership Center assigns no seat here', async () => {
    const refusal = await failure(
      callerFor(sessions.fabrikam).visualStudio.assign({
        subscriptionId: demoBenefits.visualStudio.fabrikamProfessional,
        userId: seedId('user', 2, 2),
      }),
    );
    expect(refusal).toMatchObject({ code: 'CONFLICT', details: { reason: 'PMC_NOT_MIGRATED' } });
  });

  it('VS-4 refuses an assignment when no seat is free', async () => {
    const subscription = await addSubscription(database.db, 1);
    const [first, second] = await addUsers(database.db, 'full', 2);
    await admin().visualStudio.assign({ subscriptionId: subscription, userId: first! });
    const refusal = await failure(
      admin().visualStudio.assign({ subscriptionId: subscription, userId: second! }),
    );
    expect(refusal).toMatchObject({ code: 'CONFLICT', details: { reason: 'NO_FREE_SEAT' } });
    expect(await seatCount(subscription)).toBe(1);
  });

  it('X-3 an assignment retried with its Idempotency-Key takes one seat and answers the same', async () => {
    const [user] = await addUsers(database.db, 'retry', 1);
    const input = { subscriptionId: enterprise, userId: user! };
    const first = await admin({ idempotencyKey: 'vs-assign-1' }).visualStudio.assign(input);
    const again = await admin({ idempotencyKey: 'vs-assign-1' }).visualStudio.assign(input);
    expect(again).toEqual(first);
    expect(await seatCount(enterprise)).toBe(5);
  });

  it('VS-5 refuses a reassignment before 90 days with the unlock date, allows it from day 90', async () => {
    const moving = testClock(clock.now());
    const [holder, next] = await addUsers(database.db, 'early', 2);
    const seat = await admin({ clock: moving }).visualStudio.assign({
      subscriptionId: enterprise,
      userId: holder!,
    });
    const reassign = () =>
      admin({ clock: moving }).visualStudio.reassign({
        seatId: seat.id,
        currentHolderId: holder!,
        userId: next!,
      });
    moving.advance(days(89));
    expect(await failure(reassign())).toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'SEAT_LOCKED', unlocksAt: seat.unlocksAt },
    });
    moving.advance(days(1));
    const moved = await reassign();
    expect(moved).toMatchObject({
      id: seat.id,
      holder: { id: next },
      assignedAt: seat.assignedAt,
      holderSince: moving.now().toISOString(),
    });
  });

  it('VS-5 a reassignment keeps the original date: the seat can move on again at once', async () => {
    const before = await auditCount('visualStudio.reassign');
    const toEmployee = await admin().visualStudio.reassign({
      ...oldSeat,
      userId: demoUsers.employee.id,
    });
    expect(toEmployee).toMatchObject({
      holder: { id: demoUsers.employee.id },
      assignedAt: '2026-07-06T09:00:00.000Z',
      holderSince: clock.now().toISOString(),
    });
    const back = await admin().visualStudio.reassign({
      seatId: oldSeat.seatId,
      currentHolderId: demoUsers.employee.id,
      userId: oldSeat.currentHolderId,
    });
    expect(back.holder.id).toBe(oldSeat.currentHolderId);
    expect(await auditCount('visualStudio.reassign')).toBe(before + 2);
  });

  it('VS-5 refuses a reassignment of a seat that changed hands since the caller looked', async () => {
    const refusal = await failure(
      admin().visualStudio.reassign({
        seatId: oldSeat.seatId,
        currentHolderId: demoUsers.employee.id,
        userId: demoUsers.agent.id,
      }),
    );
    expect(refusal).toMatchObject({ code: 'CONFLICT', details: { reason: 'SEAT_CHANGED' } });
  });

  it('VS-2 refuses a reassignment to someone who already holds a seat of the subscription', async () => {
    const refusal = await failure(
      admin().visualStudio.reassign({ ...oldSeat, userId: seedId('user', 1, 2) }),
    );
    expect(refusal).toMatchObject({ code: 'CONFLICT', details: { reason: 'ALREADY_HOLDS_SEAT' } });
  });

  it('VS-5 unassigning follows the 90-day rule, then frees the seat and is audited', async () => {
    const moving = testClock(clock.now());
    const [holder] = await addUsers(database.db, 'unassign', 1);
    const seat = await admin({ clock: moving }).visualStudio.assign({
      subscriptionId: enterprise,
      userId: holder!,
    });
    const unassign = () =>
      admin({ clock: moving }).visualStudio.unassign({ seatId: seat.id, currentHolderId: holder! });
    expect(await failure(unassign())).toMatchObject({ details: { reason: 'SEAT_LOCKED' } });
    const used = await seatCount(enterprise);
    moving.advance(days(91));
    await unassign();
    expect(await seatCount(enterprise)).toBe(used - 1);
    expect(await auditCount('visualStudio.unassign')).toBe(1);
    expect(await failure(unassign())).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('VS-6 the new holder is emailed that the seat is theirs and where the portal is; a reassignment tells both, each in their language', async () => {
    const [first, second] = await addUsers(database.db, 'vs6', 2);
    await database.db.update(users).set({ locale: 'zh-CN' }).where(eq(users.id, second!));
    const subscription = await addSubscription(database.db, 5);
    const seat = await admin().visualStudio.assign({
      subscriptionId: subscription,
      userId: first!,
    });
    const mailAbout = () =>
      database.db
        .select()
        .from(mailOutbox)
        .where(eq(mailOutbox.topicId, seat.id))
        .orderBy(mailOutbox.toAddress);
    const assigned = await mailAbout();
    expect(assigned).toHaveLength(1);
    expect(assigned[0]).toMatchObject({
      toAddress: 'vs6.0@contoso.example',
      toName: 'vs6 0',
      locale: 'en-US',
      subject: 'Your Visual Studio Test 5 subscription is ready',
      status: 'queued',
    });
    expect(assigned[0]!.html).toContain(`href="${subscriberPortal}"`);
    expect(assigned[0]!.text).toContain(subscriberPortal);

    // A refused change tells nobody.
    await failure(admin().visualStudio.assign({ subscriptionId: subscription, userId: first! }));
    expect(await mailAbout()).toHaveLength(1);

    const later = { now: () => new Date(clock.now().getTime() + days(91)) };
    await admin({ clock: later }).visualStudio.reassign({
      seatId: seat.id,
      currentHolderId: first!,
      userId: second!,
    });
    const reassigned = (await mailAbout()).filter(
      (m) => m.createdAt.getTime() > clock.now().getTime(),
    );
    expect(reassigned.map((m) => [m.toAddress, m.locale, m.subject])).toEqual([
      ['vs6.0@contoso.example', 'en-US', 'Your Visual Studio Test 5 seat was reassigned'],
      ['vs6.1@contoso.example', 'zh-CN', '你的 Visual Studio Test 5 订阅已就绪'],
    ]);
    expect(reassigned[0]!.text).toContain('to vs6 1');
    expect(reassigned[1]!.html).toContain('<html lang="zh-CN">');
  });

  it('bulk assign: a dry run reports per line and writes nothing; the real run does what it said', async () => {
    const subscription = await addSubscription(database.db, 2);
    const [holder] = await addUsers(database.db, 'bulk', 3);
    await admin().visualStudio.assign({ subscriptionId: subscription, userId: holder! });
    const emails = [
      'bulk.1@contoso.example',
      'nobody@contoso.example',
      'BULK.0@contoso.example',
      'bulk.2@contoso.example',
    ];
    const audits = await auditCount('visualStudio.assign');
    const dry = await admin().visualStudio.bulkAssign({
      subscriptionId: subscription,
      emails,
      dryRun: true,
    });
    const expected = [
      { email: 'bulk.1@contoso.example', displayName: 'bulk 1', outcome: 'assigned' },
      { email: 'nobody@contoso.example', displayName: null, outcome: 'unknown_user' },
      { email: 'bulk.0@contoso.example', displayName: 'bulk 0', outcome: 'already_holds_seat' },
      { email: 'bulk.2@contoso.example', displayName: 'bulk 2', outcome: 'no_free_seat' },
    ];
    expect(dry).toEqual({ dryRun: true, rows: expected, assigned: 1 });
    expect(await seatCount(subscription)).toBe(1);
    expect(await auditCount('visualStudio.assign')).toBe(audits);

    const real = await admin().visualStudio.bulkAssign({
      subscriptionId: subscription,
      emails,
      dryRun: false,
    });
    expect(real).toEqual({ dryRun: false, rows: expected, assigned: 1 });
    expect(await seatCount(subscription)).toBe(2);
    expect(await auditCount('visualStudio.assign')).toBe(audits + 1);
  });

  it('X-3 bulk assign names the field of a malformed email and writes nothing', async () => {
    const refusal = await failure(
      admin().visualStudio.bulkAssign({
        subscriptionId: enterprise,
        emails: ['not-an-email'],
        dryRun: false,
      }),
    );
    expect(refusal.code).toBe('BAD_REQUEST');
    const error = await admin()
      .visualStudio.bulkAssign({ subscriptionId: enterprise, emails: [], dryRun: true })
      .catch((e: TRPCError) => e);
    expect((error as TRPCError).code).toBe('BAD_REQUEST');
  });

  if (kind === 'postgres') {
    it('VS-4 200 concurrent assignments at 10 free seats: exactly 10 pass, 190 find no free seat', async () => {
      const subscription = await addSubscription(database.db, 10);
      const userIds = await addUsers(database.db, 'rush', 200);
      const results = await Promise.allSettled(
        userIds.map((userId) =>
          admin().visualStudio.assign({ subscriptionId: subscription, userId }),
        ),
      );
      const passed = results.filter((r) => r.status === 'fulfilled');
      const refusals = await Promise.all(
        results.flatMap((r) =>
          r.status === 'rejected' ? [failure(Promise.reject(r.reason))] : [],
        ),
      );
      expect(passed).toHaveLength(10);
      expect(refusals).toHaveLength(190);
      expect(
        refusals.every((r) => r.code === 'CONFLICT' && r.details?.reason === 'NO_FREE_SEAT'),
      ).toBe(true);
      expect(await seatCount(subscription)).toBe(10);
    });

    it('VS-4/VS-5 200 concurrent reassignments of one seat: exactly one wins, 199 find it changed', async () => {
      const subscription = await addSubscription(database.db, 1);
      const [holder, ...candidates] = await addUsers(database.db, 'swap', 201);
      const past = testClock(new Date(clock.now().getTime() - days(100)));
      const seat = await admin({ clock: past }).visualStudio.assign({
        subscriptionId: subscription,
        userId: holder!,
      });
      const results = await Promise.allSettled(
        candidates.map((userId) =>
          admin().visualStudio.reassign({ seatId: seat.id, currentHolderId: holder!, userId }),
        ),
      );
      const winners = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
      const refusals = await Promise.all(
        results.flatMap((r) =>
          r.status === 'rejected' ? [failure(Promise.reject(r.reason))] : [],
        ),
      );
      expect(winners).toHaveLength(1);
      expect(refusals).toHaveLength(199);
      expect(
        refusals.every((r) => r.code === 'CONFLICT' && r.details?.reason === 'SEAT_CHANGED'),
      ).toBe(true);
      const { items } = await admin().visualStudio.seats({ subscriptionId: subscription });
      expect(items.map((s) => s.holder.id)).toEqual([winners[0]!.holder.id]);
    });
  }
});
