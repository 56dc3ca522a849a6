// Technical benefits of each offer (TECH-2).
import type { ListOptions, TechnicalBenefit } from '@pbc/contract';
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { technicalBenefits } from './schema.js';

export function listTechnicalBenefits(
  db: Db,
  companyId: string,
  { limit }: ListOptions,
): Promise<TechnicalBenefit[]> {
  const t = technicalBenefits;
  return db
    .select({
      id: t.id,
      name: t.name,
      quantity: t.quantity,
      unit: t.unit,
      status: t.status,
      offerType: t.offerType,
      benefitType: t.benefitType,
      expiresOn: t.expiresOn,
    })
    .from(t)
    .where(eq(t.companyId, companyId))
    .orderBy(asc(t.offerType), asc(sql`${t.name}->>'en-US'`), asc(t.id))
    .limit(limit);
}
