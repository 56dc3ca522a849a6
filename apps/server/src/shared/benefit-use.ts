// How using a benefit touches its package (MEM-1, MEM-4, MEM-5), one home for every module: a
// company still in Partner Membership Center uses nothing here; the first use of a package's
// benefit ends its refund; until then the UI warns before such a use.
import type { RefundAtRisk } from '@pbc/contract';
import { checkActivationHere, checkRefund } from '@pbc/rules';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { preparedPerHandle } from '../db/prepared.js';
import { AppError, refused } from '../errors.js';
import { recordAudit, type ActorContext } from '../modules/audit/audit.js';
import { companies } from '../modules/identity/schema.js';
import { packageColumns } from '../modules/membership/packages.js';
import { requireBenefitsInForce } from '../modules/membership/renewals.js';
import { benefitPackages, membershipOffers } from '../modules/membership/schema.js';

/** MEM-1: a company still in Partner Membership Center activates, assigns and reveals nothing here. */
export async function requireActivationHere(db: Db, companyId: string): Promise<void> {
  const [company] = await db
    .select({ pmcMigrated: companies.pmcMigrated })
    .from(companies)
    .where(eq(companies.id, companyId));
  if (!company) throw new AppError('NOT_FOUND', 'Company not found');
  const here = checkActivationHere(company);
  if (!here.allowed) throw refused(here.reason);
}

/** Every list runs it (the refund warnings of its rows). */
const livePackagesOf = preparedPerHandle((db) =>
  db
    .select(packageColumns)
    .from(benefitPackages)
    .innerJoin(membershipOffers, eq(membershipOffers.id, benefitPackages.offerId))
    .where(
      and(
        eq(benefitPackages.companyId, sql.placeholder('companyId')),
        inArray(benefitPackages.status, ['active', 'cancellation_requested']),
      ),
    )
    .prepare('pbc_live_packages'),
);

/**
 * MEM-5: the company's packages a use of one of their benefits would stop being refundable,
 * by package id (a benefit belongs to the package that granted it, MEM-8): those still
 * refundable, and those whose refund is already requested (using a benefit rejects it).
 */
export async function refundsAtRisk(
  db: Db,
  companyId: string,
  now: Date,
): Promise<Map<string, NonNullable<RefundAtRisk>>> {
  const rows = await livePackagesOf(db).execute({ companyId });
  const atRisk = new Map<string, NonNullable<RefundAtRisk>>();
  for (const pkg of rows) {
    const refund = checkRefund({ ...pkg, now });
    const pending =
      pkg.status === 'cancellation_requested' &&
      !refund.allowed &&
      refund.reason === 'WINDOW_CLOSED';
    if (refund.allowed || pending)
      atRisk.set(pkg.id, {
        packageId: pkg.id,
        refundableUntil: refund.refundableUntil.toISOString(),
      });
  }
  return atRisk;
}

/** The refund a use of a benefit of `packageId` puts at stake, if any (null: none, or no package). */
export const refundAtRiskOf = (
  atRisk: Map<string, NonNullable<RefundAtRisk>>,
  packageId: string | null,
): RefundAtRisk => (packageId ? (atRisk.get(packageId) ?? null) : null);

const firstUseColumn = {
  key_viewed: 'firstKeyViewedAt',
  activated: 'firstActivatedAt',
} as const;

/**
 * MEM-6: a use of a benefit whose offer lapsed is refused (BENEFITS_LAPSED), so every use asks
 * here first. MEM-4: the first key view or activation of a benefit ends the refund of the package that
 * granted it (none for a benefit of no package). Call it in the transaction of the use; later
 * uses change nothing.
 */
export async function recordFirstUse(
  tx: Db,
  ctx: ActorContext,
  packageId: string | null,
  use: keyof typeof firstUseColumn,
): Promise<void> {
  if (!packageId) return;
  await requireBenefitsInForce(tx, ctx.session.companyId, packageId, ctx.clock.now());
  const column = firstUseColumn[use];
  const at = ctx.clock.now();
  const changed = await tx
    .update(benefitPackages)
    .set({ [column]: at })
    .where(
      and(
        eq(benefitPackages.companyId, ctx.session.companyId),
        eq(benefitPackages.id, packageId),
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
