// MEM-8: what a company holds comes from one catalog. A purchase provisions its offer's benefits
// into every area in its transaction; a refund withdraws them; a level's core benefits come once
// and pass to the level's next package; every count shown equals what the tabs list.
import { Competency, type BenefitModuleKey, type OfferType } from '@pbc/contract';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.js';
import { seed } from '../../db/seed.js';
import { demoBenefits, demoPackages, demoUsers } from '../../db/seed-ids.js';
import { fixedDelay } from '../../jobs/fulfilment.js';
import { advanceWaitingJobs, JobRunner } from '../../jobs/queue.js';
import { allJobs } from '../../jobs/registry.js';
import { days, testClock } from '../../test/clock.js';
import { testDatabases } from '../../test/databases.js';
import { failure } from '../../test/failure.js';
import { sessionOf } from '../../test/sessions.js';
import { createContextInner, type Session } from '../../trpc/context.js';
import { createCaller } from '../../trpc/router.js';
import { processKeyCipher } from '../software/key-cipher.js';
import { benefitAreas, provisionPackage } from './provisioning.js';

const stepMs = days(2);

describe.each(testDatabases())('MEM-8 provisioning on $kind', ({ open }) => {
  let database: Database;
  let dispose: () => Promise<void>;
  const clock = testClock();
  const fulfilment = fixedDelay(stepMs);
  let admin: Session;
  let partnerAdmin: Session;
  let runner: JobRunner;
  const callerFor = (session: Session) =>
    createCaller(createContextInner({ db: database.db, clock, fulfilment, session }));
  /** Refunds a package through its cancellation request: Submitted → In review → decided. */
  const refund = async (packageId: string) => {
    await callerFor(partnerAdmin).membership.requestCancellation({ packageId });
    for (let step = 0; step < 2; step++) {
      clock.advance(stepMs + 1000);
      await advanceWaitingJobs(database.db, stepMs + 1000);
      await runner.runDue();
    }
    return (await callerFor(admin).membership.packages()).items.find((p) => p.id === packageId)!;
  };
  /** Every row of every tab, as the tabs list them. */
  const tabs = async () => {
    const caller = callerFor(admin);
    const [software, visualStudio, credits, licenses, technical, gtm] = await Promise.all([
      caller.software.list({ limit: 500 }),
      caller.visualStudio.list({ limit: 500 }),
      caller.azureCloud.listCredits({ limit: 500 }),
      caller.azureCloud.listLicenses({ limit: 500 }),
      caller.technical.list({ limit: 500 }),
      caller.gtm.list({ limit: 500 }),
    ]);
    return {
      software: software.items,
      'azure-cloud': [...credits.items, ...licenses.items],
      'visual-studio': visualStudio.items,
      technical: technical.items,
      gtm: gtm.items,
    } satisfies Record<BenefitModuleKey, { id: string }[]>;
  };
  const held = async () => (await callerFor(admin).membership.entitlements()).items;

  beforeAll(async () => {
    ({ database, dispose } = await open());
    await seed(database.db, clock.now());
    admin = await sessionOf(database.db, demoUsers.globalAdmin.id);
    partnerAdmin = await sessionOf(database.db, demoUsers.partnerAdmin.id);
    runner = new JobRunner({ db: database.db, clock, fulfilment }, allJobs);
  });
  afterAll(() => dispose());

  it('MEM-8 provisioning a package twice adds nothing', async () => {
    const before = await held();
    expect(
      await provisionPackage(
        database.db,
        demoPackages.contosoGold,
        { keyCipher: processKeyCipher() },
        clock.now(),
      ),
    ).toBe(false);
    expect(await held()).toEqual(before);
  });

  it('MEM-8 buying Gold Application Development adds what the competency grants to each tab; Gold’s core benefits come once', async () => {
    const before = await held();
    const bought = await callerFor(partnerAdmin).membership.purchase({
      offerType: 'gold',
      competencyArea: 'Application Development',
    });
    const added = (await held()).filter((e) => !before.some((b) => b.id === e.id));
    // Contoso holds Gold already: only the competency's incremental benefits are new.
    expect(added.map((e) => [e.module, e.benefitKey, e.offerType, e.benefitType]).sort()).toEqual(
      [
        // GTM-1: ISV Co-sell ready with Application Development.
        ['gtm', 'isv_cosell_ready', 'gold', 'incremental'],
        // TECH-5: 10 Signature incidents at Gold (Application Development is no cloud competency).
        ['technical', 'support_signature', 'gold', 'incremental'],
        // The developer competencies add Visual Studio Enterprise seats.
        ['visual-studio', 'vs_enterprise_competency', 'gold', 'incremental'],
      ].sort(),
    );
    expect(added.every((e) => e.packageId === bought.id)).toBe(true);
    const { technical, 'visual-studio': vs } = await tabs();
    expect(
      technical.find((t) => t.id === added.find((e) => e.module === 'technical')!.id),
    ).toMatchObject({ quantity: 10, unit: 'incidents', status: 'not_activated' });
    expect(
      vs.find((s) => s.id === added.find((e) => e.module === 'visual-studio')!.id),
    ).toMatchObject({ edition: 'Visual Studio Enterprise', seatsTotal: 10, seatsUsed: 0 });

    // MEM-4: refunded, and exactly those rows go.
    expect(await refund(bought.id)).toMatchObject({ status: 'cancelled' });
    expect(await held()).toEqual(before);
  });

  it('MEM-4 MEM-5 MEM-8 using a benefit of an older package puts only that package at stake, not a new one', async () => {
    const bought = await callerFor(partnerAdmin).membership.purchase({
      offerType: 'gold',
      competencyArea: 'Security',
    });
    const { software } = await tabs();
    // Windows Server 2019 Datacenter came with Gold Cloud Platform (used since July): no warning.
    expect(
      software.find((s) => s.id === demoBenefits.software.windowsServer)!.refundAtRisk,
    ).toBeNull();
    await callerFor(partnerAdmin).software.revealKeys({
      benefitId: demoBenefits.software.windowsServer,
    });
    const packages = (await callerFor(admin).membership.packages()).items;
    expect(packages.find((p) => p.id === bought.id)!.refund).toMatchObject({
      eligible: true,
      reason: null,
    });
    // Its own benefit, on the other hand, warns with its package and ends its refund when used.
    const security = (await tabs())['azure-cloud'].find(
      (l) => 'product' in l && l.product === 'Microsoft 365 E5 Security',
    )!;
    expect(security.refundAtRisk).toMatchObject({ packageId: bought.id });
  });

  it('MEM-4 MEM-8 refunding a package passes its level’s core benefits to the next package of the level; its own go', async () => {
    const second = await callerFor(partnerAdmin).membership.purchase({
      offerType: 'silver',
      competencyArea: 'Security',
    });
    const silverEnterprise = demoBenefits.visualStudio.silverEnterprise;
    expect(await refund(demoPackages.contosoSilver)).toMatchObject({ status: 'cancelled' });
    const now = await held();
    // Silver's core: still held, now through the Silver Security package.
    expect(now.find((e) => e.id === silverEnterprise)).toMatchObject({
      packageId: second.id,
      benefitType: 'core',
      offerType: 'silver',
    });
    // Data Analytics' own benefits (SQL Server Standard) are withdrawn.
    expect(now.find((e) => e.id === demoBenefits.software.sqlStandard)).toBeUndefined();
    expect(now.some((e) => e.packageId === demoPackages.contosoSilver)).toBe(false);
  });

  it('MEM-2 a competency held at a level cannot be bought again at that level: refused at the field', async () => {
    expect(
      await failure(
        callerFor(partnerAdmin).membership.purchase({
          offerType: 'gold',
          competencyArea: 'Cloud Platform',
        }),
      ),
    ).toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'COMPETENCY_ALREADY_HELD' },
      fieldErrors: { competencyArea: [expect.any(String)] },
    });
  });

  it('MEM-8 packages of one level bought at the same instant hold its core benefits once', async () => {
    // Silver emptied first (the Silver Security package bought above goes too), then six Silver
    // packages bought while the clock stands still: they share one purchase instant.
    for (const p of (await callerFor(admin).membership.packages()).items)
      if (p.offerType === 'silver' && p.status === 'active') await refund(p.id);
    for (const competencyArea of [
      'Application Development',
      'Application Integration',
      'Cloud Productivity',
      'Data Platform',
      'Messaging',
      'DevOps',
    ] as const)
      await callerFor(partnerAdmin).membership.purchase({ offerType: 'silver', competencyArea });
    const silverCore = (await held())
      .filter((e) => e.offerType === 'silver' && e.benefitType === 'core' && e.packageId !== null)
      .map((e) => `${e.module}:${e.benefitKey}`);
    expect(silverCore.length).toBeGreaterThan(0);
    expect(silverCore.length).toBe(new Set(silverCore).size);
  });

  it('MEM-8 for random purchases, refunds and activations, every count equals the tabs and holdings follow the catalog', async () => {
    const action = fc.oneof(
      fc.record({
        kind: fc.constant('buy' as const),
        offerType: fc.constantFrom<OfferType>('silver', 'gold'),
        competencyArea: fc.constantFrom(...Competency.options),
      }),
      fc.record({ kind: fc.constant('refund' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('activate' as const), pick: fc.nat() }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 2, maxLength: 5 }), async (actions) => {
        for (const step of actions) {
          if (step.kind === 'buy') {
            // Refused when already held (MEM-2): nothing changes then.
            await callerFor(partnerAdmin)
              .membership.purchase({
                offerType: step.offerType,
                competencyArea: step.competencyArea,
              })
              .catch(() => undefined);
          } else if (step.kind === 'refund') {
            const open = (await callerFor(admin).membership.packages()).items.filter(
              (p) => p.refund.eligible && p.status === 'active',
            );
            if (open.length > 0) await refund(open[step.pick % open.length]!.id);
          } else {
            const free = (await callerFor(admin).visualStudio.list()).items.filter(
              (s) => s.seatsUsed < s.seatsTotal,
            );
            const users = (await callerFor(admin).directory.list({ limit: 100 })).items;
            if (free.length > 0)
              await callerFor(admin)
                .visualStudio.assign({
                  subscriptionId: free[step.pick % free.length]!.id,
                  userId: users[step.pick % users.length]!.id,
                })
                .catch(() => undefined);
          }
          await expectCountsMatchTabs();
        }
        await expectHoldingsFollowCatalog();
      }),
      { numRuns: 12 },
    );
  });

  async function expectCountsMatchTabs() {
    const [overview, rows] = await Promise.all([callerFor(admin).membership.overview(), tabs()]);
    for (const { module, count } of overview.modules)
      expect(count, module).toBe(rows[module].length);
  }

  /** Each live level's core benefits once, each package's incremental ones, nothing else from a package. */
  async function expectHoldingsFollowCatalog() {
    const packages = (await callerFor(admin).membership.packages()).items
      .filter((p) => p.status !== 'cancelled')
      .sort((a, b) => a.purchasedAt.localeCompare(b.purchasedAt) || a.id.localeCompare(b.id));
    const expected: string[] = [];
    const levels = new Set<OfferType>();
    for (const pkg of packages) {
      const coreHeld = levels.has(pkg.offerType);
      levels.add(pkg.offerType);
      for (const area of await benefitAreas())
        for (const entry of area.catalog(pkg))
          if (entry.benefitType === 'incremental' || !coreHeld)
            expected.push(`${area.module}:${entry.key}:${pkg.offerType}:${entry.benefitType}`);
    }
    const granted = (await held())
      .filter((e) => e.packageId !== null)
      .map((e) => `${e.module}:${e.benefitKey}:${e.offerType}:${e.benefitType}`);
    expect(granted.sort()).toEqual(expected.sort());
  }
});
