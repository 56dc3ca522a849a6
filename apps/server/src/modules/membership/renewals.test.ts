// MEM-6 renewal on both databases: Renew inside the window only (ROLE-2's roles), the new
// anniversary is the old + 365 days and the year's benefits expire with it; inside the window
// benefits keep working; a missed window lapses them and every use is refused with that reason.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.js';
import { seed } from '../../db/seed.js';
import { demoBenefits, demoPackages, demoUsers } from '../../db/seed-ids.js';
import { fixedDelay } from '../../jobs/fulfilment.js';
import { testClock } from '../../test/clock.js';
import { testDatabases } from '../../test/databases.js';
import { failure } from '../../test/failure.js';
import { sessionOf } from '../../test/sessions.js';
import { createContextInner, type Session } from '../../trpc/context.js';
import { createCaller } from '../../trpc/router.js';

// Contoso's Gold and Silver offers have their anniversary on 2027-07-01 (seed).
const presales = (benefitId: string) => ({
  benefitId,
  type: 'deployment' as const,
  product: 'azure-kubernetes-service' as const,
  phone: '+86 10 6552 9988',
  timeZone: 'Asia/Shanghai',
  preferredHours: 'morning' as const,
  countryRegion: 'CN',
  language: 'zh-Hans' as const,
  estimatedHours: 8,
});

describe.each(testDatabases())('MEM-6 renewal on $kind', ({ open }) => {
  let database: Database;
  let dispose: () => Promise<void>;
  let clock = testClock();
  let admin: Session;
  let partnerAdmin: Session;
  let employee: Session;
  const callerFor = (session: Session) =>
    createCaller(
      createContextInner({ db: database.db, clock, fulfilment: fixedDelay(60_000), session }),
    );
  const pkg = async (id: string) =>
    (await callerFor(admin).membership.packages()).items.find((p) => p.id === id)!;
  const expiriesOf = async (packageId: string) =>
    new Set(
      (await callerFor(admin).membership.entitlements()).items
        .filter((e) => e.packageId === packageId)
        .map((e) => e.expiresOn),
    );

  beforeAll(async () => {
    ({ database, dispose } = await open());
    await seed(database.db, clock.now());
    admin = await sessionOf(database.db, demoUsers.globalAdmin.id);
    partnerAdmin = await sessionOf(database.db, demoUsers.partnerAdmin.id);
    employee = await sessionOf(database.db, demoUsers.employee.id);
  });
  afterAll(() => dispose());

  it('MEM-6 before the window Renew is refused with the day it opens', async () => {
    expect((await pkg(demoPackages.contosoGold)).renewal).toEqual({
      anniversary: '2027-07-01',
      opensOn: '2027-07-02',
      closesOn: '2027-07-31',
      standing: 'current',
      countdown: { until: 'opens', days: 220 },
      allowed: false,
      reason: 'RENEWAL_NOT_OPEN',
      nextAnniversary: '2028-06-30',
    });
    expect(
      await failure(callerFor(admin).membership.renew({ packageId: demoPackages.contosoGold })),
    ).toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'RENEWAL_NOT_OPEN', opensOn: '2027-07-02' },
    });
  });

  it('MEM-6 ROLE-2 ROLE-7 only a Global admin or MPN partner admin renews; the refusal names the Global admins to ask', async () => {
    clock = testClock(new Date('2027-07-10T08:00:00Z'));
    expect(
      await failure(callerFor(employee).membership.renew({ packageId: demoPackages.contosoGold })),
    ).toMatchObject({
      code: 'FORBIDDEN',
      details: {
        permission: 'packages.renew',
        anyOf: ['global_admin', 'mpn_partner_admin'],
        globalAdmins: expect.arrayContaining([
          expect.objectContaining({ displayName: 'Grace Taylor' }),
        ]),
      },
    });
  });

  it('MEM-6 inside the window the benefits keep working; Renew moves the anniversary by 365 days and the year’s benefits with it', async () => {
    clock = testClock(new Date('2027-07-10T08:00:00Z'));
    const silver = await pkg(demoPackages.contosoSilver);
    expect(silver.renewal).toMatchObject({
      standing: 'renewal_window',
      countdown: { until: 'closes', days: 22 },
      allowed: true,
      reason: null,
    });
    // Past its expiry date (2027-07-01) but inside the window: the request is taken.
    await expect(
      callerFor(employee).technical.requestPresales(
        presales(demoBenefits.technical.silverAdvisory),
      ),
    ).resolves.toMatchObject({ status: 'submitted' });

    const renewed = await callerFor(partnerAdmin).membership.renew({
      packageId: demoPackages.contosoGold,
    });
    expect(renewed.renewal).toMatchObject({
      anniversary: '2028-06-30',
      opensOn: '2028-07-01',
      closesOn: '2028-07-30',
      standing: 'current',
      reason: 'RENEWAL_NOT_OPEN',
    });
    expect(await expiriesOf(demoPackages.contosoGold)).not.toContain('2027-07-01');
    expect(await expiriesOf(demoPackages.contosoGold)).toContain('2028-06-30');
    // Renewed once: a second Renew finds the new year's window closed until it opens.
    expect(
      await failure(callerFor(admin).membership.renew({ packageId: demoPackages.contosoGold })),
    ).toMatchObject({ details: { reason: 'RENEWAL_NOT_OPEN', opensOn: '2028-07-01' } });
  });

  it('MEM-6 a missed window lapses the offer: its benefits refuse every use with BENEFITS_LAPSED, judged at the request', async () => {
    clock = testClock(new Date('2027-07-31T23:59:00Z'));
    expect((await pkg(demoPackages.contosoSilver)).renewal.standing).toBe('renewal_window');
    clock = testClock(new Date('2027-08-01T00:00:00Z'));
    expect((await pkg(demoPackages.contosoSilver)).renewal).toMatchObject({
      standing: 'lapsed',
      countdown: null,
      allowed: false,
      reason: 'RENEWAL_WINDOW_MISSED',
    });
    expect(
      await failure(callerFor(admin).membership.renew({ packageId: demoPackages.contosoSilver })),
    ).toMatchObject({ details: { reason: 'RENEWAL_WINDOW_MISSED', closesOn: '2027-07-31' } });
    expect(
      await failure(
        callerFor(employee).technical.requestPresales(
          presales(demoBenefits.technical.silverAdvisory),
        ),
      ),
    ).toMatchObject({ details: { reason: 'BENEFITS_LAPSED', lapsedOn: '2027-08-01' } });
    expect(
      await failure(
        callerFor(admin).technical.activate({ benefitId: demoBenefits.technical.silverOnPremises }),
      ),
    ).toMatchObject({ details: { reason: 'BENEFITS_LAPSED' } });
    // The renewed Gold offer's benefits still work.
    await expect(
      callerFor(employee).technical.requestPresales(presales(demoBenefits.technical.goldAdvisory)),
    ).resolves.toMatchObject({ status: 'submitted' });
  });
});
