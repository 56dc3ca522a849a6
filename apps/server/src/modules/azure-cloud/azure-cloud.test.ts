// Azure and cloud products: credit holders (AZ-2…6, ROLE-3), license subscriptions and product-key
// redemption (AZ-7…11, ROLE-4) and its undo through a replacement key (AZ-11), the refund
// bookkeeping (MEM-4), the key-entry rate limit, and on PostgreSQL one key redeemed by 30
// concurrent requests (AZ-8) and one redemption undone by 50 (AZ-11).
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.js';
import { auditEvents } from '../audit/schema.js';
import { azureCreditHolders, azureCredits, licenseSubscriptions, productKeys } from './schema.js';
import { users as directory } from '../identity/schema.js';
import { benefitPackages } from '../membership/schema.js';
import { idempotencyRecords, rateLimitBuckets } from '../../db/platform-schema.js';
import { seed } from '../../db/seed.js';
import {
  CONTOSO_ID,
  demoBenefits,
  demoPackages,
  demoProductKeys,
  demoUsers,
  FABRIKAM_ID,
  seedId,
} from '../../db/seed-ids.js';
import { productKeyHash } from './product-keys.js';
import { days, minutes, testClock } from '../../test/clock.js';
import { testDatabases } from '../../test/databases.js';
import { failure } from '../../test/failure.js';
import { grantedBy } from '../../test/grants.js';
import { sessionOf } from '../../test/sessions.js';
import type { Clock, Session } from '../../trpc/context.js';
import { createContextInner } from '../../trpc/context.js';
import { createCaller } from '../../trpc/router.js';

const credits = {
  contosoMonthly: demoBenefits.azureCredits.goldMonthly,
  contosoBulk: demoBenefits.azureCredits.silverBulk,
  fabrikamMonthly: demoBenefits.azureCredits.fabrikamMonthly,
};
const subscriptions = {
  partnerBenefit: seedId('azureSubscription', 1, 1),
  enterpriseAgreement: seedId('azureSubscription', 1, 3),
  csp: seedId('azureSubscription', 1, 4),
};
const licenses = {
  office: demoBenefits.licenses.office,
  dynamics: demoBenefits.licenses.dynamics,
  intune: demoBenefits.licenses.intune,
};
const users = {
  megan: seedId('user', 1, 1),
  alex: seedId('user', 1, 2),
  diego: seedId('user', 1, 4),
  fabrikamNestor: seedId('user', 2, 2),
};

describe.each(testDatabases())('Azure and cloud products on $kind', ({ kind, open }) => {
  let database: Database;
  let dispose: () => Promise<void>;
  const clock = testClock();
  const sessions = {} as Record<
    'admin' | 'partnerAdmin' | 'employee' | 'fabrikamAdmin' | 'megan' | 'alex',
    Session
  >;
  const callerFor = (session: Session, idempotencyKey: string | null = null, at: Clock = clock) =>
    createCaller(
      createContextInner({ db: database.db, clock: at, session, request: { idempotencyKey } }),
    );
  const auditCount = (action: string) =>
    database.db.$count(
      auditEvents,
      and(eq(auditEvents.companyId, CONTOSO_ID), eq(auditEvents.action, action)),
    );
  const license = async (id: string) => {
    const [row] = await database.db
      .select()
      .from(licenseSubscriptions)
      .where(eq(licenseSubscriptions.id, id));
    return row!;
  };
  const silverPackage = async () => {
    const [row] = await database.db
      .select()
      .from(benefitPackages)
      .where(eq(benefitPackages.id, seedId('package', 1, 2)));
    return row!;
  };

  beforeAll(async () => {
    ({ database, dispose } = await open());
    await seed(database.db, clock.now());
    sessions.admin = await sessionOf(database.db, demoUsers.globalAdmin.id);
    sessions.partnerAdmin = await sessionOf(database.db, demoUsers.partnerAdmin.id);
    sessions.employee = await sessionOf(database.db, demoUsers.employee.id);
    sessions.fabrikamAdmin = await sessionOf(database.db, demoUsers.fabrikamAdmin.id);
    sessions.megan = await sessionOf(database.db, users.megan);
    sessions.alex = await sessionOf(database.db, users.alex);
  });
  afterAll(() => dispose());

  describe('usage-based subscriptions (Azure credit)', () => {
    it('AZ-2 lists monthly and bulk credit in minor units with the company currency, holders and the bulk transfer window', async () => {
      const { items } = await callerFor(sessions.employee).azureCloud.listCredits({});
      // Contoso holds Silver and Gold: each level's $100 a month and its bulk credit per year.
      expect(items.map((c) => [c.kind, c.offerType, c.amount])).toEqual([
        ['monthly', 'silver', { amountMinor: 100_00, currency: 'USD' }],
        ['monthly', 'gold', { amountMinor: 100_00, currency: 'USD' }],
        ['bulk', 'silver', { amountMinor: 12_000_00, currency: 'USD' }],
        ['bulk', 'gold', { amountMinor: 13_000_00, currency: 'USD' }],
      ]);
      const monthly = items.find((c) => c.id === credits.contosoMonthly);
      const bulk = items.find((c) => c.id === credits.contosoBulk);
      expect(monthly!.holders.map((h) => h.displayName)).toEqual(['Megan Bowen']);
      expect(monthly!.transfer).toBeNull();
      // MEM-5: the bulk credit is Silver, whose package is still refundable; Gold's is not.
      expect(bulk!.refundAtRisk).toMatchObject({ packageId: seedId('package', 1, 2) });
      expect(monthly!.refundAtRisk).toBeNull();
      expect(bulk!.transfer).toEqual({ open: true, lastDay: '2027-06-30' });
      const fabrikam = await callerFor(sessions.fabrikamAdmin).azureCloud.listCredits({});
      // "Or equivalent in local currency": the program's euro equivalents.
      expect(fabrikam.items.map((c) => c.amount)).toEqual([
        { amountMinor: 90_00, currency: 'EUR' },
        { amountMinor: 5_400_00, currency: 'EUR' },
      ]);
    });

    it('AZ-3 AZ-4 a Global admin gives a guest monthly credit on any subscription, then removes them; both audited', async () => {
      const caller = callerFor(sessions.admin);
      const assigned = await caller.azureCloud.assignCredit({
        creditId: credits.contosoMonthly,
        userId: demoUsers.guest.id,
        subscriptionId: subscriptions.csp,
      });
      expect(assigned.holders.map((h) => [h.displayName, h.kind, h.subscription.offer])).toEqual([
        ['Gina Lopez (Fabrikam)', 'guest', 'csp'],
        ['Megan Bowen', 'member', 'partner_benefit'],
      ]);
      const again = await failure(
        caller.azureCloud.assignCredit({
          creditId: credits.contosoMonthly,
          userId: demoUsers.guest.id,
          subscriptionId: subscriptions.csp,
        }),
      );
      expect(again).toMatchObject({
        code: 'CONFLICT',
        details: { reason: 'CREDIT_ALREADY_HELD' },
        fieldErrors: { userId: [expect.any(String)] },
      });
      const removed = await caller.azureCloud.removeCreditUser({
        creditId: credits.contosoMonthly,
        userId: demoUsers.guest.id,
      });
      expect(removed.holders.map((h) => h.displayName)).toEqual(['Megan Bowen']);
      expect(await auditCount('azureCloud.assignCredit')).toBe(1);
      expect(await auditCount('azureCloud.removeCreditUser')).toBe(1);
    });

    it('ROLE-3 an MPN partner admin cannot assign credit; the refusal names the Global admins', async () => {
      const error = await failure(
        callerFor(sessions.partnerAdmin).azureCloud.assignCredit({
          creditId: credits.contosoMonthly,
          userId: users.diego,
          subscriptionId: subscriptions.partnerBenefit,
        }),
      );
      expect(error).toMatchObject({
        code: 'FORBIDDEN',
        details: { permission: 'benefits.assign', anyOf: ['global_admin'] },
      });
    });

    it('AZ-3 ROLE-8 a user or subscription of another company is not found, at its field', async () => {
      const caller = callerFor(sessions.admin);
      expect(
        await failure(
          caller.azureCloud.assignCredit({
            creditId: credits.contosoMonthly,
            userId: users.fabrikamNestor,
            subscriptionId: subscriptions.partnerBenefit,
          }),
        ),
      ).toMatchObject({ code: 'NOT_FOUND', fieldErrors: { userId: [expect.any(String)] } });
      expect(
        await failure(
          caller.azureCloud.assignCredit({
            creditId: credits.contosoMonthly,
            userId: users.diego,
            subscriptionId: seedId('azureSubscription', 2, 1),
          }),
        ),
      ).toMatchObject({ code: 'NOT_FOUND', fieldErrors: { subscriptionId: [expect.any(String)] } });
      expect(
        await failure(
          caller.azureCloud.removeCreditUser({
            creditId: credits.fabrikamMonthly,
            userId: users.fabrikamNestor,
          }),
        ),
      ).toMatchObject({ code: 'NOT_FOUND' });
    });

    it('AZ-6 bulk credit onto an Enterprise Agreement or CSP subscription is refused with that reason', async () => {
      for (const subscriptionId of [subscriptions.enterpriseAgreement, subscriptions.csp]) {
        const error = await failure(
          callerFor(sessions.admin).azureCloud.assignCredit({
            creditId: credits.contosoBulk,
            userId: users.diego,
            subscriptionId,
          }),
        );
        expect(error).toMatchObject({
          code: 'CONFLICT',
          details: { reason: 'BULK_CREDIT_EXCLUDED_OFFER' },
          fieldErrors: { subscriptionId: [expect.stringContaining('Enterprise Agreement')] },
        });
      }
      expect((await silverPackage()).firstActivatedAt).toBeNull();
    });

    it('AZ-5 MEM-4 bulk credit: one holder, activation ends the Silver refund, no remove, transfer within the enrollment year', async () => {
      const caller = callerFor(sessions.admin);
      const assigned = await caller.azureCloud.assignCredit({
        creditId: credits.contosoBulk,
        userId: users.diego,
        subscriptionId: subscriptions.partnerBenefit,
      });
      expect(assigned.holders.map((h) => h.displayName)).toEqual(['Diego Siciliani']);
      expect(assigned.refundAtRisk).toBeNull();
      expect((await silverPackage()).firstActivatedAt).toEqual(clock.now());
      expect(
        await failure(
          caller.azureCloud.assignCredit({
            creditId: credits.contosoBulk,
            userId: users.alex,
            subscriptionId: subscriptions.partnerBenefit,
          }),
        ),
      ).toMatchObject({ details: { reason: 'BULK_CREDIT_ALREADY_ASSIGNED' } });
      expect(
        await failure(
          caller.azureCloud.removeCreditUser({
            creditId: credits.contosoBulk,
            userId: users.diego,
          }),
        ),
      ).toMatchObject({ code: 'CONFLICT', details: { reason: 'BULK_CREDIT_NO_REMOVE' } });

      const moved = await caller.azureCloud.transferBulkCredit({
        creditId: credits.contosoBulk,
        toUserId: users.alex,
      });
      expect(moved.holders.map((h) => [h.displayName, h.subscription.id])).toEqual([
        ['Alex Wilber', subscriptions.partnerBenefit],
      ]);
      const [event] = (
        await caller.audit.list({ filter: { action: 'azureCloud.transferBulkCredit' } })
      ).items;
      expect(event).toMatchObject({
        before: { holders: [{ displayName: 'Diego Siciliani' }] },
        after: { holders: [{ displayName: 'Alex Wilber' }] },
      });

      // The enrollment year ends on the anniversary, 2027-07-01.
      const anniversary = testClock(new Date('2027-07-01T00:00:00Z'));
      const late = await failure(
        callerFor(sessions.admin, null, anniversary).azureCloud.transferBulkCredit({
          creditId: credits.contosoBulk,
          toUserId: users.diego,
        }),
      );
      expect(late).toMatchObject({
        code: 'CONFLICT',
        details: { reason: 'ENROLLMENT_YEAR_ENDED', lastDay: '2027-06-30' },
      });
      expect(
        await failure(
          caller.azureCloud.transferBulkCredit({
            creditId: credits.contosoMonthly,
            toUserId: users.diego,
          }),
        ),
      ).toMatchObject({ details: { reason: 'TRANSFER_BULK_ONLY' } });
    });

    if (kind === 'postgres') {
      it('AZ-5 concurrent assignments of one bulk credit to every Contoso user: exactly one holder', async () => {
        const [credit] = await database.db
          .insert(azureCredits)
          .values({
            companyId: CONTOSO_ID,
            ...grantedBy('concurrent bulk credit', demoPackages.contosoGold),
            kind: 'bulk',
            amountMinor: 13_000_00,
            currency: 'USD',
            offerType: 'gold',
            benefitType: 'incremental',
            expiresOn: '2027-07-01',
          })
          .returning({ id: azureCredits.id });
        const contosoUsers = await database.db
          .select({ id: directory.id })
          .from(directory)
          .where(eq(directory.companyId, CONTOSO_ID));
        const results = await Promise.allSettled(
          contosoUsers.map(({ id }) =>
            callerFor(sessions.admin).azureCloud.assignCredit({
              creditId: credit!.id,
              userId: id,
              subscriptionId: subscriptions.partnerBenefit,
            }),
          ),
        );
        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        for (const rejected of results.filter((r) => r.status === 'rejected'))
          expect(await failure(Promise.reject(rejected.reason))).toMatchObject({
            details: { reason: 'BULK_CREDIT_ALREADY_ASSIGNED' },
          });
        const holders = await database.db.$count(
          azureCreditHolders,
          eq(azureCreditHolders.creditId, credit!.id),
        );
        expect(holders).toBe(1);
      });
    }

    it('MEM-1 a company still in Partner Membership Center activates no credit here', async () => {
      const error = await failure(
        callerFor(sessions.fabrikamAdmin).azureCloud.assignCredit({
          creditId: credits.fabrikamMonthly,
          userId: demoUsers.fabrikamAdmin.id,
          subscriptionId: seedId('azureSubscription', 2, 1),
        }),
      );
      expect(error).toMatchObject({ code: 'CONFLICT', details: { reason: 'PMC_NOT_MIGRATED' } });
    });
  });

  describe('license-based subscriptions and product keys', () => {
    it("MEM-8 AZ-7 lists the cloud products the company's packages granted, by offer type, with seats and end date", async () => {
      const { items } = await callerFor(sessions.employee).azureCloud.listLicenses({});
      expect(items.map((l) => [l.offerType, l.product, l.seats, l.expiresOn, l.status])).toEqual([
        ['silver', 'Azure AD Basic', 10, '2027-07-01', 'disabled'],
        ['silver', 'Power BI Pro', 10, '2027-07-01', 'active'],
        ['gold', 'Dynamics 365 Sales', 5, '2027-07-01', 'active'],
        ['gold', 'Microsoft Intune', 25, '2026-11-01', 'expired'],
        ['gold', 'Office 365 E3', 100, '2027-07-01', 'active'],
      ]);
      const fabrikam = await callerFor(sessions.fabrikamAdmin).azureCloud.listLicenses({});
      expect(fabrikam.items.map((l) => l.product)).toEqual(['Office 365 E3']);
    });

    it('AZ-7 each license-based row carries how to redeem its key and the portal, in both languages', async () => {
      const { items } = await callerFor(sessions.employee).azureCloud.listLicenses({});
      for (const license of items) {
        expect(license.redemption.portalUrl).toMatch(/^https:\/\//);
        expect(license.redemption.instructions['en-US']).toMatch(/product key/);
        expect(license.redemption.instructions['zh-CN']).toMatch(/产品密钥/);
      }
      const dynamics = items.find((l) => l.product === 'Dynamics 365 Sales')!;
      expect(dynamics.redemption.instructions['en-US']).toMatch(/Dynamics 365 environment/);
    });

    it('AZ-8 X-3 a malformed key is a field error on `key`; an unknown key is not found there', async () => {
      const caller = callerFor(sessions.megan);
      expect(
        await failure(
          caller.azureCloud.previewRedemption({ key: 'ABCDE-12345', subscriptionId: null }),
        ),
      ).toMatchObject({
        code: 'BAD_REQUEST',
        fieldErrors: { key: [expect.stringContaining('25 letters and digits')] },
      });
      expect(
        await failure(
          caller.azureCloud.previewRedemption({
            key: 'ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ',
            subscriptionId: null,
          }),
        ),
      ).toMatchObject({
        code: 'NOT_FOUND',
        fieldErrors: { key: ['This is not a product key of your company'] },
      });
    });

    it('AZ-9 AZ-11 the preview shows the extension (100 active + 25-seat key → +3 months) and the tenant, writing nothing', async () => {
      const preview = await callerFor(sessions.admin).azureCloud.previewRedemption({
        key: demoProductKeys.office25.toLowerCase(),
        subscriptionId: licenses.office,
        mode: 'extend',
      });
      expect(preview).toMatchObject({
        key: { lastCharacters: 'DEMO1', product: 'Office 365 E3', seats: 25 },
        outcome: 'extend',
        before: { seats: 100, expiresOn: '2027-07-01' },
        after: { seats: 100, expiresOn: '2027-10-01' },
        underTwelveMonths: true,
        tenant: { id: CONTOSO_ID, name: 'Contoso Partner Solutions' },
      });
      const [key] = await database.db
        .select()
        .from(productKeys)
        .where(eq(productKeys.id, seedId('productKey', 1, 1)));
      expect(key!.redeemedAt).toBeNull();
      expect((await license(licenses.office)).expiresOn).toBe('2027-07-01');
    });

    it('AZ-10 extending with more than 3× the active seats is refused at the mode; adding the seats co-terms under 12 months', async () => {
      const caller = callerFor(sessions.admin);
      const refusedExtend = await failure(
        caller.azureCloud.previewRedemption({
          key: demoProductKeys.office400,
          subscriptionId: licenses.office,
          mode: 'extend',
        }),
      );
      expect(refusedExtend).toMatchObject({
        code: 'CONFLICT',
        details: { reason: 'EXTENSION_OVER_THREE_YEARS', maxKeySeats: 300 },
        fieldErrors: { mode: [expect.any(String)] },
      });
      const addSeats = await caller.azureCloud.previewRedemption({
        key: demoProductKeys.office400,
        subscriptionId: licenses.office,
        mode: 'add_seats',
      });
      // (100 × 219 days + 400 × 365 days) ÷ 500 = 335.8 → 336 days from 2026-11-24.
      expect(addSeats).toMatchObject({
        outcome: 'add_seats',
        after: { seats: 500, expiresOn: '2027-10-26' },
        underTwelveMonths: true,
      });
    });

    it('AZ-8 AZ-9 X-2 redeems once: the end date moves, the change is audited, a retry replays and a second redemption is refused', async () => {
      const input = {
        key: demoProductKeys.office25,
        subscriptionId: licenses.office,
        mode: 'extend' as const,
        tenantId: CONTOSO_ID,
      };
      const redeemed = await callerFor(sessions.admin, 'redeem-1').azureCloud.redeemKey(input);
      expect(redeemed).toMatchObject({
        product: 'Office 365 E3',
        seats: 100,
        expiresOn: '2027-10-01',
      });
      const replay = await callerFor(sessions.admin, 'redeem-1').azureCloud.redeemKey(input);
      expect(replay).toEqual(redeemed);
      const second = await failure(callerFor(sessions.admin).azureCloud.redeemKey(input));
      expect(second).toMatchObject({
        code: 'CONFLICT',
        details: { reason: 'KEY_ALREADY_REDEEMED' },
        fieldErrors: { key: [expect.stringContaining('already redeemed')] },
      });
      expect((await license(licenses.office)).expiresOn).toBe('2027-10-01');
      const [event] = (
        await callerFor(sessions.admin).audit.list({ filter: { action: 'azureCloud.redeemKey' } })
      ).items;
      expect(event).toMatchObject({
        targetId: licenses.office,
        before: { expiresOn: '2027-07-01' },
        after: { expiresOn: '2027-10-01', key: { lastCharacters: 'DEMO1', seats: 25 } },
      });
      expect(JSON.stringify(event)).not.toContain('E365E');
    });

    it('AZ-11 a redemption on another tenant than the caller’s is refused and changes nothing', async () => {
      const error = await failure(
        callerFor(sessions.admin).azureCloud.redeemKey({
          key: demoProductKeys.dynamics10,
          subscriptionId: licenses.dynamics,
          mode: 'add_seats',
          tenantId: FABRIKAM_ID,
        }),
      );
      expect(error).toMatchObject({
        code: 'CONFLICT',
        details: { reason: 'TENANT_MISMATCH' },
        fieldErrors: { tenantId: [expect.any(String)] },
      });
      expect((await license(licenses.dynamics)).seats).toBe(5);
    });

    it('AZ-9 a key for another product is refused at the subscription field', async () => {
      const error = await failure(
        callerFor(sessions.admin).azureCloud.previewRedemption({
          key: demoProductKeys.dynamics10,
          subscriptionId: licenses.office,
          mode: 'add_seats',
        }),
      );
      expect(error).toMatchObject({
        details: { reason: 'KEY_PRODUCT_MISMATCH' },
        fieldErrors: { subscriptionId: ['This key is for Dynamics 365 Sales, not Office 365 E3'] },
      });
    });

    it('ROLE-4 an MPN partner admin redeems (add seats, co-termed); an employee may not', async () => {
      expect(
        await failure(
          callerFor(sessions.employee).azureCloud.previewRedemption({
            key: demoProductKeys.dynamics10,
            subscriptionId: licenses.dynamics,
          }),
        ),
      ).toMatchObject({
        code: 'FORBIDDEN',
        details: { anyOf: ['global_admin', 'mpn_partner_admin'] },
      });
      const redeemed = await callerFor(sessions.partnerAdmin).azureCloud.redeemKey({
        key: demoProductKeys.dynamics10,
        subscriptionId: licenses.dynamics,
        mode: 'add_seats',
        tenantId: CONTOSO_ID,
      });
      // (5 × 219 days + 10 × 365 days) ÷ 15 = 316.3 → 316 days from 2026-11-24.
      expect(redeemed).toMatchObject({
        seats: 15,
        expiresOn: '2027-10-06',
        startsOn: '2026-07-01',
      });
    });

    it('AZ-9 a key onto an expired subscription restarts it; onto none creates one, both for 12 months', async () => {
      const caller = callerFor(sessions.admin);
      const restarted = await caller.azureCloud.redeemKey({
        key: demoProductKeys.intune25,
        subscriptionId: licenses.intune,
        mode: 'extend',
        tenantId: CONTOSO_ID,
      });
      expect(restarted).toMatchObject({
        id: licenses.intune,
        seats: 25,
        startsOn: '2026-11-24',
        expiresOn: '2027-11-24',
        status: 'active',
      });
      const created = await caller.azureCloud.redeemKey({
        key: demoProductKeys.powerBi10,
        subscriptionId: null,
        tenantId: CONTOSO_ID,
      });
      expect(created).toMatchObject({
        product: 'Power BI Pro',
        offerType: 'silver',
        benefitType: 'incremental',
        seats: 10,
        startsOn: '2026-11-24',
        expiresOn: '2027-11-24',
      });
      expect(created.id).not.toBe(demoBenefits.licenses.powerBi);
    });

    if (kind === 'postgres') {
      // 30 is as many key entries as a company may have in flight (10 per user, 30 per company).
      it('AZ-8 30 concurrent redemptions of one key by three admins: exactly one succeeds, the rest are "already redeemed", seats change once', async () => {
        await database.db.delete(rateLimitBuckets);
        const before = await license(licenses.office);
        const results = await Promise.allSettled(
          [sessions.admin, sessions.partnerAdmin, sessions.megan].flatMap((session) =>
            Array.from({ length: 10 }, () =>
              callerFor(session).azureCloud.redeemKey({
                key: demoProductKeys.office100,
                subscriptionId: licenses.office,
                mode: 'add_seats',
                tenantId: CONTOSO_ID,
              }),
            ),
          ),
        );
        const fulfilled = results.filter((r) => r.status === 'fulfilled');
        expect(fulfilled).toHaveLength(1);
        const reasons = await Promise.all(
          results
            .filter((r) => r.status === 'rejected')
            .map((r) => failure(Promise.reject((r as PromiseRejectedResult).reason))),
        );
        expect(reasons).toHaveLength(29);
        for (const reason of reasons)
          expect(reason).toMatchObject({
            code: 'CONFLICT',
            details: { reason: 'KEY_ALREADY_REDEEMED' },
          });
        expect((await license(licenses.office)).seats).toBe(before.seats + 100);
        const redemptions = await database.db.$count(
          auditEvents,
          and(
            eq(auditEvents.action, 'azureCloud.redeemKey'),
            eq(auditEvents.targetId, licenses.office),
          ),
        );
        expect(redemptions).toBe(2);
      });
    }
  });

  describe('undoing a redemption through a replacement key (AZ-11)', () => {
    const keyIdOf = (text: string) =>
      database.db
        .select({ id: productKeys.id })
        .from(productKeys)
        .where(eq(productKeys.keyHash, productKeyHash(text)))
        .then(([row]) => row!.id);
    const replacementsOf = (keyId: string) =>
      database.db.$count(productKeys, eq(productKeys.replacesKeyId, keyId));
    const redemptionOf = async (keyId: string) =>
      (await callerFor(sessions.admin).azureCloud.listRedemptions({})).items.find(
        (r) => r.keyId === keyId,
      )!;
    const redeem = (key: string, subscriptionId: string | null, at: Clock = clock) =>
      callerFor(sessions.admin, null, at).azureCloud.redeemKey({
        key,
        subscriptionId,
        mode: 'add_seats',
        tenantId: CONTOSO_ID,
      });
    /** A fresh Office key, like the seeded ones, for tests that need an unused redemption. */
    const issueOfficeKey = async (text: string, seats: number) => {
      const [office25] = await database.db
        .select()
        .from(productKeys)
        .where(eq(productKeys.id, seedId('productKey', 1, 1)));
      await database.db.insert(productKeys).values({
        companyId: CONTOSO_ID,
        keyHash: productKeyHash(text),
        lastCharacters: text.slice(-5),
        product: 'Office 365 E3',
        seats,
        offerType: office25!.offerType,
        benefitType: office25!.benefitType,
        expiresOn: office25!.expiresOn,
      });
    };

    it('AZ-11 lists the company’s redemptions newest first, each undoable until 30 days after it', async () => {
      const { items } = await callerFor(sessions.employee).azureCloud.listRedemptions({});
      expect(items.map((r) => r.lastCharacters)).toEqual(
        expect.arrayContaining(['DEMO1', 'DEMO4', 'KEY00', 'DEMO6']),
      );
      const times = items.map((r) => r.redeemedAt);
      expect(times).toEqual([...times].sort().reverse());
      for (const row of items)
        expect(Date.parse(row.undoableUntil) - Date.parse(row.redeemedAt)).toBe(days(30));
      expect(items.find((r) => r.lastCharacters === 'DEMO4')).toMatchObject({
        product: 'Dynamics 365 Sales',
        seats: 10,
        subscriptionId: licenses.dynamics,
        undoneAt: null,
        undoRefusal: null,
      });
      const fabrikam = await callerFor(sessions.fabrikamAdmin).azureCloud.listRedemptions({});
      expect(fabrikam.items).toEqual([]);
    });

    it('AZ-11 X-2 X-3 undo reverts the seats, issues one replacement key shown once; a replay issues none; the replacement redeems once, for good', async () => {
      const keyId = await keyIdOf(demoProductKeys.dynamics10);
      const undo = () =>
        callerFor(sessions.partnerAdmin, 'undo-1').azureCloud.undoRedemption({ keyId });
      const result = await undo();
      expect(result.subscription).toMatchObject({
        id: licenses.dynamics,
        seats: 5,
        startsOn: '2026-07-01',
        status: 'active',
      });
      expect((await license(licenses.dynamics)).seats).toBe(5);
      expect(result.replacementKeyText).toMatch(/^[A-Z0-9]{5}(-[A-Z0-9]{5}){4}$/);
      expect(result.replacementKey).toMatchObject({
        product: 'Dynamics 365 Sales',
        seats: 10,
        lastCharacters: result.replacementKeyText!.slice(-5),
      });
      expect(result.redemption).toMatchObject({
        keyId,
        undoneAt: clock.now().toISOString(),
        undoRefusal: 'REDEMPTION_ALREADY_UNDONE',
      });

      const replay = await undo();
      expect(replay).toEqual({ ...result, replacementKeyText: null });
      expect(await replacementsOf(keyId)).toBe(1);
      expect(await auditCount('azureCloud.undoRedemption')).toBe(1);
      const [record] = await database.db
        .select()
        .from(idempotencyRecords)
        .where(eq(idempotencyRecords.key, 'undo-1'));
      expect(JSON.stringify(record)).not.toContain(result.replacementKeyText);
      const [event] = (
        await callerFor(sessions.admin).audit.list({
          filter: { action: 'azureCloud.undoRedemption' },
        })
      ).items;
      expect(event).toMatchObject({
        targetId: keyId,
        before: { subscription: { seats: 15 }, undoneAt: null },
        after: { subscription: { seats: 5 }, replacementKey: result.replacementKey },
      });
      expect(JSON.stringify(event)).not.toContain(result.replacementKeyText!.slice(0, 5));

      expect(
        await failure(callerFor(sessions.admin).azureCloud.undoRedemption({ keyId })),
      ).toMatchObject({ code: 'CONFLICT', details: { reason: 'REDEMPTION_ALREADY_UNDONE' } });
      expect(await failure(redeem(demoProductKeys.dynamics10, licenses.dynamics))).toMatchObject({
        details: { reason: 'KEY_ALREADY_REDEEMED' },
      });

      expect(await redeem(result.replacementKeyText!, licenses.dynamics)).toMatchObject({
        seats: 15,
      });
      const replacement = await redemptionOf(result.replacementKey.keyId);
      expect(replacement.undoRefusal).toBe('REPLACEMENT_REDEMPTION_FINAL');
      expect(
        await failure(
          callerFor(sessions.admin).azureCloud.undoRedemption({ keyId: replacement.keyId }),
        ),
      ).toMatchObject({ code: 'CONFLICT', details: { reason: 'REPLACEMENT_REDEMPTION_FINAL' } });
    });

    it('AZ-11 undoing a redemption that created the subscription leaves it disabled with no seats', async () => {
      const keyId = await keyIdOf(demoProductKeys.powerBi10);
      const { subscriptionId } = await redemptionOf(keyId);
      const { subscription, replacementKey } = await callerFor(
        sessions.admin,
      ).azureCloud.undoRedemption({ keyId });
      expect(subscription).toMatchObject({
        id: subscriptionId,
        product: 'Power BI Pro',
        seats: 0,
        status: 'disabled',
      });
      expect(replacementKey).toMatchObject({ product: 'Power BI Pro', seats: 10 });
    });

    it('AZ-11 the undo closes 30 days after the redemption instant, to the millisecond; before, the restart is reverted', async () => {
      const keyId = await keyIdOf(demoProductKeys.intune25);
      const { redeemedAt, undoableUntil } = await redemptionOf(keyId);
      expect(undoableUntil).toBe(new Date(Date.parse(redeemedAt) + days(30)).toISOString());
      const at = (instant: number) => testClock(new Date(instant));
      const closed = await failure(
        callerFor(sessions.admin, null, at(Date.parse(undoableUntil))).azureCloud.undoRedemption({
          keyId,
        }),
      );
      expect(closed).toMatchObject({
        code: 'CONFLICT',
        details: { reason: 'UNDO_WINDOW_CLOSED', undoableUntil },
      });
      const { subscription } = await callerFor(
        sessions.admin,
        null,
        at(Date.parse(undoableUntil) - 1),
      ).azureCloud.undoRedemption({ keyId });
      const seeded = await database.db
        .select()
        .from(licenseSubscriptions)
        .where(eq(licenseSubscriptions.id, licenses.intune));
      expect(subscription).toMatchObject({
        seats: seeded[0]!.seats,
        startsOn: seeded[0]!.startsOn,
        expiresOn: seeded[0]!.expiresOn,
      });
      expect(seeded[0]!.startsOn).not.toBe('2026-11-24');
    });

    it('AZ-11 a later redemption onto the same subscription blocks the earlier one’s undo until it is undone itself', async () => {
      const before = await license(licenses.office);
      await issueOfficeKey('LATER-OFFIC-EKEY0-00020-AZ11A', 20);
      await redeem('LATER-OFFIC-EKEY0-00020-AZ11A', licenses.office);
      const earlier = await keyIdOf(demoProductKeys.office25);
      expect(
        await failure(callerFor(sessions.admin).azureCloud.undoRedemption({ keyId: earlier })),
      ).toMatchObject({ code: 'CONFLICT', details: { reason: 'SUBSCRIPTION_CHANGED_SINCE' } });
      const later = await keyIdOf('LATER-OFFIC-EKEY0-00020-AZ11A');
      const { subscription } = await callerFor(sessions.admin).azureCloud.undoRedemption({
        keyId: later,
      });
      expect(subscription).toMatchObject({ seats: before.seats, expiresOn: before.expiresOn });
    });

    it('ROLE-4 ROLE-8 an employee may not undo; another company’s redemption and an unredeemed key are not found', async () => {
      const keyId = await keyIdOf(demoProductKeys.office25);
      expect(
        await failure(callerFor(sessions.employee).azureCloud.undoRedemption({ keyId })),
      ).toMatchObject({
        code: 'FORBIDDEN',
        details: { permission: 'benefits.activate', anyOf: ['global_admin', 'mpn_partner_admin'] },
      });
      expect(
        (await failure(callerFor(sessions.fabrikamAdmin).azureCloud.undoRedemption({ keyId })))
          .code,
      ).toBe('NOT_FOUND');
      const unredeemed = await keyIdOf(demoProductKeys.office400);
      expect(
        (await failure(callerFor(sessions.admin).azureCloud.undoRedemption({ keyId: unredeemed })))
          .code,
      ).toBe('NOT_FOUND');
    });

    if (kind === 'postgres') {
      it('AZ-11 50 concurrent undos of one redemption: exactly one reverts and issues a key, the rest are "already undone"', async () => {
        const before = await license(licenses.office);
        await issueOfficeKey('RACED-OFFIC-EKEY0-00030-AZ11B', 30);
        await redeem('RACED-OFFIC-EKEY0-00030-AZ11B', licenses.office);
        const keyId = await keyIdOf('RACED-OFFIC-EKEY0-00030-AZ11B');
        const audits = await auditCount('azureCloud.undoRedemption');
        const results = await Promise.allSettled(
          Array.from({ length: 50 }, () =>
            callerFor(sessions.admin).azureCloud.undoRedemption({ keyId }),
          ),
        );
        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        const reasons = await Promise.all(
          results
            .filter((r) => r.status === 'rejected')
            .map((r) => failure(Promise.reject((r as PromiseRejectedResult).reason))),
        );
        expect(reasons).toHaveLength(49);
        for (const reason of reasons)
          expect(reason).toMatchObject({
            code: 'CONFLICT',
            details: { reason: 'REDEMPTION_ALREADY_UNDONE' },
          });
        expect(await replacementsOf(keyId)).toBe(1);
        expect(await auditCount('azureCloud.undoRedemption')).toBe(audits + 1);
        expect(await license(licenses.office)).toMatchObject({
          seats: before.seats,
          expiresOn: before.expiresOn,
        });
      });
    }
  });

  // Last: it fills the rate-limit buckets of the users it uses.
  describe('key entry rate limit', () => {
    it('AZ-8 unknown keys are limited per user and per company, counted although the call fails; the window reopens', async () => {
      const at = testClock(new Date('2026-11-24T12:00:00Z'));
      const guess = (session: Session, n: number) =>
        callerFor(session, null, at).azureCloud.previewRedemption({
          key: `GUESS-${String(n).padStart(5, '0')}-ZZZZZ-ZZZZZ-ZZZZZ`,
          subscriptionId: null,
        });
      for (let n = 0; n < 10; n++)
        expect((await failure(guess(sessions.partnerAdmin, n))).code).toBe('NOT_FOUND');
      // Even a real key waits now: the user is limited, not the key.
      const limited = await failure(
        callerFor(sessions.partnerAdmin, null, at).azureCloud.previewRedemption({
          key: demoProductKeys.office400,
          subscriptionId: null,
        }),
      );
      expect(limited).toMatchObject({
        code: 'TOO_MANY_REQUESTS',
        details: { retryAfterMinutes: 15 },
      });
      // Guesses through redeemKey count too, though its transaction rolls back.
      for (const session of [sessions.megan, sessions.admin])
        for (let n = 0; n < 10; n++)
          expect(
            (
              await failure(
                callerFor(session, null, at).azureCloud.redeemKey({
                  key: `GUESS-${String(n).padStart(5, '0')}-YYYYY-YYYYY-YYYYY`,
                  subscriptionId: null,
                  tenantId: CONTOSO_ID,
                }),
              )
            ).code,
          ).toBe('NOT_FOUND');
      // 30 guesses in the company: a colleague who guessed nothing waits as well.
      expect((await failure(guess(sessions.alex, 0))).code).toBe('TOO_MANY_REQUESTS');
      at.advance(minutes(15));
      const preview = await callerFor(sessions.alex, null, at).azureCloud.previewRedemption({
        key: demoProductKeys.office400,
        subscriptionId: null,
      });
      expect(preview.outcome).toBe('new');
      // A day later everyone starts over.
      at.advance(days(1));
      expect((await failure(guess(sessions.partnerAdmin, 99))).code).toBe('NOT_FOUND');
    });
  });
});
