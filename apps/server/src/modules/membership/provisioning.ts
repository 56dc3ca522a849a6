// MEM-8: what a company holds comes from one catalog. Buying a package provisions what its offer
// grants into every benefit area, in the purchase's transaction; a refund withdraws it. A core
// benefit comes with the level, once: a second package of a level grants only its incremental
// benefits, and when the package holding the level's core benefits is refunded, they pass to
// the level's next package instead of going.
import type { HeldOffer } from '@pbc/rules';
import { and, asc, eq, inArray, isNull, ne } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { grantRowId } from '../../shared/derived-id.js';
import type { BenefitArea, CatalogEntry, Grant, ProvisionContext } from '../define.js';
import { benefitPackages, membershipOffers } from './schema.js';

// The registry imports this module's index, so it is read when first needed, not at load.
let areas: readonly BenefitArea[] | undefined;
export async function benefitAreas(): Promise<readonly BenefitArea[]> {
  if (!areas) {
    const { serverModules } = await import('../registry.js');
    areas = serverModules.flatMap((module): readonly BenefitArea[] => module.benefits ?? []);
  }
  return areas;
}

interface LivePackage extends HeldOffer {
  id: string;
  companyId: string;
  enrollmentStart: string;
  anniversary: string;
  provisionedAt: Date | null;
}

/** The company's packages that still hold their offer, oldest first. */
async function livePackages(db: Db, companyId: string): Promise<LivePackage[]> {
  return db
    .select({
      id: benefitPackages.id,
      companyId: benefitPackages.companyId,
      offerType: membershipOffers.offerType,
      competencyArea: membershipOffers.competencyArea,
      enrollmentStart: membershipOffers.enrollmentStart,
      anniversary: membershipOffers.anniversary,
      provisionedAt: benefitPackages.provisionedAt,
    })
    .from(benefitPackages)
    .innerJoin(membershipOffers, eq(membershipOffers.id, benefitPackages.offerId))
    .where(
      and(
        eq(benefitPackages.companyId, companyId),
        isNull(membershipOffers.endedOn),
        ne(benefitPackages.status, 'cancelled'),
      ),
    )
    .orderBy(asc(benefitPackages.purchasedAt), asc(benefitPackages.id));
}

/** What `pkg` grants in `area`: its incremental benefits, and the core ones unless its level is held already. */
function grantsOf(area: BenefitArea, pkg: LivePackage, coreHeld: boolean): Grant[] {
  return area
    .catalog(pkg)
    .filter((entry: CatalogEntry) => entry.benefitType === 'incremental' || !coreHeld)
    .map((entry) => ({
      ...entry,
      id: grantRowId(pkg.id, entry.key),
      companyId: pkg.companyId,
      packageId: pkg.id,
      offerType: pkg.offerType,
      startsOn: pkg.enrollmentStart,
      expiresOn: pkg.anniversary,
    }));
}

/**
 * Provisions a package's benefits into every area, once: a second call for the same package
 * changes nothing. Answers whether this call provisioned it.
 */
export async function provisionPackage(
  tx: Db,
  packageId: string,
  context: ProvisionContext,
  now: Date,
): Promise<boolean> {
  const [claimed] = await tx
    .update(benefitPackages)
    .set({ provisionedAt: now })
    .where(and(eq(benefitPackages.id, packageId), isNull(benefitPackages.provisionedAt)))
    .returning({ companyId: benefitPackages.companyId });
  if (!claimed) return false;
  const packages = await livePackages(tx, claimed.companyId);
  const pkg = packages.find((p) => p.id === packageId);
  if (!pkg) return false;
  // The level's core benefits are the package's provisioned first; another live one of the level
  // that was provisioned holds them. (Not "an older one": two purchases can share an instant.)
  const coreHeld = packages.some(
    (p) => p.id !== pkg.id && p.offerType === pkg.offerType && p.provisionedAt !== null,
  );
  for (const area of await benefitAreas()) {
    const grants = grantsOf(area, pkg, coreHeld);
    if (grants.length > 0) await area.provision(tx, grants, context);
  }
  return true;
}

/**
 * Withdraws a refunded package's benefits (MEM-4, MEM-8): its core benefits pass to the next
 * package of its level when there is one (with that offer's year), everything else goes.
 * Call it in the refund's transaction, after the package stopped holding its offer.
 */
export async function withdrawPackage(tx: Db, companyId: string, packageId: string): Promise<void> {
  const { offerType } = await offerOfPackage(tx, packageId);
  const heir = (await livePackages(tx, companyId)).find(
    (p) => p.offerType === offerType && p.id !== packageId,
  );
  for (const area of await benefitAreas()) {
    const t = area.table;
    if (heir) {
      await tx
        .update(t)
        .set({ packageId: heir.id, expiresOn: heir.anniversary })
        .where(and(eq(t.packageId, packageId), eq(t.benefitType, 'core')));
    }
    const gone = await tx.select({ id: t.id }).from(t).where(eq(t.packageId, packageId));
    if (gone.length === 0) continue;
    const ids = gone.map((row) => row.id as string);
    await area.withdraw?.(tx, ids);
    await tx.delete(t).where(inArray(t.id, ids));
  }
}

async function offerOfPackage(tx: Db, packageId: string): Promise<HeldOffer> {
  const [offer] = await tx
    .select({
      offerType: membershipOffers.offerType,
      competencyArea: membershipOffers.competencyArea,
    })
    .from(benefitPackages)
    .innerJoin(membershipOffers, eq(membershipOffers.id, benefitPackages.offerId))
    .where(eq(benefitPackages.id, packageId));
  if (!offer) throw new Error(`package ${packageId} not found`);
  return offer;
}
