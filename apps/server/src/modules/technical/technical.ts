// Technical benefits of each offer (TECH-2) and their activation (TECH-3): requested by a Global
// admin or an MPN partner admin, Pending until a durable job sets up the support contract and
// assigns the Access ID and Contract ID, exactly once; each reveal of the IDs audited.
import {
  Id,
  type ListOptions,
  type TechnicalBenefit,
  type TechnicalBenefitKind,
  type TechnicalIds,
} from '@pbc/contract';
import { checkTechnicalActivation, isoDay, remainingOf } from '@pbc/rules';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { randomInt } from 'node:crypto';
import { z } from 'zod';
import { requireBenefitsInForce } from '../membership/renewals.js';
import type { Db } from '../../db/database.js';
import { AppError, refused } from '../../errors.js';
import type { Fulfilment } from '../../jobs/fulfilment.js';
import { defineJob, enqueue, jobStatus } from '../../jobs/queue.js';
import { recordFirstUse, refundAtRiskOf, refundsAtRisk } from '../../shared/benefit-use.js';
import type { Clock } from '../../trpc/context.js';
import { jobActor, recordAudit, type ActorContext } from '../audit/audit.js';
import { forbidden } from '../identity/directory.js';
import { companies } from '../identity/schema.js';
import { technicalBenefits } from './schema.js';

const t = technicalBenefits;

const benefitColumns = {
  id: t.id,
  companyId: t.companyId,
  name: t.name,
  /** TECH-2: which technical benefit it is: its catalog key (benefits.ts). */
  kind: t.benefitKey,
  packageId: t.packageId,
  unit: t.unit,
  quantity: t.quantity,
  used: t.used,
  held: t.held,
  status: t.status,
  activationRequestedAt: t.activationRequestedAt,
  activationRequestedBy: t.activationRequestedBy,
  activationExpectedBy: t.activationExpectedBy,
  activationJobId: t.activationJobId,
  activatedAt: t.activatedAt,
  accessId: t.accessId,
  contractId: t.contractId,
  offerType: t.offerType,
  benefitType: t.benefitType,
  expiresOn: t.expiresOn,
};

export type BenefitRow = {
  [K in keyof typeof benefitColumns]: K extends 'kind'
    ? TechnicalBenefitKind
    : K extends 'quantity'
      ? number | null
      : (typeof t.$inferSelect)[K & keyof typeof t.$inferSelect];
};

/** The caller's company's benefit, locked for the change when asked; NOT_FOUND otherwise (ROLE-8). */
export async function findBenefit(
  db: Db,
  companyId: string,
  benefitId: string,
  lock = false,
): Promise<BenefitRow> {
  const query = db
    .select(benefitColumns)
    .from(t)
    .where(and(eq(t.id, benefitId), eq(t.companyId, companyId)));
  const [row] = await (lock ? query.for('update') : query);
  if (!row) throw new AppError('NOT_FOUND', 'Technical benefit not found');
  return row as BenefitRow;
}

export const activationJobName = 'technical.completeActivation';

async function toBenefit(
  db: Db,
  now: Date,
  row: BenefitRow,
  refundAtRisk: TechnicalBenefit['refundAtRisk'],
): Promise<TechnicalBenefit> {
  const progress =
    row.status === 'pending' && row.activationJobId
      ? await jobStatus(db, { now: () => now }, activationJobName, row.activationJobId)
      : null;
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    unit: row.unit,
    quantity: row.quantity,
    used: row.used,
    held: row.held,
    remaining: remainingOf(row),
    status: row.status,
    activation:
      row.activationRequestedAt && row.activationExpectedBy
        ? {
            requestedAt: row.activationRequestedAt.toISOString(),
            requestedBy: row.activationRequestedBy,
            expectedBy: row.activationExpectedBy.toISOString(),
            activatedAt: row.activatedAt?.toISOString() ?? null,
            progress: progress
              ? {
                  expectedBy: progress.dueAt.toISOString(),
                  attempts: progress.attempts,
                  error: progress.error,
                  failed: progress.state === 'failed',
                }
              : null,
          }
        : null,
    idsAssigned: row.accessId !== null,
    offerType: row.offerType,
    benefitType: row.benefitType,
    expiresOn: row.expiresOn,
    // MEM-5: only a benefit that is activated can end a refund.
    refundAtRisk:
      row.kind === 'advisory_hours' || row.status !== 'not_activated' ? null : refundAtRisk,
  };
}

/** TECH-2: every technical benefit of the company with its use, activation and refund at risk. */
export async function listTechnicalBenefits(
  db: Db,
  companyId: string,
  { limit }: ListOptions,
  now: Date,
): Promise<TechnicalBenefit[]> {
  const rows = (await db
    .select(benefitColumns)
    .from(t)
    .where(eq(t.companyId, companyId))
    .orderBy(asc(t.offerType), asc(sql`${t.name}->>'en-US'`), asc(t.id))
    .limit(limit)) as BenefitRow[];
  if (rows.length === 0) return [];
  const atRisk = await refundsAtRisk(db, companyId, now);
  return Promise.all(
    rows.map((row) => toBenefit(db, now, row, refundAtRiskOf(atRisk, row.packageId))),
  );
}

export async function getTechnicalBenefit(
  db: Db,
  companyId: string,
  benefitId: string,
  now: Date,
): Promise<TechnicalBenefit> {
  const row = await findBenefit(db, companyId, benefitId);
  const atRisk = await refundsAtRisk(db, companyId, now);
  return toBenefit(db, now, row, refundAtRiskOf(atRisk, row.packageId));
}

/**
 * TECH-3 Activate (ROLE-4, MEM-1, MEM-7): the benefit goes Pending with the request date and the
 * expected date, and the job that completes it is written in the same transaction. Asked
 * once: the row is locked, so a second Activate while Pending is refused. The first activation of
 * a package's benefit ends its refund (MEM-4).
 */
export async function activateBenefit(
  tx: Db,
  ctx: ActorContext & { fulfilment: Fulfilment },
  input: { benefitId: string },
): Promise<TechnicalBenefit> {
  const { companyId } = ctx.session;
  const now = ctx.clock.now();
  const before = await findBenefit(tx, companyId, input.benefitId, true);
  const [company] = await tx
    .select({ pmcMigrated: companies.pmcMigrated })
    .from(companies)
    .where(eq(companies.id, companyId));
  if (!company) throw new AppError('NOT_FOUND', 'Company not found');
  // MEM-6: a lapsed offer's benefit is not activated; inside the renewal window it still is.
  const expiresOn =
    (await requireBenefitsInForce(tx, companyId, before.packageId, now, before.expiresOn)) ??
    before.expiresOn;
  const decision = checkTechnicalActivation(
    ctx.session,
    company,
    { ...before, expiresOn },
    isoDay(now),
  );
  if (!decision.allowed)
    throw decision.reason === 'MISSING_ROLE'
      ? await forbidden(tx, companyId, decision)
      : refused(decision.reason, { details: { expiresOn: before.expiresOn } });

  const expectedBy = new Date(now.getTime() + ctx.fulfilment.delayMs('technical.activation'));
  const jobId = await enqueue(
    tx,
    ctx.clock,
    completeActivation,
    { benefitId: before.id },
    { runAt: expectedBy },
  );
  await tx
    .update(t)
    .set({
      status: 'pending',
      activationRequestedAt: now,
      activationRequestedBy: ctx.session.displayName,
      activationExpectedBy: expectedBy,
      activationJobId: jobId,
    })
    .where(eq(t.id, before.id));
  await recordFirstUse(tx, ctx, before.packageId, 'activated');
  await recordAudit(tx, ctx, {
    action: 'technical.activate',
    targetType: 'technical_benefit',
    targetId: before.id,
    targetName: before.name['en-US'],
    before: { status: before.status },
    after: { status: 'pending', expectedBy: expectedBy.toISOString() },
  });
  return getTechnicalBenefit(tx, companyId, before.id, now);
}

/** A 9-digit number that does not start with 0 (TECH-3). */
const programId = () => String(randomInt(100_000_000, 1_000_000_000));

/**
 * Completes a Pending activation (TECH-3, X-4): the benefit becomes active with its Access ID and
 * Contract ID, in the transaction that completes the job. Only a Pending benefit without IDs is
 * changed, so a job run again (its worker died before the commit, or after) assigns nothing twice.
 */
export async function completePendingActivation(
  tx: Db,
  clock: Clock,
  jobId: string,
  benefitId: string,
): Promise<void> {
  const [row] = await tx
    .select({
      id: t.id,
      companyId: t.companyId,
      name: t.name,
      status: t.status,
      accessId: t.accessId,
    })
    .from(t)
    .where(eq(t.id, benefitId))
    .for('update');
  if (!row || row.status !== 'pending' || row.accessId !== null) return;
  const now = clock.now();
  await tx
    .update(t)
    .set({
      status: 'active',
      activatedAt: now,
      accessId: programId(),
      contractId: programId(),
      activationJobId: null,
    })
    .where(and(eq(t.id, row.id), eq(t.status, 'pending'), isNull(t.accessId)));
  await recordAudit(tx, jobActor(row.companyId, jobId, clock), {
    action: 'technical.activated',
    targetType: 'technical_benefit',
    targetId: row.id,
    targetName: row.name['en-US'],
    before: { status: 'pending' },
    after: { status: 'active', activatedAt: now.toISOString() },
  });
}

export const completeActivation = defineJob({
  name: activationJobName,
  data: z.object({ benefitId: Id }),
  retry: { limit: 5, delaySeconds: 30 },
  leaseSeconds: 60,
  handle: (job, deps) =>
    job.transaction((tx) => completePendingActivation(tx, deps.clock, job.id, job.data.benefitId)),
});

/** TECH-3: the Access ID and Contract ID, for every user of the company; each reveal audited. */
export async function revealIds(
  tx: Db,
  ctx: ActorContext,
  input: { benefitId: string },
): Promise<TechnicalIds> {
  const benefit = await findBenefit(tx, ctx.session.companyId, input.benefitId);
  if (benefit.accessId === null || benefit.contractId === null) throw refused('IDS_NOT_ASSIGNED');
  await recordAudit(tx, ctx, {
    action: 'technical.revealIds',
    targetType: 'technical_benefit',
    targetId: benefit.id,
    targetName: benefit.name['en-US'],
  });
  return { benefitId: benefit.id, accessId: benefit.accessId, contractId: benefit.contractId };
}
