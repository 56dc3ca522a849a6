// Go-To-Market offers (GTM-1).
import type { ListOptions, GtmOffer } from '@pbc/contract';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { gtmOffers } from './schema.js';

export function listGtmOffers(
  db: Db,
  companyId: string,
  { limit }: ListOptions,
): Promise<GtmOffer[]> {
  const t = gtmOffers;
  return db
    .select({
      id: t.id,
      type: t.type,
      name: t.name,
      status: t.status,
      offerType: t.offerType,
      benefitType: t.benefitType,
      expiresOn: t.expiresOn,
    })
    .from(t)
    .where(eq(t.companyId, companyId))
    .orderBy(asc(t.type), asc(t.id))
    .limit(limit);
}
