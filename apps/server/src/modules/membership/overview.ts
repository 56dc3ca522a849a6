// A company's offers and what they entitle it to: its offers and the benefits their packages
// provisioned into each area (MEM-2, MEM-3, MEM-8).
import { BenefitModuleKey, type Entitlement, type MembershipOverview } from '@pbc/contract';
import { isoDay } from '@pbc/rules';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { companies } from '../identity/schema.js';
import { benefitAreas } from './provisioning.js';
import { membershipOffers } from './schema.js';
import { AppError } from '../../errors.js';

/**
 * Everything the company holds, read from the rows every benefit area lists (MEM-8): what the
 * tabs show is what is counted, by construction.
 */
export async function listEntitlements(db: Db, companyId: string): Promise<Entitlement[]> {
  const held = await Promise.all(
    (await benefitAreas()).map(async ({ module, table: t }) => {
      const rows = await db
        .select({
          id: t.id,
          packageId: t.packageId,
          benefitKey: t.benefitKey,
          name: t.name,
          offerType: t.offerType,
          benefitType: t.benefitType,
          expiresOn: t.expiresOn,
        })
        .from(t)
        .where(eq(t.companyId, companyId));
      return rows.map((row) => ({ ...row, module }) as Entitlement);
    }),
  );
  return held
    .flat()
    .sort(
      (a, b) =>
        BenefitModuleKey.options.indexOf(a.module) - BenefitModuleKey.options.indexOf(b.module) ||
        a.expiresOn.localeCompare(b.expiresOn) ||
        a.benefitKey.localeCompare(b.benefitKey) ||
        a.id.localeCompare(b.id),
    );
}

export async function getMembershipOverview(
  db: Db,
  companyId: string,
  now: Date,
): Promise<MembershipOverview> {
  const [company] = await db
    .select({
      id: companies.id,
      name: companies.name,
      currency: companies.currency,
      pmcMigrated: companies.pmcMigrated,
    })
    .from(companies)
    .where(eq(companies.id, companyId));
  if (!company) throw new AppError('NOT_FOUND', 'Company not found');
  const offers = await db
    .select({
      id: membershipOffers.id,
      offerType: membershipOffers.offerType,
      competencyArea: membershipOffers.competencyArea,
      enrollmentStart: membershipOffers.enrollmentStart,
      anniversary: membershipOffers.anniversary,
    })
    .from(membershipOffers)
    .where(and(eq(membershipOffers.companyId, companyId), isNull(membershipOffers.endedOn)))
    .orderBy(asc(membershipOffers.offerType), asc(membershipOffers.competencyArea));
  const entitlements = await listEntitlements(db, companyId);
  const today = isoDay(now);
  const next = entitlements
    .filter((e) => e.expiresOn >= today)
    .sort((a, b) => a.expiresOn.localeCompare(b.expiresOn))[0];
  return {
    company,
    offers,
    modules: BenefitModuleKey.options.map((module) => ({
      module,
      count: entitlements.filter((e) => e.module === module).length,
    })),
    nextExpiry: next ? { name: next.name, module: next.module, expiresOn: next.expiresOn } : null,
  };
}
