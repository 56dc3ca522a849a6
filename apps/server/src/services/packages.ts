// Benefit packages: purchase (ROLE-2, MEM-1, MEM-2) and cancellation with refund (MEM-4).
import type { BenefitPackage, OfferType, RefundAtRisk } from '@pbc/contract';
import { checkActivationHere, checkOfferPurchase, checkRefund } from '@pbc/rules';
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import {
  benefitPackages,
  cancellationRequests,
  companies,
  membershipOffers,
} from '../db/schema.js';
import { AppError, refused } from '../errors.js';
import { recordAudit, type ActorContext } from './audit.js';
import { isoDay } from './membership.js';

const refusals = {
  PMC_NOT_MIGRATED:
    'Your membership is still managed in Partner Membership Center: purchase packages there',
  ACTION_PACK_ALREADY_HELD: 'The company already holds an Action Pack',
  COMPETENCY_EXCLUDES_ACTION_PACK: 'A company with a competency cannot buy an Action Pack',
  WINDOW_CLOSED: 'The 30-day refund window of this package has closed',
  BENEFIT_ACTIVATED: 'A benefit of this package was activated, so it can no longer be refunded',
  KEY_VIEWED: 'A product key of this package was viewed, so it can no longer be refunded',
  CANCELLATION_ALREADY_REQUESTED: 'A cancellation of this package is already in progress',
} as const;

const refuse = (reason: keyof typeof refusals) => refused(reason, refusals[reason]);

/** MEM-1: a company still in Partner Membership Center activates, assigns and reveals nothing here. */
export async function requireActivationHere(db: Db, companyId: string): Promise<void> {
  const [company] = await db
    .select({ pmcMigrated: companies.pmcMigrated })
    .from(companies)
    .where(eq(companies.id, companyId));
  if (!company) throw new AppError('NOT_FOUND', 'Company not found');
  const here = checkActivationHere(company);
  if (!here.allowed)
    throw refused(
      here.reason,
      'Your membership is still managed in Partner Membership Center: activate benefits there',
    );
}

const packageColumns = {
  id: benefitPackages.id,
  offerType: membershipOffers.offerType,
  competencyArea: membershipOffers.competencyArea,
  purchasedAt: benefitPackages.purchasedAt,
  status: benefitPackages.status,
  firstActivatedAt: benefitPackages.firstActivatedAt,
  firstKeyViewedAt: benefitPackages.firstKeyViewedAt,
};

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
    .orderBy(desc(cancellationRequests.requestedAt));
  return rows.map(({ firstActivatedAt, firstKeyViewedAt, ...row }) => {
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
      cancellation: request
        ? { id: request.id, status: request.status, requestedAt: request.requestedAt.toISOString() }
        : null,
    };
  });
}

async function getPackage(db: Db, companyId: string, packageId: string, now: Date) {
  const [found] = await listPackages(db, companyId, now, packageId);
  if (!found) throw new AppError('NOT_FOUND', 'Package not found');
  return found;
}

/** The enrollment anniversary; Feb 29 rolls over to Mar 1. */
function oneYearAfter(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + 1);
  return isoDay(date);
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
  if (!here.allowed) throw refuse(here.reason);
  const held = await tx
    .select({ offerType: membershipOffers.offerType })
    .from(membershipOffers)
    .where(eq(membershipOffers.companyId, companyId));
  const purchase = checkOfferPurchase(
    held.map((o) => o.offerType),
    input.offerType,
  );
  if (!purchase.allowed) throw refuse(purchase.reason);

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

export async function requestCancellation(
  tx: Db,
  ctx: ActorContext,
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
  if (!before.refund.eligible && before.refund.reason) throw refuse(before.refund.reason);
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
  if (inserted.length === 0) throw refuse('CANCELLATION_ALREADY_REQUESTED');
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

/**
 * MEM-5: per offer type, the company's package a use of that offer's benefits would stop being
 * refundable (benefit rows carry only their offer type, so every package of that type counts).
 */
export async function refundsAtRisk(
  db: Db,
  companyId: string,
  now: Date,
): Promise<Map<OfferType, NonNullable<RefundAtRisk>>> {
  const atRisk = new Map<OfferType, NonNullable<RefundAtRisk>>();
  for (const pkg of await listPackages(db, companyId, now)) {
    if (pkg.status === 'active' && pkg.refund.eligible && !atRisk.has(pkg.offerType)) {
      atRisk.set(pkg.offerType, { packageId: pkg.id, refundableUntil: pkg.refund.refundableUntil });
    }
  }
  return atRisk;
}

const firstUseColumn = {
  key_viewed: 'firstKeyViewedAt',
  activated: 'firstActivatedAt',
} as const;

/**
 * MEM-4: the first key view or activation of a benefit ends the refund of the packages of its
 * offer type. Call it in the transaction of the use; later uses change nothing.
 */
export async function recordFirstUse(
  tx: Db,
  ctx: ActorContext,
  offerType: OfferType,
  use: keyof typeof firstUseColumn,
): Promise<void> {
  const { companyId } = ctx.session;
  const column = firstUseColumn[use];
  const at = ctx.clock.now();
  const offers = tx
    .select({ id: membershipOffers.id })
    .from(membershipOffers)
    .where(
      and(eq(membershipOffers.companyId, companyId), eq(membershipOffers.offerType, offerType)),
    );
  const changed = await tx
    .update(benefitPackages)
    .set({ [column]: at })
    .where(
      and(
        eq(benefitPackages.companyId, companyId),
        inArray(benefitPackages.offerId, offers),
        isNull(benefitPackages[column]),
      ),
    )
    .returning({ id: benefitPackages.id });
  for (const { id } of changed) {
    await recordAudit(tx, ctx, {
      action: `membership.${use === 'key_viewed' ? 'keyFirstViewed' : 'firstActivated'}`,
      targetType: 'package',
      targetId: id,
      before: { [column]: null },
      after: { [column]: at.toISOString() },
    });
  }
}
