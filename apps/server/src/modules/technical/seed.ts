// Demo history of the Technical tab: the seeded packages provision the benefits (MEM-8); Contoso
// has been using its Gold on-premises support since the Gold package's first activation.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { demoBenefits, demoPackages } from '../../db/seed-ids.js';
import type { SeedContext } from '../define.js';
import { technicalBenefits } from './schema.js';

export async function seedTechnical(tx: Db, { provisioned }: SeedContext): Promise<number> {
  if (!provisioned.has(demoPackages.contosoGold)) return 0;
  const activated = await tx
    .update(technicalBenefits)
    .set({ status: 'active' })
    .where(
      and(
        eq(technicalBenefits.id, demoBenefits.technical.goldOnPremises),
        eq(technicalBenefits.status, 'not_activated'),
      ),
    )
    .returning({ id: technicalBenefits.id });
  return activated.length;
}
