// Idempotent demo data: fixed ids and ON CONFLICT DO NOTHING, so a second run inserts nothing.
// Quantities are catalog data (RULES.md), seeded here rather than written into code.
import type { LocalizedText } from '@pbc/contract';
import { and, inArray, isNull } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { hashPassword } from '../modules/identity/passwords.js';
import { processKeyCipher, type KeyCipher } from '../modules/software/key-cipher.js';
import { productKeyHash } from '../modules/azure-cloud/product-keys.js';
import type { Db } from './database.js';
import * as azureCloudSchema from '../modules/azure-cloud/schema.js';
import * as gtmSchema from '../modules/gtm/schema.js';
import * as identitySchema from '../modules/identity/schema.js';
import * as membershipSchema from '../modules/membership/schema.js';
import * as softwareSchema from '../modules/software/schema.js';
import * as technicalSchema from '../modules/technical/schema.js';
import * as visualStudioSchema from '../modules/visual-studio/schema.js';
import {
  CONTOSO_ID,
  DEMO_PASSWORD,
  demoProductKeys,
  demoUsers,
  FABRIKAM_ID,
  seedId,
} from './seed-ids.js';
import { softwareBatches } from '../modules/software/seed.js';

type Terms = Pick<
  typeof softwareSchema.softwareBenefits.$inferInsert,
  'offerType' | 'benefitType' | 'expiresOn'
>;

// Contoso: Gold Cloud Platform + Silver Data Analytics, enrolled 2026-07-01.
const contosoYear = { enrollmentStart: '2026-07-01', anniversary: '2027-07-01' };
const goldCore: Terms = {
  offerType: 'gold',
  benefitType: 'core',
  expiresOn: contosoYear.anniversary,
};
const silverIncremental: Terms = {
  offerType: 'silver',
  benefitType: 'incremental',
  expiresOn: contosoYear.anniversary,
};
// Fabrikam: Action Pack only, enrolled 2026-02-01, still in Partner Membership Center.
const fabrikamYear = { enrollmentStart: '2026-02-01', anniversary: '2027-02-01' };
const actionPack: Terms = {
  offerType: 'action_pack',
  benefitType: 'core',
  expiresOn: fabrikamYear.anniversary,
};

const technicalNames = {
  onPremises: {
    'en-US': 'Microsoft Product Support (on-premises)',
    'zh-CN': 'Microsoft 产品支持（本地）',
  },
  signature: { 'en-US': 'Signature Product Support (cloud)', 'zh-CN': '签名产品支持（云）' },
  advisory: {
    'en-US': 'Technical presales and deployment services',
    'zh-CN': '技术预售和部署服务',
  },
} satisfies Record<string, LocalizedText>;

const companies: (typeof identitySchema.companies.$inferInsert)[] = [
  { id: CONTOSO_ID, name: 'Contoso Partner Solutions', currency: 'USD', pmcMigrated: true },
  { id: FABRIKAM_ID, name: 'Fabrikam Consulting', currency: 'EUR', pmcMigrated: false },
];

const users: (typeof identitySchema.users.$inferInsert)[] = [
  {
    id: seedId('user', 1, 1),
    companyId: CONTOSO_ID,
    email: 'megan.bowen@contoso.com',
    displayName: 'Megan Bowen',
    roles: ['global_admin'],
  },
  {
    id: seedId('user', 1, 2),
    companyId: CONTOSO_ID,
    email: 'alex.wilber@contoso.com',
    displayName: 'Alex Wilber',
    roles: ['mpn_partner_admin'],
  },
  {
    id: seedId('user', 1, 3),
    companyId: CONTOSO_ID,
    email: 'lee.gu@contoso.com',
    displayName: 'Lee Gu',
    roles: ['user_management_admin'],
  },
  {
    id: seedId('user', 1, 4),
    companyId: CONTOSO_ID,
    email: 'diego.siciliani@contoso.com',
    displayName: 'Diego Siciliani',
    roles: [],
  },
  {
    id: seedId('user', 1, 5),
    companyId: CONTOSO_ID,
    email: 'adele.vance@northwind.example',
    displayName: 'Adele Vance (Northwind)',
    kind: 'guest',
    roles: [],
  },
  {
    id: demoUsers.globalAdmin.id,
    companyId: CONTOSO_ID,
    email: demoUsers.globalAdmin.email,
    displayName: 'Grace Taylor',
    roles: ['global_admin'],
  },
  {
    id: demoUsers.userAdmin.id,
    companyId: CONTOSO_ID,
    email: demoUsers.userAdmin.email,
    displayName: 'Ulrich Meyer',
    roles: ['user_management_admin'],
  },
  {
    id: demoUsers.agent.id,
    companyId: CONTOSO_ID,
    email: demoUsers.agent.email,
    displayName: 'Aiko Tanaka',
    roles: ['admin_agent'],
  },
  {
    id: demoUsers.partnerAdmin.id,
    companyId: CONTOSO_ID,
    email: demoUsers.partnerAdmin.email,
    displayName: 'Priya Natarajan',
    roles: ['mpn_partner_admin'],
  },
  {
    id: demoUsers.employee.id,
    companyId: CONTOSO_ID,
    email: demoUsers.employee.email,
    displayName: 'Evan Brooks',
    roles: [],
  },
  {
    id: demoUsers.guest.id,
    companyId: CONTOSO_ID,
    email: demoUsers.guest.email,
    displayName: 'Gina Lopez (Fabrikam)',
    kind: 'guest',
    roles: [],
  },
  {
    id: seedId('user', 2, 1),
    companyId: FABRIKAM_ID,
    email: 'kim.akers@fabrikam.com',
    displayName: 'Kim Akers',
    roles: ['global_admin'],
  },
  {
    id: seedId('user', 2, 2),
    companyId: FABRIKAM_ID,
    email: 'nestor.wilke@fabrikam.com',
    displayName: 'Nestor Wilke',
    roles: [],
  },
  {
    id: demoUsers.fabrikamAdmin.id,
    companyId: FABRIKAM_ID,
    email: demoUsers.fabrikamAdmin.email,
    displayName: 'Felix Novak',
    roles: ['global_admin'],
  },
];

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

const softwareBenefits: (typeof softwareSchema.softwareBenefits.$inferInsert)[] = [
  {
    id: seedId('software', 1, 1),
    companyId: CONTOSO_ID,
    product: 'Windows Server 2019 Datacenter',
    quantity: 25,
    ...goldCore,
  },
  {
    id: seedId('software', 1, 2),
    companyId: CONTOSO_ID,
    product: 'SQL Server 2019 Enterprise',
    quantity: 25,
    ...goldCore,
  },
  {
    id: seedId('software', 1, 3),
    companyId: CONTOSO_ID,
    product: 'Office Professional Plus 2019',
    quantity: 100,
    ...goldCore,
  },
  {
    id: seedId('software', 1, 4),
    companyId: CONTOSO_ID,
    product: 'Visio Professional 2019',
    quantity: 50,
    ...goldCore,
  },
  {
    id: seedId('software', 1, 5),
    companyId: CONTOSO_ID,
    product: 'Project Professional 2019',
    quantity: 50,
    ...goldCore,
  },
  {
    id: seedId('software', 1, 6),
    companyId: CONTOSO_ID,
    product: 'Windows 10 Enterprise',
    quantity: 100,
    ...goldCore,
  },
  {
    id: seedId('software', 1, 7),
    companyId: CONTOSO_ID,
    product: 'SQL Server 2019 Standard',
    quantity: 10,
    ...silverIncremental,
  },
  {
    id: seedId('software', 2, 1),
    companyId: FABRIKAM_ID,
    product: 'Windows Server 2019 Standard',
    quantity: 2,
    ...actionPack,
  },
  {
    id: seedId('software', 2, 2),
    companyId: FABRIKAM_ID,
    product: 'Office Professional Plus 2019',
    quantity: 5,
    ...actionPack,
  },
];

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

// TECH-5 / TECH-7 quantities per level.
const technicalBenefits: (typeof technicalSchema.technicalBenefits.$inferInsert)[] = [
  {
    id: seedId('technical', 1, 1),
    companyId: CONTOSO_ID,
    name: technicalNames.onPremises,
    quantity: 20,
    unit: 'incidents',
    status: 'active',
    ...goldCore,
  },
  {
    id: seedId('technical', 1, 2),
    companyId: CONTOSO_ID,
    name: technicalNames.signature,
    quantity: 10,
    unit: 'incidents',
    status: 'not_activated',
    ...goldCore,
  },
  {
    id: seedId('technical', 1, 3),
    companyId: CONTOSO_ID,
    name: technicalNames.advisory,
    quantity: 50,
    unit: 'hours',
    status: 'active',
    ...goldCore,
  },
  {
    id: seedId('technical', 1, 4),
    companyId: CONTOSO_ID,
    name: technicalNames.signature,
    quantity: 5,
    unit: 'incidents',
    status: 'pending',
    ...silverIncremental,
  },
  {
    id: seedId('technical', 2, 1),
    companyId: FABRIKAM_ID,
    name: technicalNames.onPremises,
    quantity: 10,
    unit: 'incidents',
    status: 'not_activated',
    ...actionPack,
  },
  {
    id: seedId('technical', 2, 2),
    companyId: FABRIKAM_ID,
    name: technicalNames.advisory,
    quantity: 5,
    unit: 'hours',
    status: 'active',
    ...actionPack,
  },
];

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

type CatalogRow = typeof membershipSchema.benefitCatalog.$inferInsert;
const yearly = { termMonths: 12 } as const;
/** Core benefits come with the offer; the bulk credit and cloud support come with the competency. */
const incrementalBenefits = new Set(['azure_bulk', 'support_signature']);
const text = (en: string, zh: string): LocalizedText => ({ 'en-US': en, 'zh-CN': zh });

/** Per offer: the software, Azure (AZ-2), Visual Studio, technical (TECH-5, TECH-7) and GTM benefits. */
const benefitCatalog: CatalogRow[] = [
  ...(
    [
      ['action_pack', 2, 5, 3, 100, 6_000, 10, 0, 5],
      ['silver', 10, 25, 10, 100, 12_000, 15, 5, 20],
      ['gold', 25, 100, 25, 100, 13_000, 20, 10, 50],
    ] as const
  ).flatMap(
    ([offerType, servers, office, vsSeats, monthly, bulk, onPremises, signature, advisory]) => {
      const row = (
        r: Omit<CatalogRow, 'offerType' | 'benefitType' | 'termMonths'>,
      ): CatalogRow => ({
        offerType,
        benefitType: incrementalBenefits.has(r.benefitKey) ? 'incremental' : 'core',
        ...yearly,
        ...r,
      });
      const rows: CatalogRow[] = [
        row({
          benefitKey: 'windows_server',
          module: 'software',
          name: text('Windows Server 2019', 'Windows Server 2019'),
          quantity: servers,
          unit: 'licenses',
        }),
        row({
          benefitKey: 'office_pro_plus',
          module: 'software',
          name: text('Office Professional Plus 2019', 'Office 专业增强版 2019'),
          quantity: office,
          unit: 'licenses',
        }),
        row({
          benefitKey: 'vs_subscriptions',
          module: 'visual_studio',
          name: text('Visual Studio subscriptions', 'Visual Studio 订阅'),
          quantity: vsSeats,
          unit: 'seats',
        }),
        row({
          benefitKey: 'azure_monthly',
          module: 'azure',
          name: text('Azure monthly credit', 'Azure 每月信用额度'),
          quantity: monthly,
          unit: 'usd_per_month',
        }),
        row({
          benefitKey: 'azure_bulk',
          module: 'azure',
          name: text('Azure yearly bulk credit', 'Azure 年度批量信用额度'),
          quantity: bulk,
          unit: 'usd_per_year',
        }),
        row({
          benefitKey: 'support_on_premises',
          module: 'technical',
          name: technicalNames.onPremises,
          quantity: onPremises,
          unit: 'incidents',
        }),
        row({
          benefitKey: 'advisory_hours',
          module: 'technical',
          name: technicalNames.advisory,
          quantity: advisory,
          unit: 'hours',
        }),
      ];
      // TECH-5: Signature cloud support from Silver up; GTM-1: core offers from Silver up.
      if (signature > 0)
        rows.push(
          row({
            benefitKey: 'support_signature',
            module: 'technical',
            name: technicalNames.signature,
            quantity: signature,
            unit: 'incidents',
          }),
        );
      if (offerType !== 'action_pack')
        rows.push(
          row({
            benefitKey: `gtm_${offerType}_core`,
            module: 'gtm',
            name: text(
              `Go-To-Market ${offerType === 'gold' ? 'Gold' : 'Silver'} Core`,
              `市场推广${offerType === 'gold' ? '金牌' : '银牌'}核心`,
            ),
            quantity: 1,
            unit: 'offers',
          }),
        );
      return rows;
    },
  ),
];

const dayMs = 24 * 60 * 60 * 1000;

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
    purchasedAt: new Date(now.getTime() - 10 * dayMs),
  },
  {
    id: seedId('package', 2, 1),
    companyId: FABRIKAM_ID,
    offerId: seedId('membershipOffer', 2, 1),
    purchasedAt: new Date('2026-02-01T09:00:00Z'),
  },
];

/** Tables in foreign-key order, each with its demo rows. */
const batches = (
  now: Date,
  cipher: KeyCipher,
): { table: PgTable; rows: Record<string, unknown>[] }[] => [
  { table: identitySchema.companies, rows: companies },
  { table: identitySchema.users, rows: users },
  { table: membershipSchema.membershipOffers, rows: membershipOffers },
  { table: softwareSchema.softwareBenefits, rows: softwareBenefits },
  ...softwareBatches(cipher),
  { table: visualStudioSchema.vsSubscriptions, rows: vsSubscriptions },
  { table: visualStudioSchema.vsSeatAssignments, rows: vsSeatAssignments },
  { table: azureCloudSchema.azureCredits, rows: azureCredits },
  { table: azureCloudSchema.azureSubscriptions, rows: azureSubscriptions },
  { table: azureCloudSchema.azureCreditHolders, rows: azureCreditHolders },
  { table: azureCloudSchema.licenseSubscriptions, rows: licenseSubscriptions },
  { table: azureCloudSchema.productKeys, rows: productKeys },
  { table: technicalSchema.technicalBenefits, rows: technicalBenefits },
  { table: gtmSchema.gtmOffers, rows: gtmOffers },
  { table: membershipSchema.benefitCatalog, rows: benefitCatalog },
  { table: membershipSchema.benefitPackages, rows: benefitPackages(now) },
];

/**
 * Inserts the demo data that is missing; answers how many rows it wrote (0 on a second run).
 * Seeded users without a password (created before sign-in existed) get the demo password.
 * `cipher` encrypts the demo product keys: the server's own (main.ts), else the process's test key.
 */
export async function seed(
  db: Db,
  now = new Date(),
  cipher: KeyCipher = processKeyCipher(),
): Promise<number> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction(async (tx) => {
    let inserted = 0;
    for (const { table, rows } of batches(now, cipher)) {
      const values = table === identitySchema.users ? rows.map((row) => ({ ...row, passwordHash })) : rows;
      inserted += (await tx.insert(table).values(values).onConflictDoNothing().returning()).length;
    }
    const seededUsers = users.map((u) => u.id!);
    const updated = await tx
      .update(identitySchema.users)
      .set({ passwordHash })
      .where(and(inArray(identitySchema.users.id, seededUsers), isNull(identitySchema.users.passwordHash)))
      .returning({ id: identitySchema.users.id });
    return inserted + updated.length;
  });
}
