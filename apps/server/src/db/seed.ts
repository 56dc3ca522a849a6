// Idempotent demo data: fixed ids and ON CONFLICT DO NOTHING, so a second run inserts nothing.
// Quantities are catalog data (RULES.md), seeded here rather than written into code.
import type { LocalizedText } from '@pbc/contract';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './database.js';
import * as t from './schema.js';
import { CONTOSO_ID, FABRIKAM_ID, seedId } from './seed-ids.js';

type Terms = Pick<
  typeof t.softwareBenefits.$inferInsert,
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

const companies: (typeof t.companies.$inferInsert)[] = [
  { id: CONTOSO_ID, name: 'Contoso Partner Solutions', currency: 'USD', pmcMigrated: true },
  { id: FABRIKAM_ID, name: 'Fabrikam Consulting', currency: 'EUR', pmcMigrated: false },
];

const users: (typeof t.users.$inferInsert)[] = [
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
];

const membershipOffers: (typeof t.membershipOffers.$inferInsert)[] = [
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

const softwareBenefits: (typeof t.softwareBenefits.$inferInsert)[] = [
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

const vsSubscriptions: (typeof t.vsSubscriptions.$inferInsert)[] = [
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
const vsSeatAssignments: (typeof t.vsSeatAssignments.$inferInsert)[] = [
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

const azureCredits: (typeof t.azureCredits.$inferInsert)[] = [
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

// TECH-5 / TECH-7 quantities per level.
const technicalBenefits: (typeof t.technicalBenefits.$inferInsert)[] = [
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
const gtmOffers: (typeof t.gtmOffers.$inferInsert)[] = [
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

/** Tables in foreign-key order, each with its demo rows. */
const batches: { table: PgTable; rows: Record<string, unknown>[] }[] = [
  { table: t.companies, rows: companies },
  { table: t.users, rows: users },
  { table: t.membershipOffers, rows: membershipOffers },
  { table: t.softwareBenefits, rows: softwareBenefits },
  { table: t.vsSubscriptions, rows: vsSubscriptions },
  { table: t.vsSeatAssignments, rows: vsSeatAssignments },
  { table: t.azureCredits, rows: azureCredits },
  { table: t.technicalBenefits, rows: technicalBenefits },
  { table: t.gtmOffers, rows: gtmOffers },
];

/** Inserts the demo data that is missing; answers how many rows it inserted (0 on a second run). */
export async function seed(db: Db): Promise<number> {
  return db.transaction(async (tx) => {
    let inserted = 0;
    for (const { table, rows } of batches) {
      inserted += (await tx.insert(table).values(rows).onConflictDoNothing().returning()).length;
    }
    return inserted;
  });
}
