// Demo Azure subscriptions, product keys the company bought (by hash only, AZ-8), and the history
// of the credit and cloud products the seeded packages provision (MEM-8).
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import {
  CONTOSO_ID,
  demoBenefits,
  demoPackages,
  demoProductKeys,
  FABRIKAM_ID,
  seedId,
} from '../../db/seed-ids.js';
import { actionPack, goldCore, insertMissing, silverIncremental } from '../../db/seed-rows.js';
import type { SeedContext } from '../define.js';
import { productKeyHash } from './product-keys.js';
import * as azureCloudSchema from './schema.js';

// AZ-6: bulk credit goes onto the partner-benefit or pay-as-you-go subscription, never the EA or CSP one.
const azureSubscriptions: (typeof azureCloudSchema.azureSubscriptions.$inferInsert)[] = [
  {
    id: seedId('azureSubscription', 1, 1),
    companyId: CONTOSO_ID,
    name: 'Contoso Partner Benefits',
    offer: 'partner_benefit',
  },
  {
    id: seedId('azureSubscription', 1, 2),
    companyId: CONTOSO_ID,
    name: 'Contoso Dev/Test (pay-as-you-go)',
    offer: 'pay_as_you_go',
  },
  {
    id: seedId('azureSubscription', 1, 3),
    companyId: CONTOSO_ID,
    name: 'Contoso Production (Enterprise Agreement)',
    offer: 'enterprise_agreement',
  },
  {
    id: seedId('azureSubscription', 1, 4),
    companyId: CONTOSO_ID,
    name: 'Contoso Customer Lab (CSP)',
    offer: 'csp',
  },
  {
    id: seedId('azureSubscription', 2, 1),
    companyId: FABRIKAM_ID,
    name: 'Fabrikam Action Pack',
    offer: 'action_pack',
  },
];

// Contoso's Gold monthly credit and Fabrikam's are in use; the Silver credits stay unassigned, as
// the Silver package is still refundable (MEM-5 demo).
const azureCreditHolders = (provisioned: ReadonlySet<string>) =>
  [
    {
      id: seedId('azureCreditHolder', 1, 1),
      companyId: CONTOSO_ID,
      creditId: demoBenefits.azureCredits.goldMonthly,
      userId: seedId('user', 1, 1),
      subscriptionId: seedId('azureSubscription', 1, 1),
      assignedAt: new Date('2026-07-02T10:00:00Z'),
      packageId: demoPackages.contosoGold,
    },
    {
      id: seedId('azureCreditHolder', 2, 1),
      companyId: FABRIKAM_ID,
      creditId: demoBenefits.azureCredits.fabrikamMonthly,
      userId: seedId('user', 2, 2),
      subscriptionId: seedId('azureSubscription', 2, 1),
      assignedAt: new Date('2026-02-10T10:00:00Z'),
      packageId: demoPackages.fabrikamActionPack,
    },
  ]
    .filter((holder) => provisioned.has(holder.packageId))
    .map(({ packageId: _, ...holder }) => holder);

/** AZ-7 demo states: Contoso's Intune subscription expired last month, Azure AD Basic is disabled. */
async function licenseHistory(tx: Db, provisioned: ReadonlySet<string>): Promise<number> {
  let changed = 0;
  const { licenses } = demoBenefits;
  if (provisioned.has(demoPackages.contosoGold))
    changed += (
      await tx
        .update(azureCloudSchema.licenseSubscriptions)
        .set({ status: 'expired', startsOn: '2025-11-01', expiresOn: '2026-11-01' })
        .where(eq(azureCloudSchema.licenseSubscriptions.id, licenses.intune))
        .returning()
    ).length;
  if (provisioned.has(demoPackages.contosoSilver))
    changed += (
      await tx
        .update(azureCloudSchema.licenseSubscriptions)
        .set({ status: 'disabled' })
        .where(eq(azureCloudSchema.licenseSubscriptions.id, licenses.azureAdBasic))
        .returning()
    ).length;
  return changed;
}

/** Per key: company, row, demo text, product, seats and the terms of the offer it comes with. */
const productKeys: (typeof azureCloudSchema.productKeys.$inferInsert)[] = (
  [
    [1, 1, demoProductKeys.office25, 'Office 365 E3', 25, goldCore],
    [1, 2, demoProductKeys.office100, 'Office 365 E3', 100, goldCore],
    [1, 3, demoProductKeys.office400, 'Office 365 E3', 400, goldCore],
    [1, 4, demoProductKeys.dynamics10, 'Dynamics 365 Sales', 10, goldCore],
    [1, 5, demoProductKeys.intune25, 'Microsoft Intune', 25, goldCore],
    [1, 6, demoProductKeys.powerBi10, 'Power BI Pro', 10, silverIncremental],
    [2, 1, demoProductKeys.fabrikamOffice5, 'Office 365 E3', 5, actionPack],
  ] as const
).map(([company, row, text, product, seats, terms]) => ({
  id: seedId('productKey', company, row),
  companyId: company === 1 ? CONTOSO_ID : FABRIKAM_ID,
  keyHash: productKeyHash(text),
  lastCharacters: text.slice(-5),
  product,
  seats,
  ...terms,
}));

export async function seedAzureCloud(tx: Db, { provisioned }: SeedContext): Promise<number> {
  const inserted = await insertMissing(tx, [
    { table: azureCloudSchema.azureSubscriptions, rows: azureSubscriptions },
    { table: azureCloudSchema.azureCreditHolders, rows: azureCreditHolders(provisioned) },
    { table: azureCloudSchema.productKeys, rows: productKeys },
  ]);
  return inserted + (await licenseHistory(tx, provisioned));
}
