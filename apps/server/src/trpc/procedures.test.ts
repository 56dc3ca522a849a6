import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { azureCredits } from '../modules/azure-cloud/schema.js';
import { gtmOffers } from '../modules/gtm/schema.js';
import { companies, users } from '../modules/identity/schema.js';
import { benefitPackages, membershipOffers } from '../modules/membership/schema.js';
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
  demoBenefits,
  FABRIKAM_ID,
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

  it('MEM-8 software.list answers what Gold Cloud Platform and Silver Data Analytics grant, with MEM-3 terms, sorted by product', async () => {
    const { items } = await contoso().software.list();
    // Each level's core products, once per level, and SQL Server Standard with the data competency.
    expect(items.map((i) => [i.name['en-US'], i.offerType, i.benefitType, i.quantity])).toEqual([
      ['Office Professional Plus 2019', 'gold', 'core', 100],
      ['Office Professional Plus 2019', 'silver', 'core', 25],
      ['Project Professional 2019', 'gold', 'core', 50],
      ['SQL Server 2019 Enterprise', 'gold', 'core', 25],
      ['SQL Server 2019 Standard', 'silver', 'incremental', 10],
      ['Visio Professional 2019', 'gold', 'core', 50],
      ['Windows 10 Enterprise', 'gold', 'core', 100],
      ['Windows Server 2019 Datacenter', 'gold', 'core', 25],
      ['Windows Server 2019 Datacenter', 'silver', 'core', 10],
    ]);
    const windowsServer = items.find((i) => i.id === demoBenefits.software.windowsServer);
    expect(windowsServer).toMatchObject({
      name: {
        'en-US': 'Windows Server 2019 Datacenter',
        'zh-CN': 'Windows Server 2019 数据中心版',
      },
      quantity: 25,
      offerType: 'gold',
      benefitType: 'core',
      expiresOn: '2027-07-01',
      // SW-4: a MAK key allows as many activations as the benefit has licenses.
      keys: [expect.objectContaining({ kind: 'mak', activationsUsed: 3, activationsAllowed: 25 })],
      refundAtRisk: null,
    });
  });

  it('software.list honours the limit', async () => {
    const { items } = await contoso().software.list({ limit: 2 });
    expect(items.map((i) => [i.name['en-US'], i.offerType])).toEqual([
      ['Office Professional Plus 2019', 'gold'],
      ['Office Professional Plus 2019', 'silver'],
    ]);
  });

  it('MEM-8 VS-1 visualStudio.list: Gold 10 and Silver 5 Enterprise seats, seats used from assignments', async () => {
    const { items } = await contoso().visualStudio.list();
    expect(items.map((i) => [i.edition, i.offerType, i.seatsTotal, i.seatsUsed])).toEqual([
      ['Visual Studio Enterprise', 'silver', 5, 0],
      ['Visual Studio Enterprise', 'gold', 10, 4],
    ]);
  });

  it("MEM-8 AZ-2 azureCloud.listCredits: $100 a month and the level's yearly bulk credit, as integer minor units", async () => {
    const { items } = await contoso().azureCloud.listCredits();
    expect(items.map((i) => [i.kind, i.offerType, i.amount])).toEqual([
      ['monthly', 'silver', { amountMinor: 100_00, currency: 'USD' }],
      ['monthly', 'gold', { amountMinor: 100_00, currency: 'USD' }],
      ['bulk', 'silver', { amountMinor: 12_000_00, currency: 'USD' }],
      ['bulk', 'gold', { amountMinor: 13_000_00, currency: 'USD' }],
    ]);
    // "Or equivalent in local currency": Fabrikam is billed in euros.
    const fabrikamCredits = (await fabrikam().azureCloud.listCredits()).items;
    expect(fabrikamCredits.map((i) => [i.kind, i.amount])).toEqual([
      ['monthly', { amountMinor: 90_00, currency: 'EUR' }],
      ['bulk', { amountMinor: 5_400_00, currency: 'EUR' }],
    ]);
  });

  it('MEM-8 TECH-5 TECH-7 technical.list: incidents and advisory hours per level, Signature unlimited in a cloud competency', async () => {
    const { items } = await contoso().technical.list();
    const rows = items.map((i) => [i.offerType, i.unit, i.benefitType, i.quantity]);
    expect(rows).toHaveLength(6);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['gold', 'incidents', 'core', 20],
        ['gold', 'hours', 'core', 50],
        // Cloud Platform is a cloud competency: Signature support is unlimited.
        ['gold', 'incidents', 'incremental', null],
        ['silver', 'incidents', 'core', 15],
        ['silver', 'hours', 'core', 20],
        // Data Analytics is not: 5 Signature incidents at Silver.
        ['silver', 'incidents', 'incremental', 5],
      ]),
    );
    expect(items.find((i) => i.id === demoBenefits.technical.goldAdvisory)).toMatchObject({
      name: {
        'en-US': 'Technical presales and deployment services',
        'zh-CN': '技术预售和部署服务',
      },
      // TECH-7: presales and deployment hours need no activation.
      status: 'active',
    });
  });

  it('MEM-8 GTM-1 gtm.list: the core offer of each level, each to activate by the end of its year (MEM-7)', async () => {
    const { items } = await contoso().gtm.list();
    expect(items.map((i) => [i.id, i.type, i.offerType, i.status, i.expiresOn])).toEqual([
      [demoBenefits.gtm.silverCore, 'silver_core', 'silver', 'available', '2027-07-01'],
      [demoBenefits.gtm.goldCore, 'gold_core', 'gold', 'available', '2027-07-01'],
    ]);
  });

  it('ROLE-8 every list shows only the caller company rows', async () => {
    const ids = (items: { id: string }[]) => items.map((i) => i.id).sort();
    const lists = async (caller: ReturnType<typeof callerFor>) => ({
      software: ids((await caller.software.list()).items),
      visualStudio: ids((await caller.visualStudio.list()).items),
      azureCloud: ids((await caller.azureCloud.listCredits()).items),
      technical: ids((await caller.technical.list()).items),
      gtm: ids((await caller.gtm.list()).items),
    });
    const [ours, theirs] = await Promise.all([lists(contoso()), lists(fabrikam())]);
    expect(theirs).toEqual({
      software: [
        demoBenefits.software.fabrikamOffice,
        demoBenefits.software.fabrikamWindowsServer,
      ].sort(),
      visualStudio: [demoBenefits.visualStudio.fabrikamProfessional],
      azureCloud: [
        demoBenefits.azureCredits.fabrikamBulk,
        demoBenefits.azureCredits.fabrikamMonthly,
      ].sort(),
      technical: [
        demoBenefits.technical.fabrikamAdvisory,
        demoBenefits.technical.fabrikamOnPremises,
      ].sort(),
      // GTM-1: Action Pack has no Go-To-Market offers.
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
