import type { MembershipOverview } from '@pbc/contract';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { companies, membershipOffers } from '../db/schema.js';
import { AppError } from '../errors.js';

export async function getMembershipOverview(
  db: Db,
  companyId: string,
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
    .where(eq(membershipOffers.companyId, companyId))
    .orderBy(asc(membershipOffers.offerType), asc(membershipOffers.competencyArea));
  return { company, offers };
}
