// Demo offers and packages, provisioned through the purchase's path (MEM-8): the benefit modules'
// seeds add only their demo history to the rows it provisioned.
import { daysAfter } from '@pbc/rules';
import { CONTOSO_ID, demoPackages, FABRIKAM_ID, seedId } from '../../db/seed-ids.js';
import { contosoYear, fabrikamYear, insertMissing } from '../../db/seed-rows.js';
import type { Db } from '../../db/database.js';
import type { SeedContext } from '../define.js';
import { provisionPackage } from './provisioning.js';
import * as membershipSchema from './schema.js';

const membershipOffers: (typeof membershipSchema.membershipOffers.$inferInsert)[] = [
  {
    id: seedId('membershipOffer', 1, 1),
    companyId: CONTOSO_ID,
    offerType: 'gold',
    competencyArea: 'Cloud Platform',
    ...contosoYear,
  },
  {
    id: seedId('membershipOffer', 1, 2),
    companyId: CONTOSO_ID,
    offerType: 'silver',
    competencyArea: 'Data Analytics',
    ...contosoYear,
  },
  {
    id: seedId('membershipOffer', 2, 1),
    companyId: FABRIKAM_ID,
    offerType: 'action_pack',
    competencyArea: null,
    ...fabrikamYear,
  },
];

/** MEM-4 demo: Contoso's Silver package is still refundable (bought 10 days before the first seed). */
const benefitPackages = (now: Date): (typeof membershipSchema.benefitPackages.$inferInsert)[] => [
  {
    id: demoPackages.contosoGold,
    companyId: CONTOSO_ID,
    offerId: seedId('membershipOffer', 1, 1),
    purchasedAt: new Date('2026-07-01T09:00:00Z'),
    firstActivatedAt: new Date('2026-07-02T10:00:00Z'),
  },
  {
    id: demoPackages.contosoSilver,
    companyId: CONTOSO_ID,
    offerId: seedId('membershipOffer', 1, 2),
    purchasedAt: daysAfter(now, -10),
  },
  {
    id: demoPackages.fabrikamActionPack,
    companyId: FABRIKAM_ID,
    offerId: seedId('membershipOffer', 2, 1),
    purchasedAt: new Date('2026-02-01T09:00:00Z'),
  },
];

/** The demo offers and packages, each package provisioned as a purchase provisions it (MEM-8). */
export async function seedMembership(
  tx: Db,
  { now, keyCipher, provisioned }: SeedContext,
): Promise<number> {
  let inserted = await insertMissing(tx, [
    { table: membershipSchema.membershipOffers, rows: membershipOffers },
    { table: membershipSchema.benefitPackages, rows: benefitPackages(now) },
  ]);
  for (const id of Object.values(demoPackages)) {
    if (!(await provisionPackage(tx, id, { keyCipher }, now))) continue;
    provisioned.add(id);
    inserted += 1;
  }
  return inserted;
}
