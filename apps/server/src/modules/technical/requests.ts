// Support requests (TECH-4…6) and presales and deployment requests (TECH-7), moved on by durable
// jobs (X-4) through TECH-8's states: Submitted → In progress → Completed, or Cancelled by the
// requester while Submitted. Incidents and hours are taken on the locked benefit row, so however
// many requests arrive at once none is consumed beyond what is granted.
import type { AdvisoryRequestInput, SupportRequestInput } from '@pbc/contract';
import { Id, type ListOptions, type TechnicalRequest } from '@pbc/contract';
import {
  advisoryHoursLimit,
  canMoveRequest,
  checkAdvisoryRequest,
  checkRequestCancel,
  checkSupportRequest,
  isoDay,
  remainingOf,
} from '@pbc/rules';
import { and, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { requireBenefitsInForce } from '../membership/renewals.js';
import type { Db } from '../../db/database.js';
import { AppError, refused } from '../../errors.js';
import type { Fulfilment, FulfilmentStep } from '../../jobs/fulfilment.js';
import { defineJob, enqueue, jobStatus, type JobDeps } from '../../jobs/queue.js';
import type { Clock } from '../../trpc/context.js';
import { jobActor, recordAudit, type ActorContext } from '../audit/audit.js';
import { findBenefit } from './technical.js';
import { technicalBenefits, technicalRequests } from './schema.js';

type RequestRow = typeof technicalRequests.$inferSelect;
type Deps = { clock: Clock; fulfilment: Fulfilment };

const numberOf = (row: Pick<RequestRow, 'kind' | 'number'>) =>
  `${row.kind === 'support' ? 'SR' : 'TPD'}-${row.number}`;

async function toRequest(
  db: Db,
  now: Date,
  row: RequestRow & { benefitName: TechnicalRequest['benefitName'] },
): Promise<TechnicalRequest> {
  const status =
    row.jobName && row.jobId
      ? await jobStatus(db, { now: () => now }, row.jobName, row.jobId)
      : null;
  return {
    id: row.id,
    number: numberOf(row),
    kind: row.kind,
    benefitId: row.benefitId,
    benefitName: row.benefitName,
    status: row.status,
    requestedBy: { id: row.requestedBy, displayName: row.requestedByName },
    requestedAt: row.requestedAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    completedAt: row.completedAt?.toISOString() ?? null,
    cancelledAt: row.cancelledAt?.toISOString() ?? null,
    title: row.title,
    productCategory: row.productCategory,
    severity: row.severity,
    advisoryType: row.advisoryType,
    product: row.product,
    estimatedHours: row.estimatedHours,
    hoursDelivered: row.hoursDelivered,
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

const requestsWithNames = (db: Db) =>
  db
    .select({ request: technicalRequests, benefitName: technicalBenefits.name })
    .from(technicalRequests)
    .innerJoin(technicalBenefits, eq(technicalBenefits.id, technicalRequests.benefitId));

/** TECH-8: the company's requests, newest first, with their states. */
export async function listRequests(
  db: Db,
  companyId: string,
  { limit }: ListOptions,
  now: Date,
): Promise<TechnicalRequest[]> {
  const rows = await requestsWithNames(db)
    .where(eq(technicalRequests.companyId, companyId))
    .orderBy(desc(technicalRequests.requestedAt), desc(technicalRequests.number))
    .limit(limit);
  return Promise.all(
    rows.map((r) => toRequest(db, now, { ...r.request, benefitName: r.benefitName })),
  );
}

async function getRequest(db: Db, companyId: string, requestId: string, now: Date) {
  const [row] = await requestsWithNames(db).where(
    and(eq(technicalRequests.id, requestId), eq(technicalRequests.companyId, companyId)),
  );
  if (!row) throw new AppError('NOT_FOUND', 'Request not found');
  return toRequest(db, now, { ...row.request, benefitName: row.benefitName });
}

function enqueueStep(
  tx: Db,
  deps: Deps,
  job: typeof startRequest | typeof completeRequest,
  requestId: string,
  step: FulfilmentStep,
): Promise<string | null> {
  const runAt = new Date(deps.clock.now().getTime() + deps.fulfilment.delayMs(step));
  return enqueue(tx, deps.clock, job, { requestId }, { runAt });
}

/** Writes a submitted request with the job that takes it on, and audits it. */
async function insertRequest(
  tx: Db,
  ctx: ActorContext & { fulfilment: Fulfilment },
  values: Omit<
    typeof technicalRequests.$inferInsert,
    'companyId' | 'requestedBy' | 'requestedByName' | 'requestedAt'
  >,
): Promise<TechnicalRequest> {
  const { session } = ctx;
  const now = ctx.clock.now();
  const [row] = await tx
    .insert(technicalRequests)
    .values({
      ...values,
      companyId: session.companyId,
      requestedBy: session.userId,
      requestedByName: session.displayName,
      requestedAt: now,
    })
    .returning();
  const jobId = await enqueueStep(tx, ctx, startRequest, row!.id, 'technical.request.start');
  await tx
    .update(technicalRequests)
    .set({ jobName: startRequest.name, jobId })
    .where(eq(technicalRequests.id, row!.id));
  const request = await getRequest(tx, session.companyId, row!.id, now);
  await recordAudit(tx, ctx, {
    action: `technical.${row!.kind === 'support' ? 'submitSupportRequest' : 'requestPresales'}`,
    targetType: 'technical_request',
    targetId: request.id,
    targetName: request.number,
    after: {
      benefitId: request.benefitId,
      status: request.status,
      ...(row!.kind === 'support'
        ? { productCategory: request.productCategory, severity: request.severity }
        : {
            type: request.advisoryType,
            product: request.product,
            estimatedHours: request.estimatedHours,
          }),
    },
  });
  return request;
}

/** MEM-6: a lapsed offer's benefit takes no request; inside the renewal window it keeps working. */
const inForceUntil = async (
  tx: Db,
  ctx: ActorContext,
  benefit: { packageId: string | null; expiresOn: string },
): Promise<string> =>
  (await requireBenefitsInForce(
    tx,
    ctx.session.companyId,
    benefit.packageId,
    ctx.clock.now(),
    benefit.expiresOn,
  )) ?? benefit.expiresOn;

/**
 * A support request (TECH-4…6): checked on the locked benefit row, which then gives up one
 * incident (TECH-5), in the request's transaction.
 */
export async function submitSupportRequest(
  tx: Db,
  ctx: ActorContext & { fulfilment: Fulfilment },
  input: z.output<typeof SupportRequestInput>,
): Promise<TechnicalRequest> {
  const benefit = await findBenefit(tx, ctx.session.companyId, input.benefitId, true);
  const decision = checkSupportRequest(
    { ...benefit, expiresOn: await inForceUntil(tx, ctx, benefit) },
    input,
    isoDay(ctx.clock.now()),
  );
  if (!decision.allowed)
    throw refused(decision.reason, {
      details: { expiresOn: benefit.expiresOn },
      ...(decision.field ? { field: decision.field } : {}),
    });
  await tx
    .update(technicalBenefits)
    .set({ used: sql`${technicalBenefits.used} + 1` })
    .where(eq(technicalBenefits.id, benefit.id));
  return insertRequest(tx, ctx, {
    kind: 'support',
    benefitId: benefit.id,
    productCategory: input.productCategory,
    title: input.title,
    description: input.description,
    severity: input.severity,
  });
}

/**
 * A presales or deployment request (TECH-7): any user, no activation; the hours it may deduct are
 * held on the locked benefit row until it completes, so they are never promised twice.
 */
export async function requestPresales(
  tx: Db,
  ctx: ActorContext & { fulfilment: Fulfilment },
  input: z.output<typeof AdvisoryRequestInput>,
): Promise<TechnicalRequest> {
  if (!knownTimeZone(input.timeZone)) throw refused('TIME_ZONE_UNKNOWN', { field: 'timeZone' });
  const benefit = await findBenefit(tx, ctx.session.companyId, input.benefitId, true);
  const decision = checkAdvisoryRequest(
    { ...benefit, expiresOn: await inForceUntil(tx, ctx, benefit) },
    input,
    isoDay(ctx.clock.now()),
  );
  if (!decision.allowed)
    throw refused(decision.reason, {
      details: {
        expiresOn: benefit.expiresOn,
        limit: advisoryHoursLimit,
        remaining: remainingOf(benefit),
      },
      ...(decision.field ? { field: decision.field } : {}),
    });
  if (decision.hoursHeld > 0)
    await tx
      .update(technicalBenefits)
      .set({ held: sql`${technicalBenefits.held} + ${decision.hoursHeld}` })
      .where(eq(technicalBenefits.id, benefit.id));
  return insertRequest(tx, ctx, {
    kind: 'advisory',
    benefitId: benefit.id,
    advisoryType: input.type,
    product: input.product,
    phone: input.phone,
    timeZone: input.timeZone,
    preferredHours: input.preferredHours,
    countryRegion: input.countryRegion,
    language: input.language,
    estimatedHours: input.estimatedHours,
    hoursHeld: decision.hoursHeld,
  });
}

function knownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * TECH-8: the requester cancels while it is Submitted; the incident or the hours held go back to
 * the benefit (nothing was delivered), and its waiting job then finds nothing to do.
 */
export async function cancelRequest(
  tx: Db,
  ctx: ActorContext,
  input: { requestId: string },
): Promise<TechnicalRequest> {
  const { companyId } = ctx.session;
  const now = ctx.clock.now();
  const [row] = await tx
    .select()
    .from(technicalRequests)
    .where(
      and(eq(technicalRequests.id, input.requestId), eq(technicalRequests.companyId, companyId)),
    )
    .for('update');
  if (!row) throw new AppError('NOT_FOUND', 'Request not found');
  const decision = checkRequestCancel(row, ctx.session.userId);
  if (!decision.allowed) throw refused(decision.reason);
  await giveBack(tx, row);
  await tx
    .update(technicalRequests)
    .set({ status: 'cancelled', cancelledAt: now, jobName: null, jobId: null })
    .where(eq(technicalRequests.id, row.id));
  await recordAudit(tx, ctx, {
    action: 'technical.cancelRequest',
    targetType: 'technical_request',
    targetId: row.id,
    targetName: numberOf(row),
    before: { status: row.status },
    after: { status: 'cancelled' },
  });
  return getRequest(tx, companyId, row.id, now);
}

/** What a request took from its benefit, given back: its incident, or the hours it held. */
async function giveBack(tx: Db, row: RequestRow) {
  const b = technicalBenefits;
  await tx
    .update(b)
    .set(
      row.kind === 'support'
        ? { used: sql`${b.used} - 1` }
        : { held: sql`${b.held} - ${row.hoursHeld}` },
    )
    .where(eq(b.id, row.benefitId));
}

/**
 * A job that moves a request on from `from` to `to`, once: the request is locked and left alone
 * when it is no longer in `from` (cancelled meanwhile, or the job ran already). Audited as the system.
 */
const requestStep = (
  name: string,
  from: RequestRow['status'],
  to: RequestRow['status'],
  next: (tx: Db, deps: JobDeps, request: RequestRow) => Promise<Partial<RequestRow>>,
) =>
  defineJob({
    name,
    data: z.object({ requestId: Id }),
    retry: { limit: 5, delaySeconds: 30 },
    leaseSeconds: 60,
    handle: (job, deps) =>
      job.transaction(async (tx) => {
        const [request] = await tx
          .select()
          .from(technicalRequests)
          .where(eq(technicalRequests.id, job.data.requestId))
          .for('update');
        if (!request || request.status !== from || !canMoveRequest(from, to)) return;
        const changes = await next(tx, deps, request);
        await tx
          .update(technicalRequests)
          .set({ status: to, ...changes })
          .where(eq(technicalRequests.id, request.id));
        await recordAudit(tx, jobActor(request.companyId, job.id, deps.clock), {
          action: `technical.request.${to}`,
          targetType: 'technical_request',
          targetId: request.id,
          targetName: numberOf(request),
          before: { status: from },
          after: {
            status: to,
            ...('hoursDelivered' in changes ? { hoursDelivered: changes.hoursDelivered } : {}),
          },
        });
      }),
  });

/** Support or an advisor takes the request on (TECH-8). */
export const startRequest = requestStep(
  'technical.startRequest',
  'submitted',
  'in_progress',
  async (tx, deps, request) => ({
    startedAt: deps.clock.now(),
    jobName: completeRequest.name,
    jobId: await enqueueStep(tx, deps, completeRequest, request.id, 'technical.request.complete'),
  }),
);

/**
 * The request is done (TECH-8): a presales or deployment request delivered the hours estimated,
 * which the benefit now counts as used instead of held (none when presales advice is unlimited).
 */
export const completeRequest = requestStep(
  'technical.completeRequest',
  'in_progress',
  'completed',
  async (tx, deps, request) => {
    const hoursDelivered = request.kind === 'advisory' ? request.hoursHeld : null;
    if (hoursDelivered) {
      const b = technicalBenefits;
      await tx
        .update(b)
        .set({ held: sql`${b.held} - ${hoursDelivered}`, used: sql`${b.used} + ${hoursDelivered}` })
        .where(eq(b.id, request.benefitId));
    }
    return { completedAt: deps.clock.now(), hoursDelivered, jobName: null, jobId: null };
  },
);
