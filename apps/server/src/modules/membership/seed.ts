// Demo offers and packages, and the catalog rows' shared shape: each benefit module seeds what
// every offer grants in its area (its own seed.ts, `catalogRows`).
import type { LocalizedText } from '@pbc/contract';
import { daysAfter } from '@pbc/rules';
import { CONTOSO_ID, FABRIKAM_ID, seedId } from '../../db/seed-ids.js';
import { contosoYear, fabrikamYear, insertMissing } from '../../db/seed-rows.js';
import type { Db } from '../../db/database.js';
import type { SeedContext } from '../define.js';
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
    id: seedId('package', 1, 1),
    companyId: CONTOSO_ID,
    offerId: seedId('membershipOffer', 1, 1),
    purchasedAt: new Date('2026-07-01T09:00:00Z'),
    firstActivatedAt: new Date('2026-07-02T10:00:00Z'),
  },
  {
    id: seedId('package', 1, 2),
    companyId: CONTOSO_ID,
    offerId: seedId('membershipOffer', 1, 2),
    purchasedAt: daysAfter(now, -10),
  },
  {
    id: seedId('package', 2, 1),
    companyId: FABRIKAM_ID,
    offerId: seedId('membershipOffer', 2, 1),
    purchasedAt: new Date('2026-02-01T09:00:00Z'),
  },
];

type CatalogRow = typeof membershipSchema.benefitCatalog.$inferInsert;
type OfferType = CatalogRow['offerType'];

/** Catalog wording in both locales. */
export const text = (en: string, zh: string): LocalizedText => ({ 'en-US': en, 'zh-CN': zh });

/**
 * A module's catalog rows: for each offer type, what it grants (`grants(offerType)`), each a
 * yearly benefit, core unless it comes with the competency (`incremental`).
 */
export function catalogRows(
  grants: (offerType: OfferType) => (Omit<
    CatalogRow,
    'offerType' | 'termMonths' | 'benefitType'
  > & {
    incremental?: boolean;
  })[],
): CatalogRow[] {
  return (['action_pack', 'silver', 'gold'] as const).flatMap((offerType) =>
    grants(offerType).map(({ incremental, ...row }) => ({
      offerType,
      benefitType: incremental ? 'incremental' : 'core',
      termMonths: 12,
      ...row,
    })),
  );
}

export async function seedMembership(tx: Db, { now }: SeedContext): Promise<number> {
  return insertMissing(tx, [
    { table: membershipSchema.membershipOffers, rows: membershipOffers },
    { table: membershipSchema.benefitPackages, rows: benefitPackages(now) },
  ]);
}
