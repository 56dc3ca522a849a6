// Demo Go-To-Market offers, and the core offer Silver and Gold grant (GTM-1).
import type { Db } from '../../db/database.js';
import { CONTOSO_ID, seedId } from '../../db/seed-ids.js';
import { insertMissing } from '../../db/seed-rows.js';
import type { SeedContext } from '../define.js';
import { catalogRows, text } from '../membership/seed.js';
import * as membershipSchema from '../membership/schema.js';
import * as gtmSchema from './schema.js';

// Action Pack has no Go-To-Market offers (GTM-1: they depend on level and competencies).
const gtmOffers: (typeof gtmSchema.gtmOffers.$inferInsert)[] = [
  {
    id: seedId('gtm', 1, 1),
    companyId: CONTOSO_ID,
    type: 'gold_core',
    status: 'available',
    expiresOn: null,
  },
  {
    id: seedId('gtm', 1, 2),
    companyId: CONTOSO_ID,
    type: 'silver_core',
    status: 'active',
    expiresOn: '2027-06-30',
  },
];


const catalog = catalogRows((offerType) =>
  offerType === 'action_pack'
    ? []
    : [
        {
          benefitKey: `gtm_${offerType}_core`,
          module: 'gtm',
          name: text(
            `Go-To-Market ${offerType === 'gold' ? 'Gold' : 'Silver'} Core`,
            `市场推广${offerType === 'gold' ? '金牌' : '银牌'}核心`,
          ),
          quantity: 1,
          unit: 'offers',
        },
      ],
);

export function seedGtm(tx: Db, _context: SeedContext): Promise<number> {
  return insertMissing(tx, [
    { table: gtmSchema.gtmOffers, rows: gtmOffers },
    { table: membershipSchema.benefitCatalog, rows: catalog },
  ]);
}
