// Demo Azure credit, subscriptions, license-based subscriptions and product keys (the keys by hash
// only, AZ-8), and the credit each offer grants (AZ-2).
import type { Db } from '../../db/database.js';
import { CONTOSO_ID, demoProductKeys, FABRIKAM_ID, seedId } from '../../db/seed-ids.js';
import { actionPack, goldCore, insertMissing, silverIncremental } from '../../db/seed-rows.js';
import type { SeedContext } from '../define.js';
import { catalogRows, text } from '../membership/seed.js';
import * as membershipSchema from '../membership/schema.js';
import { productKeyHash } from './product-keys.js';
import * as azureCloudSchema from './schema.js';

const azureCredits: (typeof azureCloudSchema.azureCredits.$inferInsert)[] = [
  {
    id: seedId('azureCredit', 1, 1),
    companyId: CONTOSO_ID,
    kind: 'monthly',
    amountMinor: 100_00,
    currency: 'USD',
    ...goldCore,
  },
  {
    id: seedId('azureCredit', 1, 2),
    companyId: CONTOSO_ID,
    kind: 'bulk',
    amountMinor: 6_000_00,
    currency: 'USD',
    ...silverIncremental,
  },
  // "Or equivalent in local currency" (AZ-2).
  {
    id: seedId('azureCredit', 2, 1),
    companyId: FABRIKAM_ID,
    kind: 'monthly',
    amountMinor: 90_00,
    currency: 'EUR',
    ...actionPack,
  },
];

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

// The bulk credit is Silver, whose package is still refundable: it stays unassigned (MEM-5 demo).
const azureCreditHolders: (typeof azureCloudSchema.azureCreditHolders.$inferInsert)[] = [
  {
    id: seedId('azureCreditHolder', 1, 1),
    companyId: CONTOSO_ID,
    creditId: seedId('azureCredit', 1, 1),
    userId: seedId('user', 1, 1),
    subscriptionId: seedId('azureSubscription', 1, 1),
    assignedAt: new Date('2026-07-02T10:00:00Z'),
  },
  {
    id: seedId('azureCreditHolder', 2, 1),
    companyId: FABRIKAM_ID,
    creditId: seedId('azureCredit', 2, 1),
    userId: seedId('user', 2, 2),
    subscriptionId: seedId('azureSubscription', 2, 1),
    assignedAt: new Date('2026-02-10T10:00:00Z'),
  },
];

type License = Omit<typeof azureCloudSchema.licenseSubscriptions.$inferInsert, 'id' | 'companyId'>;
const contosoLicense = (
  row: number,
  license: License,
): typeof azureCloudSchema.licenseSubscriptions.$inferInsert => ({
  id: seedId('licenseSubscription', 1, row),
  companyId: CONTOSO_ID,
  ...license,
});

/** AZ-7: the cloud products of Contoso's Gold and Silver offers, one disabled and one expired. */
const licenseSubscriptions: (typeof azureCloudSchema.licenseSubscriptions.$inferInsert)[] = [
  contosoLicense(1, { product: 'Office 365 E3', seats: 100, startsOn: '2026-07-01', ...goldCore }),
  contosoLicense(2, {
    product: 'Dynamics 365 Sales',
    seats: 5,
    startsOn: '2026-07-01',
    ...goldCore,
  }),
  contosoLicense(3, {
    product: 'Microsoft Intune',
    seats: 25,
    startsOn: '2025-11-01',
    status: 'expired',
    ...goldCore,
    expiresOn: '2026-11-01',
  }),
  contosoLicense(4, {
    product: 'Power BI Pro',
    seats: 10,
    startsOn: '2026-07-01',
    ...silverIncremental,
  }),
  contosoLicense(5, {
    product: 'Azure AD Basic',
    seats: 10,
    startsOn: '2026-07-01',
    status: 'disabled',
    ...silverIncremental,
  }),
  {
    id: seedId('licenseSubscription', 2, 1),
    companyId: FABRIKAM_ID,
    product: 'Office 365 E3',
    seats: 5,
    startsOn: '2026-02-01',
    ...actionPack,
  },
];

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

/** AZ-2: monthly credit in dollars per month, bulk credit in dollars per enrollment year. */
const creditPerOffer = { action_pack: 6_000, silver: 12_000, gold: 13_000 } as const;
const catalog = catalogRows((offerType) => [
  {
    benefitKey: 'azure_monthly',
    module: 'azure-cloud',
    name: text('Azure monthly credit', 'Azure 每月信用额度'),
    quantity: 100,
    unit: 'usd_per_month',
  },
  {
    // The bulk credit comes with the competency.
    benefitKey: 'azure_bulk',
    module: 'azure-cloud',
    name: text('Azure yearly bulk credit', 'Azure 年度批量信用额度'),
    quantity: creditPerOffer[offerType],
    unit: 'usd_per_year',
    incremental: true,
  },
]);

export function seedAzureCloud(tx: Db, _context: SeedContext): Promise<number> {
  return insertMissing(tx, [
    { table: azureCloudSchema.azureCredits, rows: azureCredits },
    { table: azureCloudSchema.azureSubscriptions, rows: azureSubscriptions },
    { table: azureCloudSchema.azureCreditHolders, rows: azureCreditHolders },
    { table: azureCloudSchema.licenseSubscriptions, rows: licenseSubscriptions },
    { table: azureCloudSchema.productKeys, rows: productKeys },
    { table: membershipSchema.benefitCatalog, rows: catalog },
  ]);
}
