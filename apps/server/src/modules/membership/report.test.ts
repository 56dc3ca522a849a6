// Insights on both databases: each area's figures equal what its tab lists (MEM-8): granted,
// activated, used, unused and unused expiring within 30/90/120 days; the offer and area filters.
import { addDays, isoDay } from '@pbc/rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.js';
import { seed } from '../../db/seed.js';
import { demoUsers } from '../../db/seed-ids.js';
import { testClock } from '../../test/clock.js';
import { testDatabases } from '../../test/databases.js';
import { sessionOf } from '../../test/sessions.js';
import { createContextInner, type Session } from '../../trpc/context.js';
import { createCaller } from '../../trpc/router.js';

describe.each(testDatabases())('Insights report on $kind', ({ open }) => {
  let database: Database;
  let dispose: () => Promise<void>;
  // 120 days before Contoso's anniversary (2027-07-01): the year's benefits fall in the 120 window.
  const clock = testClock(new Date('2027-03-03T09:00:00Z'));
  let employee: Session;
  const caller = () =>
    createCaller(createContextInner({ db: database.db, clock, session: employee }));

  beforeAll(async () => {
    ({ database, dispose } = await open());
    await seed(database.db, new Date('2026-11-24T09:00:00Z'));
    employee = await sessionOf(database.db, demoUsers.employee.id);
  });
  afterAll(() => dispose());

  const within = (expiresOn: string, days: number) => {
    const today = isoDay(clock.now());
    return expiresOn >= today && expiresOn <= addDays(today, days);
  };

  it('ROLE-1 MEM-8 the technical and Go-To-Market figures equal what their tabs list', async () => {
    const report = await caller().membership.report({});
    const technical = (await caller().technical.list({ limit: 500 })).items;
    const usedTech = (b: (typeof technical)[number]) => b.used > 0 || b.held > 0;
    expect(report.areas.find((a) => a.module === 'technical')).toEqual({
      module: 'technical',
      granted: technical.length,
      activated: technical.filter((b) => b.status === 'active').length,
      used: technical.filter(usedTech).length,
      unused: technical.filter((b) => !usedTech(b)).length,
      expiring30: technical.filter((b) => !usedTech(b) && within(b.expiresOn, 30)).length,
      expiring90: technical.filter((b) => !usedTech(b) && within(b.expiresOn, 90)).length,
      expiring120: technical.filter((b) => !usedTech(b) && within(b.expiresOn, 120)).length,
    });
    expect(report.areas.find((a) => a.module === 'technical')!.expiring120).toBeGreaterThan(0);
    const gtm = (await caller().gtm.list({ limit: 500 })).items;
    const usedGtm = (o: (typeof gtm)[number]) => o.status === 'active' || o.status === 'expired';
    expect(report.areas.find((a) => a.module === 'gtm')).toMatchObject({
      granted: gtm.length,
      activated: gtm.filter((o) => o.status !== 'available').length,
      used: gtm.filter(usedGtm).length,
    });
  });

  it('MEM-8 Visual Studio is counted in seats: granted and taken, as its tab lists them', async () => {
    const report = await caller().membership.report({ module: 'visual-studio' });
    const subscriptions = (await caller().visualStudio.list({ limit: 500 })).items;
    const total = subscriptions.reduce((n, s) => n + s.seatsTotal, 0);
    const taken = subscriptions.reduce((n, s) => n + s.seatsUsed, 0);
    expect(report.areas).toEqual([
      expect.objectContaining({
        module: 'visual-studio',
        granted: total,
        activated: taken,
        used: taken,
        unused: total - taken,
      }),
    ]);
  });

  it('MEM-2 filtered by offer, the areas add up to the unfiltered figures', async () => {
    const all = await caller().membership.report({});
    const gold = await caller().membership.report({ offerType: 'gold' });
    const silver = await caller().membership.report({ offerType: 'silver' });
    const actionPack = await caller().membership.report({ offerType: 'action_pack' });
    for (const area of all.areas) {
      const sum = (r: typeof all) => r.areas.find((a) => a.module === area.module)?.granted ?? 0;
      expect(sum(gold) + sum(silver) + sum(actionPack)).toBe(area.granted);
    }
    // Contoso holds no Action Pack (ROLE-8: Fabrikam's is not counted).
    expect(actionPack.areas.every((a) => a.granted === 0)).toBe(true);
    expect(all.asOf).toBe('2027-03-03');
  });
});
