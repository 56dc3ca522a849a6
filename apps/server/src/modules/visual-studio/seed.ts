// Demo Visual Studio subscriptions and seats, and the seats each offer grants.
import type { Db } from '../../db/database.js';
import { CONTOSO_ID, FABRIKAM_ID, seedId } from '../../db/seed-ids.js';
import { actionPack, goldCore, insertMissing, silverIncremental } from '../../db/seed-rows.js';
import type { SeedContext } from '../define.js';
import { catalogRows, text } from '../membership/seed.js';
import * as membershipSchema from '../membership/schema.js';
import * as visualStudioSchema from './schema.js';

const vsSubscriptions: (typeof visualStudioSchema.vsSubscriptions.$inferInsert)[] = [
  {
    id: seedId('vsSubscription', 1, 1),
    companyId: CONTOSO_ID,
    edition: 'Visual Studio Enterprise',
    seatsTotal: 25,
    ...goldCore,
  },
  {
    id: seedId('vsSubscription', 1, 2),
    companyId: CONTOSO_ID,
    edition: 'Visual Studio Professional',
    seatsTotal: 10,
    ...silverIncremental,
  },
  {
    id: seedId('vsSubscription', 2, 1),
    companyId: FABRIKAM_ID,
    edition: 'Visual Studio Professional',
    seatsTotal: 3,
    ...actionPack,
  },
];

// Some seats long enough ago to be reassignable (VS-5, 90 days), one recent; the guest holds one.
const vsSeatAssignments: (typeof visualStudioSchema.vsSeatAssignments.$inferInsert)[] = [
  {
    id: seedId('vsSeat', 1, 1),
    companyId: CONTOSO_ID,
    subscriptionId: seedId('vsSubscription', 1, 1),
    userId: seedId('user', 1, 1),
    assignedAt: new Date('2026-07-06T09:00:00Z'),
  },
  {
    id: seedId('vsSeat', 1, 2),
    companyId: CONTOSO_ID,
    subscriptionId: seedId('vsSubscription', 1, 1),
    userId: seedId('user', 1, 2),
    assignedAt: new Date('2026-07-06T09:05:00Z'),
  },
  {
    id: seedId('vsSeat', 1, 3),
    companyId: CONTOSO_ID,
    subscriptionId: seedId('vsSubscription', 1, 1),
    userId: seedId('user', 1, 5),
    assignedAt: new Date('2026-10-19T14:30:00Z'),
  },
  {
    id: seedId('vsSeat', 1, 4),
    companyId: CONTOSO_ID,
    subscriptionId: seedId('vsSubscription', 1, 2),
    userId: seedId('user', 1, 4),
    assignedAt: new Date('2026-08-17T08:00:00Z'),
  },
  {
    id: seedId('vsSeat', 2, 1),
    companyId: FABRIKAM_ID,
    subscriptionId: seedId('vsSubscription', 2, 1),
    userId: seedId('user', 2, 1),
    assignedAt: new Date('2026-02-10T10:00:00Z'),
  },
];


const seatsPerOffer = { action_pack: 3, silver: 10, gold: 25 } as const;
const catalog = catalogRows((offerType) => [
  {
    benefitKey: 'vs_subscriptions',
    module: 'visual-studio',
    name: text('Visual Studio subscriptions', 'Visual Studio 订阅'),
    quantity: seatsPerOffer[offerType],
    unit: 'seats',
  },
]);

export function seedVisualStudio(tx: Db, _context: SeedContext): Promise<number> {
  return insertMissing(tx, [
    { table: visualStudioSchema.vsSubscriptions, rows: vsSubscriptions },
    { table: visualStudioSchema.vsSeatAssignments, rows: vsSeatAssignments },
    { table: membershipSchema.benefitCatalog, rows: catalog },
  ]);
}
