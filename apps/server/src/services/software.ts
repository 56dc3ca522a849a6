// Software benefits (SW-1), scoped to the caller's company (ROLE-8).
import type { ListOptions, SoftwareBenefit } from '@pbc/contract';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { softwareBenefits } from '../db/schema.js';

export function listSoftwareBenefits(
  db: Db,
  companyId: string,
  { limit }: ListOptions,
): Promise<SoftwareBenefit[]> {
  const t = softwareBenefits;
  return db
    .select({
      id: t.id,
      product: t.product,
      quantity: t.quantity,
      offerType: t.offerType,
      benefitType: t.benefitType,
      expiresOn: t.expiresOn,
    })
    .from(t)
    .where(eq(t.companyId, companyId))
    .orderBy(asc(t.product), asc(t.id))
    .limit(limit);
}
