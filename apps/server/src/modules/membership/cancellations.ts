// MEM-4 cancellation requests: made within the refund window, then moved on by two durable jobs
// Submitted → In review → Refunded (the offer ends) or Rejected with the reason.
import { Id, type BenefitPackage, type Cancellation } from '@pbc/contract';
import { decideCancellation, isoDay } from '@pbc/rules';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { AppError, refused } from '../../errors.js';
import type { Fulfilment } from '../../jobs/fulfilment.js';
import { defineJob, enqueue, jobStatus, type JobDeps } from '../../jobs/queue.js';
import { jobActor, recordAudit, type ActorContext } from '../audit/audit.js';
import { getPackage } from './packages.js';
import { withdrawPackage } from './provisioning.js';
import { benefitPackages, cancellationRequests, membershipOffers } from './schema.js';

type RequestRow = typeof cancellationRequests.$inferSelect;

/** A request as its requester sees it, with where its job stands until it is decided. */
export async function toCancellation(
  db: Db,
  now: Date,
  request: RequestRow,
): Promise<Cancellation> {
  const status =
    request.jobName && request.jobId && !request.decidedAt
      ? await jobStatus(db, { now: () => now }, request.jobName, request.jobId)
      : null;
  return {
    id: request.id,
    status: request.status,
    requestedAt: request.requestedAt.toISOString(),
    inReviewAt: request.inReviewAt?.toISOString() ?? null,
    decidedAt: request.decidedAt?.toISOString() ?? null,
    rejectionReason: request.rejectionReason,
    progress: status
      ? {
          expectedBy: status.dueAt.toISOString(),
          attempts: status.attempts,
          error: status.error,
          failed: status.state === 'failed',
        }
      : null,
  };
}

/**
 * A job that moves a request on from `from` with `next` (once: see `moveCancellation`), in the
 * transaction that completes the job.
 */
const cancellationStep = (
  name: string,
  from: RequestRow['status'],
  next: (tx: Db, deps: JobDeps, request: RequestRow) => Promise<Partial<RequestRow>>,
) =>
  defineJob({
    name,
    data: z.object({ requestId: Id }),
    retry: { limit: 5, delaySeconds: 30 },
    leaseSeconds: 60,
    handle: (job, deps) =>
      job.transaction((tx) =>
        moveCancellation(tx, deps, job.id, job.data.requestId, from, (request) =>
          next(tx, deps, request),
        ),
      ),
  });

/** Takes a submitted request into review (MEM-4), after the review desk's delay. */
export const reviewCancellation = cancellationStep(
  'membership.reviewCancellation',
  'submitted',
  async (tx, deps, request) => ({
    status: 'in_review',
    inReviewAt: deps.clock.now(),
    jobName: settleCancellation.name,
    jobId: await enqueueStep(tx, deps, settleCancellation, request.id, 'cancellation.settle'),
  }),
);

/**
 * Decides a request in review (MEM-4): refunded, and the package's benefits withdrawn, unless a
 * key was viewed or a benefit activated since the request.
 */
export const settleCancellation = cancellationStep(
  'membership.settleCancellation',
  'in_review',
  async (tx, deps, request) => {
    const now = deps.clock.now();
    const [pkg] = await tx
      .select()
      .from(benefitPackages)
      .where(eq(benefitPackages.id, request.packageId))
      .for('update');
    const decision = decideCancellation(pkg!);
    const refunded = decision.outcome === 'refunded';
    await tx
      .update(benefitPackages)
      .set({ status: refunded ? 'cancelled' : 'active' })
      .where(eq(benefitPackages.id, pkg!.id));
    if (!refunded) return { status: 'rejected', decidedAt: now, rejectionReason: decision.reason };
    // The company no longer holds the offer: its benefits go with it (MEM-8).
    await tx
      .update(membershipOffers)
      .set({ endedOn: isoDay(now) })
      .where(eq(membershipOffers.id, pkg!.offerId));
    await withdrawPackage(tx, pkg!.companyId, pkg!.id);
    return { status: 'refunded', decidedAt: now };
  },
);

/** Both steps' jobs, for the registry. */
export const cancellationJobs = [reviewCancellation, settleCancellation];

type Step = typeof reviewCancellation | typeof settleCancellation;

function enqueueStep(
  tx: Db,
  deps: { clock: JobDeps['clock']; fulfilment: Fulfilment },
  job: Step,
  requestId: string,
  step: Parameters<Fulfilment['delayMs']>[0],
): Promise<string | null> {
  const runAt = new Date(deps.clock.now().getTime() + deps.fulfilment.delayMs(step));
  return enqueue(tx, deps.clock, job, { requestId }, { runAt });
}

/**
 * Moves a request on from `from`, once: locked, and left alone when it is not (or no longer) in
 * `from`, so a job run twice changes nothing twice. Audited as the system, with before and after.
 */
async function moveCancellation(
  tx: Db,
  deps: JobDeps,
  jobId: string,
  requestId: string,
  from: RequestRow['status'],
  next: (request: RequestRow) => Promise<Partial<RequestRow>>,
): Promise<void> {
  const [request] = await tx
    .select()
    .from(cancellationRequests)
    .where(eq(cancellationRequests.id, requestId))
    .for('update');
  if (!request || request.status !== from) return;
  const changes = await next(request);
  const decided = changes.status === 'refunded' || changes.status === 'rejected';
  const [after] = await tx
    .update(cancellationRequests)
    .set(decided ? { ...changes, jobName: null, jobId: null } : changes)
    .where(eq(cancellationRequests.id, request.id))
    .returning();
  const actor = jobActor(request.companyId, jobId, deps.clock);
  const pkg = await getPackage(tx, request.companyId, request.packageId, deps.clock.now());
  await recordAudit(tx, actor, {
    action: `membership.cancellation.${after!.status}`,
    targetType: 'package',
    targetId: request.packageId,
    targetName: pkg.competencyArea,
    before: { status: request.status },
    after: { status: after!.status, rejectionReason: after!.rejectionReason },
  });
}

export async function requestCancellation(
  tx: Db,
  ctx: ActorContext & { fulfilment: Fulfilment },
  input: { packageId: string; reason?: string | undefined },
): Promise<BenefitPackage> {
  const { companyId, userId } = ctx.session;
  const now = ctx.clock.now();
  const [locked] = await tx
    .select({ id: benefitPackages.id })
    .from(benefitPackages)
    .where(and(eq(benefitPackages.id, input.packageId), eq(benefitPackages.companyId, companyId)))
    .for('update');
  if (!locked) throw new AppError('NOT_FOUND', 'Package not found');
  const before = await getPackage(tx, companyId, input.packageId, now);
  if (before.status === 'cancelled') throw refused('PACKAGE_REFUNDED');
  // The 30-day window is judged now, at the request (MEM-4), not when it is processed.
  if (!before.refund.eligible && before.refund.reason) throw refused(before.refund.reason);
  const inserted = await tx
    .insert(cancellationRequests)
    .values({
      companyId,
      packageId: before.id,
      reason: input.reason || null,
      requestedBy: userId,
      requestedAt: now,
    })
    .onConflictDoNothing()
    .returning({ id: cancellationRequests.id });
  if (inserted.length === 0) throw refused('CANCELLATION_ALREADY_REQUESTED');
  const requestId = inserted[0]!.id;
  const jobId = await enqueueStep(tx, ctx, reviewCancellation, requestId, 'cancellation.review');
  await tx
    .update(cancellationRequests)
    .set({ jobName: reviewCancellation.name, jobId })
    .where(eq(cancellationRequests.id, requestId));
  await tx
    .update(benefitPackages)
    .set({ status: 'cancellation_requested' })
    .where(eq(benefitPackages.id, before.id));
  const after = await getPackage(tx, companyId, before.id, now);
  await recordAudit(tx, ctx, {
    action: 'membership.requestCancellation',
    targetType: 'package',
    targetId: after.id,
    targetName: after.competencyArea,
    before,
    after,
  });
  return after;
}
