// Go-To-Market through the procedures: GTM-1…GTM-4, ROLE-5, ROLE-8, MEM-1, MEM-4/5, X-2, X-3, X-4
// (the activation job), X-5 (the instructions email in the contact's language).
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.js';
import { seed } from '../../db/seed.js';
import {
  CONTOSO_ID,
  demoBenefits,
  demoUsers,
  FABRIKAM_ADMIN_ID,
  FABRIKAM_ID,
  seedId,
} from '../../db/seed-ids.js';
import { fixedDelay } from '../../jobs/fulfilment.js';
import { advanceWaitingJobs, JobRunner } from '../../jobs/queue.js';
import { allJobs } from '../../jobs/registry.js';
import { days, testClock } from '../../test/clock.js';
import { testDatabases } from '../../test/databases.js';
import { failure } from '../../test/failure.js';
import { grantedBy } from '../../test/grants.js';
import { sessionOf } from '../../test/sessions.js';
import { createContextInner, type Session } from '../../trpc/context.js';
import { createCaller } from '../../trpc/router.js';
import { auditEvents } from '../audit/schema.js';
import { benefitPackages } from '../membership/schema.js';
import { mailOutbox } from '../mail/schema.js';
import { gtmMarketingContacts, gtmOffers } from './schema.js';

const goldCore = demoBenefits.gtm.goldCore;
/** Silver Core, not yet activated: Contoso's Silver package is still refundable (MEM-5). */
const silverCore = demoBenefits.gtm.silverCore;
/** Megan Bowen, a Contoso directory user. */
const megan = seedId('user', 1, 1);
const alex = seedId('user', 1, 2);
const contact = {
  userId: megan,
  email: 'marketing@contoso.example',
  phone: '+86 10 6552 9988',
  locale: 'zh-CN' as const,
};
const activationDelay = days(3);

describe.each(testDatabases())('Go-To-Market on $kind', ({ open }) => {
  let database: Database;
  let dispose: () => Promise<void>;
  const clock = testClock();
  const fulfilment = fixedDelay(activationDelay);
  const sessions = {} as Record<'admin' | 'partnerAdmin' | 'employee' | 'fabrikam', Session>;
  let runner: JobRunner;
  const callerFor = (session: Session, idempotencyKey: string | null = null) =>
    createCaller(
      createContextInner({
        db: database.db,
        clock,
        fulfilment,
        session,
        request: { idempotencyKey },
      }),
    );
  const offer = async (id: string) =>
    (await callerFor(sessions.employee).gtm.list()).items.find((o) => o.id === id)!;
  const auditOf = (action: string) =>
    database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.companyId, CONTOSO_ID), eq(auditEvents.action, action)))
      .orderBy(auditEvents.at);

  beforeAll(async () => {
    ({ database, dispose } = await open());
    await seed(database.db, clock.now());
    sessions.admin = await sessionOf(database.db, demoUsers.globalAdmin.id);
    sessions.partnerAdmin = await sessionOf(database.db, demoUsers.partnerAdmin.id);
    sessions.employee = await sessionOf(database.db, demoUsers.employee.id);
    sessions.fabrikam = await sessionOf(database.db, FABRIKAM_ADMIN_ID);
    runner = new JobRunner({ db: database.db, clock, fulfilment }, allJobs);
  });
  afterAll(() => dispose());

  it('GTM-1 every user reads the offers by type, each with what it contains, its Status and Expires', async () => {
    const { items } = await callerFor(sessions.employee).gtm.list();
    const gold = items.find((o) => o.id === goldCore)!;
    // MEM-7: until it is active, it expires on the last day to activate it: its year's end.
    expect(gold).toMatchObject({ type: 'gold_core', status: 'available', expiresOn: '2027-07-01' });
    expect(gold.contents).toEqual([
      'marketing_assets',
      'sales_enablement',
      'digital_marketing',
      'business_profile',
      'referral_management',
      'how_to_market',
      'cobranded_one_pager',
      'cobranded_presentation',
      'cobranded_case_study',
      'social_marketing',
      'press_release',
    ]);
    expect(items.find((o) => o.id === silverCore)!.contents).toHaveLength(6);
  });

  it('GTM-2 no offer is activated before a marketing contact is assigned: refused with the reason', async () => {
    expect(await callerFor(sessions.employee).gtm.contact()).toBeNull();
    const refusal = await failure(callerFor(sessions.admin).gtm.activate({ offerId: goldCore }));
    expect(refusal).toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'NO_MARKETING_CONTACT' },
    });
    expect((await offer(goldCore)).status).toBe('available');
  });

  it('ROLE-5 an employee sets no contact and activates nothing; ROLE-7 the refusal names whom to ask', async () => {
    const refusal = await failure(callerFor(sessions.employee).gtm.setContact(contact));
    expect(refusal).toMatchObject({
      code: 'FORBIDDEN',
      details: {
        anyOf: ['global_admin', 'mpn_partner_admin'],
        globalAdmins: expect.arrayContaining([
          expect.objectContaining({ email: demoUsers.globalAdmin.email }),
        ]),
      },
    });
    expect(await database.db.$count(gtmMarketingContacts)).toBe(0);
  });

  it("GTM-3 the contact's email may not be the company's Partner Center account email: refused at the field", async () => {
    const refusal = await failure(
      callerFor(sessions.admin).gtm.setContact({
        ...contact,
        email: 'PartnerCenter@contoso.example',
      }),
    );
    expect(refusal).toMatchObject({
      code: 'BAD_REQUEST',
      details: { reason: 'CONTACT_EMAIL_IS_ACCOUNT_EMAIL' },
      fieldErrors: { email: [expect.stringContaining('Partner Center account email')] },
    });
    expect(await database.db.$count(gtmMarketingContacts)).toBe(0);
  });

  it('GTM-3 a phone without its international code, or not a real number, is refused at the field', async () => {
    for (const phone of ['010 6552 9988', '+1 425', '+86 123'])
      expect(
        await failure(callerFor(sessions.admin).gtm.setContact({ ...contact, phone })),
      ).toMatchObject({ code: 'BAD_REQUEST', fieldErrors: { phone: [expect.any(String)] } });
    expect(await database.db.$count(gtmMarketingContacts)).toBe(0);
  });

  it('ROLE-8 a user of another company cannot be the contact: NOT_FOUND at the user field', async () => {
    const refusal = await failure(
      callerFor(sessions.admin).gtm.setContact({ ...contact, userId: seedId('user', 2, 2) }),
    );
    expect(refusal).toMatchObject({
      code: 'NOT_FOUND',
      fieldErrors: { userId: [expect.any(String)] },
    });
  });

  it('GTM-3 add, update and change the contact (ROLE-5: an MPN partner admin may), each audited with before and after (X-2)', async () => {
    const added = await callerFor(sessions.partnerAdmin).gtm.setContact(contact);
    expect(added).toMatchObject({
      user: { id: megan, displayName: 'Megan Bowen' },
      email: 'marketing@contoso.example',
      phone: '+861065529988',
      locale: 'zh-CN',
    });
    const updated = await callerFor(sessions.admin).gtm.setContact({
      ...contact,
      phone: '+1 (425) 555-0100',
    });
    expect(updated.phone).toBe('+14255550100');
    const changed = await callerFor(sessions.admin).gtm.setContact({
      ...contact,
      userId: alex,
      email: 'alex.marketing@contoso.example',
    });
    expect(changed.user.displayName).toBe('Alex Wilber');
    const [add] = await auditOf('gtm.addContact');
    expect(add).toMatchObject({ before: null, after: { phone: '+861065529988' } });
    const [update] = await auditOf('gtm.updateContact');
    expect(update).toMatchObject({
      before: { phone: '+861065529988' },
      after: { phone: '+14255550100' },
    });
    const [change] = await auditOf('gtm.changeContact');
    expect(change).toMatchObject({
      before: { user: { id: megan } },
      after: { user: { id: alex }, email: 'alex.marketing@contoso.example' },
    });
    // Back to Megan, in Chinese, for the activation below.
    await callerFor(sessions.admin).gtm.setContact(contact);
    expect(await callerFor(sessions.employee).gtm.contact()).toMatchObject({ user: { id: megan } });
  });

  it('GTM-4 Activate: Pending with the expected date, the refund ends (MEM-4); then the job emails the instructions in the contact’s language and the offer is Active until its expiry, Expired after', async () => {
    const before = await offer(silverCore);
    // MEM-5: the UI warns first, while the Silver package is refundable.
    expect(before.refundAtRisk).toEqual({
      packageId: seedId('package', 1, 2),
      refundableUntil: new Date(clock.now().getTime() + days(20)).toISOString(),
    });
    const pending = await callerFor(sessions.partnerAdmin, 'activate-silver-core').gtm.activate({
      offerId: silverCore,
    });
    expect(pending).toMatchObject({
      status: 'pending',
      activationRequestedAt: clock.now().toISOString(),
      expectedBy: new Date(clock.now().getTime() + activationDelay).toISOString(),
      expiresOn: '2027-07-01',
      instructionsMail: null,
    });
    const [silver] = await database.db
      .select()
      .from(benefitPackages)
      .where(eq(benefitPackages.id, seedId('package', 1, 2)));
    expect(silver!.firstActivatedAt).toEqual(clock.now());
    // the same request again answers the same and sends no second job.
    const retried = await callerFor(sessions.partnerAdmin, 'activate-silver-core').gtm.activate({
      offerId: silverCore,
    });
    expect(retried).toEqual(pending);
    // GTM-4: once pending, not again.
    expect(
      await failure(callerFor(sessions.admin).gtm.activate({ offerId: silverCore })),
    ).toMatchObject({ code: 'CONFLICT', details: { reason: 'OFFER_NOT_AVAILABLE' } });

    // Not yet: the marketing team takes its time.
    clock.advance(days(1));
    await advanceWaitingJobs(database.db, days(1));
    await runner.runDue();
    expect((await offer(silverCore)).status).toBe('pending');

    clock.advance(days(2));
    await advanceWaitingJobs(database.db, days(2));
    await runner.runDue();
    const active = await offer(silverCore);
    expect(active).toMatchObject({
      status: 'active',
      // The Silver membership's enrollment year.
      expiresOn: '2027-07-01',
      activatedAt: clock.now().toISOString(),
      expectedBy: null,
      instructionsMail: { to: 'marketing@contoso.example' },
    });
    const mails = await database.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.topicId, silverCore));
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({
      toAddress: 'marketing@contoso.example',
      toName: 'Megan Bowen',
      locale: 'zh-CN',
      subject: '你的市场推广套餐“银级核心”已激活',
    });
    expect(mails[0]!.text).toContain('2027年7月1日');
    for (const item of ['即用型营销资产', '推荐管理', '“如何与 Microsoft 一起营销”'])
      expect(mails[0]!.text).toContain(`- ${item}`);
    expect(mails[0]!.html).toContain('<li>业务资料优化</li>');
    const [activated] = await auditOf('gtm.activated');
    expect(activated).toMatchObject({
      actorUserId: null,
      targetId: silverCore,
      after: { status: 'active', expiresOn: '2027-07-01' },
    });
    // A second run of the job changes nothing twice.
    expect(await runner.runDue()).toBeGreaterThanOrEqual(0);
    expect(await database.db.$count(mailOutbox, eq(mailOutbox.topicId, silverCore))).toBe(1);
    // No SMTP here: the message stays in the outbox, and the offer says so.
    expect((await offer(silverCore)).instructionsMail).toMatchObject({ status: 'unsent' });

    // GTM-4: usable until its expiry date, Expired the day after.
    const statusOn = async (instant: string) =>
      (
        await createCaller(
          createContextInner({
            db: database.db,
            clock: { now: () => new Date(instant) },
            session: sessions.employee,
          }),
        ).gtm.list()
      ).items.find((o) => o.id === silverCore)!.status;
    expect(await statusOn('2027-07-01T23:00:00Z')).toBe('active');
    expect(await statusOn('2027-07-02T00:00:00Z')).toBe('expired');
  });

  it('MEM-1 a company still in Partner Membership Center activates nothing here', async () => {
    const [row] = await database.db
      .insert(gtmOffers)
      .values({
        companyId: FABRIKAM_ID,
        ...grantedBy('Fabrikam Silver Core'),
        type: 'silver_core',
        offerType: 'silver',
        benefitType: 'core',
        expiresOn: '2027-02-01',
      })
      .returning({ id: gtmOffers.id });
    const refusal = await failure(callerFor(sessions.fabrikam).gtm.activate({ offerId: row!.id }));
    expect(refusal).toMatchObject({ code: 'CONFLICT', details: { reason: 'PMC_NOT_MIGRATED' } });
    // ROLE-8: and another company's offer is not found from Contoso.
    expect(
      await failure(callerFor(sessions.admin).gtm.activate({ offerId: row!.id })),
    ).toMatchObject({ code: 'NOT_FOUND' });
  });
});
