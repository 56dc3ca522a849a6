// Benefit packages: purchase (ROLE-2, MEM-1, MEM-2) and their refund state (MEM-4); cancellation
// requests are in cancellations.ts.
import type { BenefitPackage, PurchaseInput } from '@pbc/contract';
import {
  checkActivationHere,
  checkOfferPurchase,
  checkRefund,
  isoDay,
  oneYearAfter,
} from '@pbc/rules';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { AppError, refused } from '../../errors.js';
import { recordAudit, type ActorContext } from '../audit/audit.js';
import { companies } from '../identity/schema.js';
import type { ProvisionContext } from '../define.js';
import { toCancellation } from './cancellations.js';
import { provisionPackage } from './provisioning.js';
import { renewalState } from './renewals.js';
import { benefitPackages, cancellationRequests, membershipOffers } from './schema.js';

/** A package with its offer's type and competency, as lists and refund checks read it. */
export const packageColumns = {
  id: benefitPackages.id,
  offerType: membershipOffers.offerType,
  competencyArea: membershipOffers.competencyArea,
  purchasedAt: benefitPackages.purchasedAt,
  status: benefitPackages.status,
  firstActivatedAt: benefitPackages.firstActivatedAt,
  firstKeyViewedAt: benefitPackages.firstKeyViewedAt,
};

/** Packages of the company (or the one `packageId`) with their refund state at `now` and latest cancellation request. */
async function selectPackages(
  db: Db,
  companyId: string,
  now: Date,
  packageId?: string,
): Promise<BenefitPackage[]> {
  const rows = await db
    .select({ ...packageColumns, anniversary: membershipOffers.anniversary })
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
    rows.map(async ({ firstActivatedAt, firstKeyViewedAt, anniversary, ...row }) => {
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
        renewal: renewalState({ offerType: row.offerType, anniversary }, isoDay(now)),
        cancellation: request ? await toCancellation(db, now, request) : null,
      };
    }),
  );
}

export const listPackages = (db: Db, companyId: string, now: Date) =>
  selectPackages(db, companyId, now);

/** One package of the company: NOT_FOUND otherwise, also for another company's id (ROLE-8). */
export async function getPackage(db: Db, companyId: string, packageId: string, now: Date) {
  const [found] = await selectPackages(db, companyId, now, packageId);
  if (!found) throw new AppError('NOT_FOUND', 'Package not found');
  return found;
}

/**
 * Buys a package (ROLE-2, MEM-1, MEM-2) and provisions what its offer grants into every benefit
 * area, in one transaction (MEM-8).
 */
export async function purchasePackage(
  tx: Db,
  ctx: ActorContext & ProvisionContext,
  input: PurchaseInput,
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
    .select({
      offerType: membershipOffers.offerType,
      competencyArea: membershipOffers.competencyArea,
    })
    .from(membershipOffers)
    .where(and(eq(membershipOffers.companyId, companyId), isNull(membershipOffers.endedOn)));
  const competencyArea = input.offerType === 'action_pack' ? null : (input.competencyArea ?? null);
  const purchase = checkOfferPurchase(held, { offerType: input.offerType, competencyArea });
  if (!purchase.allowed)
    throw refused(purchase.reason, {
      ...(purchase.reason === 'COMPETENCY_ALREADY_HELD' ? { field: 'competencyArea' } : {}),
    });

  const enrollmentStart = isoDay(now);
  const [offer] = await tx
    .insert(membershipOffers)
    .values({
      companyId,
      offerType: input.offerType,
      competencyArea,
      enrollmentStart,
      anniversary: oneYearAfter(enrollmentStart),
      createdAt: now,
    })
    .returning({ id: membershipOffers.id });
  const [pkg] = await tx
    .insert(benefitPackages)
    .values({ companyId, offerId: offer!.id, purchasedAt: now })
    .returning({ id: benefitPackages.id });
  await provisionPackage(tx, pkg!.id, ctx, now);
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
