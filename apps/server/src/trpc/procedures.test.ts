import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { azureCredits } from '../modules/azure-cloud/schema.js';
import { gtmOffers } from '../modules/gtm/schema.js';
import { companies, users } from '../modules/identity/schema.js';
import { benefitCatalog, benefitPackages, membershipOffers } from '../modules/membership/schema.js';
import {
  softwareBenefits,
  softwareDownloads,
  softwareInstructions,
  softwareKeys,
} from '../modules/software/schema.js';
import { technicalBenefits } from '../modules/technical/schema.js';
import { vsSeatAssignments, vsSubscriptions } from '../modules/visual-studio/schema.js';
import { seed } from '../db/seed.js';
import {
  CONTOSO_ADMIN_ID,
  CONTOSO_ID,
  FABRIKAM_ADMIN_ID,
  FABRIKAM_ID,
  seedId,
} from '../db/seed-ids.js';
import { testDatabases } from '../test/databases.js';
import { sessionOf } from '../test/sessions.js';
import { createContextInner, type Session } from './context.js';
import { createCaller } from './router.js';

const tables = {
  companies: companies,
  users: users,
  membershipOffers: membershipOffers,
  softwareBenefits: softwareBenefits,
  softwareKeys: softwareKeys,
  softwareDownloads: softwareDownloads,
  softwareInstructions: softwareInstructions,
  vsSubscriptions: vsSubscriptions,
  vsSeatAssignments: vsSeatAssignments,
  azureCredits: azureCredits,
  technicalBenefits: technicalBenefits,
  gtmOffers: gtmOffers,
  benefitCatalog: benefitCatalog,
  benefitPackages: benefitPackages,
};

describe.each(testDatabases())('procedures on $kind', ({ open }) => {
  let database: Database;
  let dispose: () => Promise<void>;
  let contosoSession: Session;
  let fabrikamSession: Session;
  const callerFor = (session: Session | null) =>
    createCaller(createContextInner({ db: database.db, session }));
  const contoso = () => callerFor(contosoSession);
  const fabrikam = () => callerFor(fabrikamSession);

  beforeAll(async () => {
    ({ database, dispose } = await open());
    expect(await seed(database.db)).toBeGreaterThan(0);
    contosoSession = await sessionOf(database.db, CONTOSO_ADMIN_ID);
    fabrikamSession = await sessionOf(database.db, FABRIKAM_ADMIN_ID);
  });
  afterAll(() => dispose());

  /** Row counts of every seeded table. */
  const counts = async () =>
    Object.fromEntries(
      await Promise.all(
        Object.entries(tables).map(async ([name, table]) => [
          name,
          await database.db.$count(table),
        ]),
      ),
    );

  it('seeds idempotently: a second run adds no rows', async () => {
    const before = await counts();
    expect(before.companies).toBe(2);
    expect(await seed(database.db)).toBe(0);
    expect(await counts()).toEqual(before);
  });

  it('membership.overview answers the demo company and its offers', async () => {
    const overview = await contoso().membership.overview();
    expect(overview.company).toEqual({
      id: CONTOSO_ID,
      name: 'Contoso Partner Solutions',
      currency: 'USD',
      pmcMigrated: true,
    });
    expect(overview.offers.map((o) => [o.offerType, o.competencyArea])).toEqual([
      ['silver', 'Data Analytics'],
      ['gold', 'Cloud Platform'],
    ]);
    expect(overview.offers[0]).toMatchObject({
      enrollmentStart: '2026-07-01',
      anniversary: '2027-07-01',
    });
  });

  it('membership.overview of the second company shows only its Action Pack (ROLE-8)', async () => {
    const overview = await fabrikam().membership.overview();
    expect(overview.company).toMatchObject({
      id: FABRIKAM_ID,
      name: 'Fabrikam Consulting',
      pmcMigrated: false,
    });
    expect(overview.offers).toEqual([
      expect.objectContaining({ offerType: 'action_pack', competencyArea: null }),
    ]);
  });

  it('software.list answers the demo company software with MEM-3 terms, sorted by product', async () => {
    const { items } = await contoso().software.list();
    expect(items.map((i) => i.product)).toEqual([
      'Office Professional Plus 2019',
      'Project Professional 2019',
      'SQL Server 2019 Enterprise',
      'SQL Server 2019 Standard',
      'Visio Professional 2019',
      'Windows 10 Enterprise',
      'Windows Server 2019 Datacenter',
    ]);
    expect(items.find((i) => i.product === 'Windows Server 2019 Datacenter')).toEqual({
      id: seedId('software', 1, 1),
      product: 'Windows Server 2019 Datacenter',
      quantity: 25,
      offerType: 'gold',
      benefitType: 'core',
      expiresOn: '2027-07-01',
      keys: [
        {
          id: seedId('softwareKey', 1, 1),
          kind: 'mak',
          activationsUsed: 3,
          activationsAllowed: 25,
        },
      ],
      refundAtRisk: null,
    });
  });

  it('software.list honours the limit', async () => {
    const { items } = await contoso().software.list({ limit: 2 });
    expect(items.map((i) => i.product)).toEqual([
      'Office Professional Plus 2019',
      'Project Professional 2019',
    ]);
  });

  it('visualStudio.list counts seats used from assignments (VS-1)', async () => {
    const { items } = await contoso().visualStudio.list();
    expect(items.map((i) => [i.edition, i.seatsTotal, i.seatsUsed])).toEqual([
      ['Visual Studio Enterprise', 25, 3],
      ['Visual Studio Professional', 10, 1],
    ]);
  });

  it('azureCloud.listCredits answers money as integer minor units with the currency (AZ-2)', async () => {
    const { items } = await contoso().azureCloud.listCredits();
    expect(items.map((i) => [i.kind, i.amount])).toEqual([
      ['monthly', { amountMinor: 100_00, currency: 'USD' }],
      ['bulk', { amountMinor: 6_000_00, currency: 'USD' }],
    ]);
  });

  it('technical.list answers localized names, quantities and states (TECH-5, TECH-7)', async () => {
    const { items } = await contoso().technical.list();
    expect(items).toHaveLength(4);
    expect(items.find((i) => i.unit === 'hours')).toMatchObject({
      name: {
        'en-US': 'Technical presales and deployment services',
        'zh-CN': '技术预售和部署服务',
      },
      quantity: 50,
      offerType: 'gold',
      status: 'active',
    });
    expect(
      items.filter((i) => i.offerType === 'gold' && i.unit === 'incidents').map((i) => i.quantity),
    ).toEqual([20, 10]);
  });

  it('gtm.list answers the offers with status and expiry (GTM-1, GTM-4)', async () => {
    const { items } = await contoso().gtm.list();
    expect(
      items.map(({ id, type, status, expiresOn }) => ({ id, type, status, expiresOn })),
    ).toEqual([
      { id: seedId('gtm', 1, 2), type: 'silver_core', status: 'active', expiresOn: '2027-06-30' },
      { id: seedId('gtm', 1, 1), type: 'gold_core', status: 'available', expiresOn: null },
    ]);
  });

  it('ROLE-8 every list shows only the caller company rows', async () => {
    const lists = async (caller: ReturnType<typeof callerFor>) => ({
      software: (await caller.software.list()).items.map((i) => i.id),
      visualStudio: (await caller.visualStudio.list()).items.map((i) => i.id),
      azureCloud: (await caller.azureCloud.listCredits()).items.map((i) => i.id),
      technical: (await caller.technical.list()).items.map((i) => i.id),
      gtm: (await caller.gtm.list()).items.map((i) => i.id),
    });
    const [ours, theirs] = await Promise.all([lists(contoso()), lists(fabrikam())]);
    expect(theirs).toEqual({
      software: [seedId('software', 2, 2), seedId('software', 2, 1)],
      visualStudio: [seedId('vsSubscription', 2, 1)],
      azureCloud: [seedId('azureCredit', 2, 1)],
      technical: [seedId('technical', 2, 1), seedId('technical', 2, 2)],
      gtm: [],
    });
    for (const key of Object.keys(ours) as (keyof typeof ours)[]) {
      expect(ours[key].length).toBeGreaterThan(0);
      expect(ours[key].filter((id) => theirs[key].includes(id))).toEqual([]);
    }
    const fabrikamVs = (await fabrikam().visualStudio.list()).items[0];
    expect(fabrikamVs).toMatchObject({ seatsTotal: 3, seatsUsed: 1 });
  });

  it('refuses a call without a session as UNAUTHORIZED', async () => {
    await expect(callerFor(null).software.list()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('maps a domain error to its tRPC code: a session of an unknown company gets NOT_FOUND', async () => {
    const ghost = callerFor({
      ...contosoSession,
      companyId: '00000000-0000-4000-8000-000000000000',
    });
    const error = await ghost.membership.overview().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect(error).toMatchObject({ code: 'NOT_FOUND', message: 'Company not found' });
  });

  it('rejects invalid input before touching the database', async () => {
    await expect(contoso().software.list({ limit: 0 })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(contoso().gtm.list({ limit: 501 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
