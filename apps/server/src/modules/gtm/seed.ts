// Demo history of the Go-To-Market tab: the seeded packages provision the offers (MEM-8);
// Contoso's Gold Core offer has been active since the Gold package's first activation (GTM-4).
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { demoBenefits, demoPackages } from '../../db/seed-ids.js';
import type { SeedContext } from '../define.js';
import { gtmOffers } from './schema.js';

export async function seedGtm(tx: Db, { provisioned }: SeedContext): Promise<number> {
  if (!provisioned.has(demoPackages.contosoGold)) return 0;
  const activated = await tx
    .update(gtmOffers)
    .set({ status: 'active', expiresOn: '2027-07-01' })
    .where(eq(gtmOffers.id, demoBenefits.gtm.goldCore))
    .returning({ id: gtmOffers.id });
  return activated.length;
}
