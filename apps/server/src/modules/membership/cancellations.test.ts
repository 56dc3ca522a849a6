// MEM-4 cancellation requests, moved on by durable jobs: Submitted → In review → Refunded,
// or Rejected when a benefit of the package was used meanwhile; each step audited and visible.
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.js';
import { auditEvents } from '../audit/schema.js';
import { cancellationRequests } from './schema.js';
import { seed } from '../../db/seed.js';
import { demoBenefits, CONTOSO_ID, demoUsers, seedId } from '../../db/seed-ids.js';
import { fixedDelay } from '../../jobs/fulfilment.js';
import { advanceWaitingJobs, JobRunner } from '../../jobs/queue.js';
import { allJobs } from '../../jobs/registry.js';
import { reviewCancellation, settleCancellation } from './cancellations.js';
import { days, testClock } from '../../test/clock.js';
import { testDatabases } from '../../test/databases.js';
import { failure } from '../../test/failure.js';
import { sessionOf } from '../../test/sessions.js';
import { createContextInner, type Session } from '../../trpc/context.js';
import { createCaller } from '../../trpc/router.js';

const rowsOf = (result: unknown) =>
  Array.isArray(result) ? result : (result as { rows: unknown[] }).rows;

/** The review desk takes two days for each step. */
const stepMs = days(2);

describe.each(testDatabases())('MEM-4 cancellations on $kind', ({ open }) => {
  let database: Database;
  let dispose: () => Promise<void>;
  const clock = testClock();
  const fulfilment = fixedDelay(stepMs);
  let admin: Session;
  let partnerAdmin: Session;
  let runner: JobRunner;
  const callerFor = (session: Session) =>
    createCaller(createContextInner({ db: database.db, clock, fulfilment, session }));
  /** Time passes for the clock and the queue alike, then the worker runs what is due. */
  const pass = async (ms: number) => {
    clock.advance(ms);
    await advanceWaitingJobs(database.db, ms);
    return runner.runDue();
  };
  const packageOf = async (id: string) =>
    (await callerFor(admin).membership.packages()).items.find((p) => p.id === id)!;
  const auditOf = (packageId: string) =>
    database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.companyId, CONTOSO_ID), eq(auditEvents.targetId, packageId)))
      .orderBy(auditEvents.at);

  beforeAll(async () => {
    ({ database, dispose } = await open());
    await seed(database.db, clock.now());
    admin = await sessionOf(database.db, demoUsers.globalAdmin.id);
    partnerAdmin = await sessionOf(database.db, demoUsers.partnerAdmin.id);
    runner = new JobRunner({ db: database.db, clock, fulfilment }, allJobs);
  });
  afterAll(() => dispose());

  it('MEM-4 X-4 a request moves Submitted → In review → Refunded by itself, each step shown with its time', async () => {
    const bought = await callerFor(partnerAdmin).membership.purchase({
      offerType: 'gold',
      competencyArea: 'Security',
    });
    clock.advance(60_000);
    const requestedAt = clock.now();
    const submitted = await callerFor(partnerAdmin).membership.requestCancellation({
      packageId: bought.id,
    });
    expect(submitted.status).toBe('cancellation_requested');
    expect(submitted.cancellation).toMatchObject({
      status: 'submitted',
      requestedAt: requestedAt.toISOString(),
      inReviewAt: null,
      decidedAt: null,
      progress: { attempts: 0, error: null, failed: false },
    });
    // Expected when the desk's two days are over, on the server's clock.
    const expectedBy = Date.parse(submitted.cancellation!.progress!.expectedBy);
    expect(Math.abs(expectedBy - (requestedAt.getTime() + stepMs))).toBeLessThan(60_000);

    expect(await pass(days(1))).toBe(0);
    expect((await packageOf(bought.id)).cancellation?.status).toBe('submitted');

    expect(await pass(days(1) + 1000)).toBe(1);
    const inReview = await packageOf(bought.id);
    expect(inReview.cancellation).toMatchObject({
      status: 'in_review',
      inReviewAt: clock.now().toISOString(),
      decidedAt: null,
      progress: { attempts: 0, failed: false },
    });
    const settleBy = Date.parse(inReview.cancellation!.progress!.expectedBy);
    expect(Math.abs(settleBy - (clock.now().getTime() + stepMs))).toBeLessThan(60_000);

    expect(await pass(stepMs + 1000)).toBe(1);
    const refunded = await packageOf(bought.id);
    expect(refunded).toMatchObject({
      status: 'cancelled',
      cancellation: {
        status: 'refunded',
        decidedAt: clock.now().toISOString(),
        rejectionReason: null,
        progress: null,
      },
    });
    // Its benefits are withdrawn: the company no longer holds the offer.
    const overview = await callerFor(admin).membership.overview();
    expect(overview.offers.map((o) => o.competencyArea)).not.toContain('Security');
    const entitlements = await callerFor(admin).membership.entitlements();
    expect(entitlements.items.some((e) => e.id.startsWith(`${refunded.id}:`))).toBe(false);

    const events = await auditOf(bought.id);
    expect(events.map((e) => [e.action, e.actorUserId])).toEqual([
      ['membership.purchase', demoUsers.partnerAdmin.id],
      ['membership.requestCancellation', demoUsers.partnerAdmin.id],
      ['membership.cancellation.in_review', null],
      ['membership.cancellation.refunded', null],
    ]);
    expect(events.at(-1)).toMatchObject({
      before: { status: 'in_review' },
      after: { status: 'refunded', rejectionReason: null },
    }); // A refunded package is not cancelled twice.
    const again = await failure(
      callerFor(partnerAdmin).membership.requestCancellation({ packageId: bought.id }),
    );
    expect(again).toMatchObject({ code: 'CONFLICT', details: { reason: 'PACKAGE_REFUNDED' } });
  });

  it('X-4 a request whose job failed for good shows it: the attempts and the error, not "expected by"', async () => {
    const bought = await callerFor(partnerAdmin).membership.purchase({
      offerType: 'gold',
      competencyArea: 'Data Platform',
    });
    await callerFor(partnerAdmin).membership.requestCancellation({ packageId: bought.id });
    const [request] = await database.db
      .select()
      .from(cancellationRequests)
      .where(eq(cancellationRequests.packageId, bought.id));
    // As pg-boss leaves a job after its last attempt (its retries are real minutes, queue.test.ts
    // proves them): failed, with the last error as its output.
    await database.db.execute(
      sql`update pgboss.job set state = 'failed', started_on = now(), retry_count = 5,
          output = '{"message": "The review desk did not answer"}'::jsonb where id = ${request!.jobId}`,
    );
    expect((await packageOf(bought.id)).cancellation).toMatchObject({
      status: 'submitted',
      progress: { failed: true, attempts: 6, error: 'The review desk did not answer' },
    });
  });

  it('MEM-4 a key viewed while the request is in review rejects it with that reason; the package stays', async () => {
    // Contoso's Silver package, bought 10 days before the seed's day: refundable.
    const silver = seedId('package', 1, 2);
    await callerFor(partnerAdmin).membership.requestCancellation({ packageId: silver });
    expect(await pass(stepMs + 1000)).toBe(1);
    // SQL Server 2019 Standard is a Silver benefit: its first key view ends the refund (MEM-4).
    await callerFor(partnerAdmin).software.revealKeys({
      benefitId: demoBenefits.software.sqlStandard,
    });
    expect(await pass(stepMs + 1000)).toBe(1);
    expect(await packageOf(silver)).toMatchObject({
      status: 'active',
      cancellation: { status: 'rejected', rejectionReason: 'KEY_VIEWED', progress: null },
    });
    const overview = await callerFor(admin).membership.overview();
    expect(overview.offers.map((o) => o.competencyArea)).toContain('Data Analytics');
    expect((await auditOf(silver)).at(-1)).toMatchObject({
      action: 'membership.cancellation.rejected',
      after: { status: 'rejected', rejectionReason: 'KEY_VIEWED' },
    });
  });

  it('MEM-4 the 30-day window is judged at the request: a request on day 29 processed on day 33 is refunded', async () => {
    const bought = await callerFor(partnerAdmin).membership.purchase({
      offerType: 'silver',
      competencyArea: 'Messaging',
    });
    clock.advance(days(29));
    await callerFor(partnerAdmin).membership.requestCancellation({ packageId: bought.id });
    await pass(stepMs + 1000);
    await pass(stepMs + 1000);
    expect((await packageOf(bought.id)).cancellation).toMatchObject({ status: 'refunded' });
  });

  it('X-4 a step delivered twice changes nothing twice', async () => {
    const bought = await callerFor(partnerAdmin).membership.purchase({
      offerType: 'gold',
      competencyArea: 'DevOps',
    });
    await callerFor(partnerAdmin).membership.requestCancellation({ packageId: bought.id });
    const [request] = await database.db
      .select()
      .from(cancellationRequests)
      .where(eq(cancellationRequests.packageId, bought.id));
    // The same job run again after its effect committed (pg-boss delivers at least once).
    const deps = { db: database.db, clock, fulfilment };
    const redeliver = () =>
      reviewCancellation.handle(
        {
          id: request!.jobId!,
          data: { requestId: request!.id },
          retryCount: 0,
          transaction: (work) => database.db.transaction(work),
        },
        deps,
      );
    await redeliver();
    await redeliver();
    const events = await auditOf(bought.id);
    expect(events.filter((e) => e.action === 'membership.cancellation.in_review')).toHaveLength(1);
    const settleJobs = await database.db.execute(
      sql`select id from pgboss.job where name = ${settleCancellation.name} and data->>'requestId' = ${request!.id}`,
    );
    expect(rowsOf(settleJobs)).toHaveLength(1);
  });
});
