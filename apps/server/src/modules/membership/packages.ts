// Benefit packages: purchase (ROLE-2, MEM-1, MEM-2) and cancellation with refund (MEM-4): a
// request that two durable jobs move on by themselves, Submitted → In review → Refunded or Rejected.
import {
  Id,
  type BenefitPackage,
  type Cancellation,
  type OfferType,
} from '@pbc/contract';
import {
  checkActivationHere,
  checkOfferPurchase,
  checkRefund,
  decideCancellation,
  isoDay,
  oneYearAfter,
} from '@pbc/rules';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { companies } from '../identity/schema.js';
import { benefitPackages, cancellationRequests, membershipOffers } from './schema.js';
import { AppError, refused } from '../../errors.js';
import type { Fulfilment } from '../../jobs/fulfilment.js';
import { defineJob, enqueue, jobStatus, type JobDeps } from '../../jobs/queue.js';
import { jobActor, recordAudit, type ActorContext } from '../audit/audit.js';

const packageColumns = {
  id: benefitPackages.id,
  offerType: membershipOffers.offerType,
  competencyArea: membershipOffers.competencyArea,
  purchasedAt: benefitPackages.purchasedAt,
  status: benefitPackages.status,
  firstActivatedAt: benefitPackages.firstActivatedAt,
  firstKeyViewedAt: benefitPackages.firstKeyViewedAt,
};

type RequestRow = typeof cancellationRequests.$inferSelect;

/** A request as its requester sees it, with where its job stands until it is decided. */
async function toCancellation(db: Db, request: RequestRow): Promise<Cancellation> {
  const status =
    request.jobName && request.jobId && !request.decidedAt
      ? await jobStatus(db, request.jobName, request.jobId)
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

/** Packages of the company with their refund state at `now` and their latest cancellation request. */
export async function listPackages(
  db: Db,
  companyId: string,
  now: Date,
  packageId?: string,
): Promise<BenefitPackage[]> {
  const rows = await db
    .select(packageColumns)
    .from(benefitPackages)
    .innerJoin(membershipOffers, eq(membershipOffers.id, benefitPackages.offerId))
    .where(
      and(
        eq(benefitPackages.companyId, companyId),
        packageId ? eq(benefitPackages.id, packageId) : undefined,
      ),
    )
    .orderBy(desc(benefitPackages.purchasedAt), desc(benefitPackages.id));
  const requests = await db
    .select()
    .from(cancellationRequests)
    .where(
      and(
        eq(cancellationRequests.companyId, companyId),
        packageId ? eq(cancellationRequests.packageId, packageId) : undefined,
      ),
    )
    .orderBy(desc(cancellationRequests.requestedAt), desc(cancellationRequests.id));
  return Promise.all(
    rows.map(async ({ firstActivatedAt, firstKeyViewedAt, ...row }) => {
      const refund = checkRefund({
        purchasedAt: row.purchasedAt,
        firstActivatedAt,
        firstKeyViewedAt,
        now,
      });
      const request = requests.find((r) => r.packageId === row.id);
      return {
        ...row,
        purchasedAt: row.purchasedAt.toISOString(),
        refund: {
          eligible: refund.allowed,
          reason: refund.allowed ? null : refund.reason,
          refundableUntil: refund.refundableUntil.toISOString(),
        },
        cancellation: request ? await toCancellation(db, request) : null,
      };
    }),
  );
}

async function getPackage(db: Db, companyId: string, packageId: string, now: Date) {
  const [found] = await listPackages(db, companyId, now, packageId);
  if (!found) throw new AppError('NOT_FOUND', 'Package not found');
  return found;
}

export async function purchasePackage(
  tx: Db,
  ctx: ActorContext,
  input: { offerType: OfferType; competencyArea?: string | null | undefined },
): Promise<BenefitPackage> {
  const { companyId } = ctx.session;
  const now = ctx.clock.now();
  // The company row lock serializes purchases, so two Action Packs cannot both pass MEM-2.
  const [company] = await tx
    .select({ pmcMigrated: companies.pmcMigrated })
    .from(companies)
    .where(eq(companies.id, companyId))
    .for('update');
  if (!company) throw new AppError('NOT_FOUND', 'Company not found');
  const here = checkActivationHere(company);
  if (!here.allowed) throw refused(here.reason);
  const held = await tx
    .select({ offerType: membershipOffers.offerType })
    .from(membershipOffers)
    .where(and(eq(membershipOffers.companyId, companyId), isNull(membershipOffers.endedOn)));
  const purchase = checkOfferPurchase(
    held.map((o) => o.offerType),
    input.offerType,
  );
  if (!purchase.allowed) throw refused(purchase.reason);

  const enrollmentStart = isoDay(now);
  const [offer] = await tx
    .insert(membershipOffers)
    .values({
      companyId,
      offerType: input.offerType,
      competencyArea: input.offerType === 'action_pack' ? null : (input.competencyArea ?? null),
      enrollmentStart,
      anniversary: oneYearAfter(enrollmentStart),
      createdAt: now,
    })
    .returning({ id: membershipOffers.id });
  const [pkg] = await tx
    .insert(benefitPackages)
    .values({ companyId, offerId: offer!.id, purchasedAt: now })
    .returning({ id: benefitPackages.id });
  const created = await getPackage(tx, companyId, pkg!.id, now);
  await recordAudit(tx, ctx, {
    action: 'membership.purchase',
    targetType: 'package',
    targetId: created.id,
    targetName: created.competencyArea,
    after: created,
  });
  return created;
}

/** The job that takes a submitted request into review (MEM-4), after the review desk's delay. */
export const reviewCancellation = defineJob({
  name: 'membership.reviewCancellation',
  data: z.object({ requestId: Id }),
  retry: { limit: 5, delaySeconds: 30 },
  leaseSeconds: 60,
  handle: (job, deps) =>
    job.transaction((tx) =>
      moveCancellation(tx, deps, job.id, job.data.requestId, 'submitted', async (request) => {
        const now = deps.clock.now();
        const jobId = await enqueueStep(
          tx,
          deps,
          settleCancellation,
          request.id,
          'cancellation.settle',
        );
        return {
          status: 'in_review',
          inReviewAt: now,
          jobName: settleCancellation.name,
          jobId,
        };
      }),
    ),
});

/**
 * The job that decides a request in review (MEM-4): refunded, and the package's benefits
 * withdrawn, unless a key was viewed or a benefit activated since the request.
 */
export const settleCancellation = defineJob({
  name: 'membership.settleCancellation',
  data: z.object({ requestId: Id }),
  retry: { limit: 5, delaySeconds: 30 },
  leaseSeconds: 60,
  handle: (job, deps) =>
    job.transaction((tx) =>
      moveCancellation(tx, deps, job.id, job.data.requestId, 'in_review', async (request) => {
        const now = deps.clock.now();
        const [pkg] = await tx
          .select()
          .from(benefitPackages)
          .where(eq(benefitPackages.id, request.packageId))
          .for('update');
        const decision = decideCancellation(pkg!);
        if (decision.outcome === 'rejected') {
          await tx
            .update(benefitPackages)
            .set({ status: 'active' })
            .where(eq(benefitPackages.id, pkg!.id));
          return { status: 'rejected', decidedAt: now, rejectionReason: decision.reason };
        }
        await tx
          .update(benefitPackages)
          .set({ status: 'cancelled' })
          .where(eq(benefitPackages.id, pkg!.id));
        // The company no longer holds the offer: its entitlements go with it.
        await tx
          .update(membershipOffers)
          .set({ endedOn: isoDay(now) })
          .where(eq(membershipOffers.id, pkg!.offerId));
        return { status: 'refunded', decidedAt: now };
      }),
    ),
});

/** Both steps' jobs, for the registry. */
export const packageJobs = [reviewCancellation, settleCancellation];

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
  const [pkg] = await listPackages(tx, request.companyId, deps.clock.now(), request.packageId);
  await recordAudit(tx, actor, {
    action: `membership.cancellation.${after!.status}`,
    targetType: 'package',
    targetId: request.packageId,
    targetName: pkg?.competencyArea ?? null,
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

