// A company's offers and what they entitle it to: offers + the benefit catalog (MEM-2, MEM-3).
import { BenefitModuleKey, type Entitlement, type MembershipOverview } from '@pbc/contract';
import { isoDay } from '@pbc/rules';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { companies } from '../identity/schema.js';
import { benefitCatalog, membershipOffers } from './schema.js';
import { AppError } from '../../errors.js';

export async function listEntitlements(db: Db, companyId: string): Promise<Entitlement[]> {
  const c = benefitCatalog;
  const o = membershipOffers;
  const rows = await db
    .select({
      offerId: o.id,
      benefitKey: c.benefitKey,
      name: c.name,
      module: c.module,
      quantity: c.quantity,
      unit: c.unit,
      offerType: c.offerType,
      benefitType: c.benefitType,
      // An entitlement lasts the offer's enrollment year.
      expiresOn: o.anniversary,
    })
    .from(o)
    .innerJoin(c, eq(c.offerType, o.offerType))
    .where(and(eq(o.companyId, companyId), isNull(o.endedOn)))
    .orderBy(asc(c.module), asc(o.anniversary), asc(c.benefitKey), asc(o.id));
  return rows.map(({ offerId, ...row }) => ({ id: `${offerId}:${row.benefitKey}`, ...row }));
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
