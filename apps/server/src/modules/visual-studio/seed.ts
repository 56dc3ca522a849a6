// Demo history of the Visual Studio tab: the seeded packages provision the subscriptions
// (MEM-8); some Gold seats were taken long enough ago to be reassignable (VS-5, 90 days), one
// recently; Fabrikam's admin holds an Action Pack seat. Contoso's Silver seats stay free: its
// package is still refundable (MEM-5).
import type { Db } from '../../db/database.js';
import { CONTOSO_ID, demoBenefits, demoPackages, FABRIKAM_ID, seedId } from '../../db/seed-ids.js';
import { insertMissing } from '../../db/seed-rows.js';
import type { SeedContext } from '../define.js';
import * as visualStudioSchema from './schema.js';

const contosoSeats = (
  [
    [1, 1, '2026-07-06T09:00:00Z'],
    [2, 2, '2026-07-06T09:05:00Z'],
    [3, 5, '2026-10-19T14:30:00Z'],
    [4, 4, '2026-08-17T08:00:00Z'],
  ] as const
).map(([row, user, at]) => ({
  id: seedId('vsSeat', 1, row),
  companyId: CONTOSO_ID,
  subscriptionId: demoBenefits.visualStudio.goldEnterprise,
  userId: seedId('user', 1, user),
  assignedAt: new Date(at),
}));

const fabrikamSeats = [
  {
    id: seedId('vsSeat', 2, 1),
    companyId: FABRIKAM_ID,
    subscriptionId: demoBenefits.visualStudio.fabrikamProfessional,
    userId: seedId('user', 2, 1),
    assignedAt: new Date('2026-02-10T10:00:00Z'),
  },
];

export function seedVisualStudio(tx: Db, { provisioned }: SeedContext): Promise<number> {
  return insertMissing(tx, [
    {
      table: visualStudioSchema.vsSeatAssignments,
      rows: [
        ...(provisioned.has(demoPackages.contosoGold) ? contosoSeats : []),
        ...(provisioned.has(demoPackages.fabrikamActionPack) ? fabrikamSeats : []),
      ],
    },
  ]);
}
