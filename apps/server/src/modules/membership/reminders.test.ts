// X-5 reminders through a year of the test clock, counted at a real SMTP server (smtp-server):
// renewal reminders 15 days before and 23 days after the anniversary (MEM-6), benefits still
// unused 120, 30 and 7 days before expiry (company settings, a Global admin's), each exactly
// once, to every Global admin in their own language, with links; two sweeps at once (two server
// instances on PostgreSQL) send each once; the sweep is a durable job that schedules the next.
import { addDays, daysBetween, isoDay } from '@pbc/rules';
import { eq } from 'drizzle-orm';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../db/database.js';
import { seed } from '../../db/seed.js';
import { demoPackages, demoUsers, FABRIKAM_ID } from '../../db/seed-ids.js';
import { fixedDelay } from '../../jobs/fulfilment.js';
import { JobRunner, prepareJobQueues } from '../../jobs/queue.js';
import { testClock } from '../../test/clock.js';
import { testDatabases } from '../../test/databases.js';
import { failure } from '../../test/failure.js';
import { testMailDelivery } from '../../test/mail-delivery.js';
import { sessionOf } from '../../test/sessions.js';
import { startTestSmtp, type TestSmtp } from '../../test/smtp.js';
import { createContextInner, type Session } from '../../trpc/context.js';
import { createCaller } from '../../trpc/router.js';
import { users } from '../identity/schema.js';
import { smtpMailer, type Mailer } from '../mail/delivery.js';
import { reminderSweep, scheduleReminderSweep, sweepReminders } from './reminders.js';
import { sentReminders } from './schema.js';

const appUrl = 'https://benefits.contoso.example';
// Seed: Contoso's Gold and Silver offers have their anniversary on 2027-07-01, Fabrikam's Action
// Pack on 2027-02-01; Contoso's Global admins are Grace Taylor and Megan Bowen.
const start = new Date('2026-11-24T09:00:00Z');

/** The lines of a message's list (`- text: link`). */
const linesOf = (mail: ParsedMail) =>
  (mail.text ?? '').split('\n').filter((line) => line.startsWith('- '));
const toOf = (mail: ParsedMail) =>
  (Array.isArray(mail.to) ? mail.to[0] : mail.to)!.value[0]!.address!;

describe.each(testDatabases())('X-5 reminders on $kind', ({ kind, open }) => {
  let database: Database;
  let url: string | undefined;
  let dispose: () => Promise<void>;
  let smtp: TestSmtp;
  let mailer: Mailer;
  let clock = testClock(start);
  let admin: Session;
  let partnerAdmin: Session;
  /** Messages taken by the SMTP server, with the server's day when they were sent. */
  const mails: { day: string; mail: ParsedMail }[] = [];
  const callerFor = (session: Session) =>
    createCaller(
      createContextInner({ db: database.db, clock, fulfilment: fixedDelay(0), session }),
    );
  const deliver = async () => {
    const before = smtp.received.length;
    const runner = new JobRunner({ db: database.db, clock, fulfilment: fixedDelay(0), mailer }, [
      testMailDelivery,
    ]);
    while ((await runner.runDue()) > 0);
    for (const mail of smtp.received.slice(before)) mails.push({ day: isoDay(clock.now()), mail });
  };
  /** Every line about `text` sent to `address`, with the day it went. */
  const linesAbout = (address: string, text: string) =>
    mails
      .filter(({ mail }) => toOf(mail) === address)
      .flatMap(({ day, mail }) =>
        linesOf(mail)
          .filter((line) => line.includes(text))
          .map((line) => ({ day, line })),
      );

  beforeAll(async () => {
    ({ database, url, dispose } = await open({ maxConnections: 4 }));
    await seed(database.db, start);
    await prepareJobQueues(database.db, [testMailDelivery]);
    smtp = await startTestSmtp();
    mailer = smtpMailer(smtp.url);
    admin = await sessionOf(database.db, demoUsers.globalAdmin.id);
    partnerAdmin = await sessionOf(database.db, demoUsers.partnerAdmin.id);
    // each Global admin is written to in their own language.
    await database.db
      .update(users)
      .set({ locale: 'zh-CN' })
      .where(eq(users.id, demoUsers.globalAdmin.id));
  });
  afterAll(async () => {
    mailer.close();
    await smtp.close();
    await dispose();
  });

  it('X-5 the reminder days are a Global admin’s setting; bad days are refused at the field', async () => {
    expect(await callerFor(admin).membership.reminderSettings()).toEqual({
      unusedReminderDays: [120, 30, 7],
    });
    expect(
      await failure(
        callerFor(partnerAdmin).membership.updateReminderSettings({ unusedReminderDays: [60] }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect(
      await failure(
        callerFor(admin).membership.updateReminderSettings({ unusedReminderDays: [30, 30] }),
      ),
    ).toMatchObject({
      code: 'BAD_REQUEST',
      details: { reason: 'REMINDER_DAYS_INVALID' },
      fieldErrors: { unusedReminderDays: [expect.any(String)] },
    });
    // Stored from the furthest to the nearest.
    await callerFor(admin).membership.updateReminderSettings({ unusedReminderDays: [7, 120, 30] });
    expect(await callerFor(admin).membership.reminderSettings()).toEqual({
      unusedReminderDays: [120, 30, 7],
    });
  });

  it('X-5 MEM-6 through a year: every reminder exactly once, on its day, to each Global admin in their language', async () => {
    let day = isoDay(start);
    const end = addDays(day, 365);
    while (day <= end) {
      clock = testClock(new Date(`${day}T06:00:00Z`));
      // A second sweep the same day (another instance, a retried job) sends nothing more.
      await sweepReminders(database.db, clock, appUrl);
      await sweepReminders(database.db, clock, appUrl);
      await deliver();
      // MEM-6: Gold is renewed inside its window, Silver is not.
      if (day === '2027-07-10')
        await callerFor(partnerAdmin).membership.renew({ packageId: demoPackages.contosoGold });
      day = addDays(day, 1);
    }

    const grace = demoUsers.globalAdmin.email;
    const megan = 'megan.bowen@contoso.com';
    // Renewal, 15 days before the anniversary (2027-07-01 → 2027-06-16), for both offers.
    expect(linesAbout(megan, 'Gold Cloud Platform: anniversary')).toEqual([
      { day: '2027-06-16', line: expect.stringContaining(`${appUrl}/benefits/packages`) },
    ]);
    expect(linesAbout(megan, 'Silver Data Analytics: anniversary')).toHaveLength(1);
    // 23 days after (2027-07-24): only Silver, which was not renewed.
    expect(linesAbout(megan, 'Silver Data Analytics: not renewed yet')).toEqual([
      { day: '2027-07-24', line: expect.stringContaining('July 31, 2027') },
    ]);
    expect(linesAbout(megan, 'Gold Cloud Platform: not renewed yet')).toEqual([]);
    // The same in Chinese to the admin who reads Chinese.
    expect(linesAbout(grace, '金牌 Cloud Platform：周年日')).toHaveLength(1);
    expect(linesAbout(grace, '银牌 Data Analytics：尚未续订')).toHaveLength(1);
    expect(linesAbout(grace, 'Gold Cloud Platform')).toEqual([]);

    // Unused: Silver's Signature support (never activated, expires 2027-07-01) 120, 30 and 7
    // days before its expiry, once each.
    const signature =
      'Signature Product Support (cloud) (Silver, Technical benefits): still unused';
    expect(linesAbout(megan, signature)).toEqual([
      { day: '2027-03-03', line: expect.stringContaining('July 1, 2027, in 120 days') },
      { day: '2027-06-01', line: expect.stringContaining('in 30 days') },
      { day: '2027-06-24', line: expect.stringContaining('in 7 days') },
    ]);
    expect(linesAbout(megan, signature)[0]!.line).toContain(`${appUrl}/benefits/technical`);
    expect(linesAbout(grace, '签名产品支持（云）（银牌，技术权益）：尚未使用')).toHaveLength(3);

    // No reminder line twice to anyone: each subject, threshold and date once.
    for (const address of [grace, megan]) {
      const lines = mails
        .filter(({ mail }) => toOf(mail) === address)
        .flatMap(({ mail }) => linesOf(mail));
      expect(new Set(lines).size).toBe(lines.length);
    }
    // Both admins got the same reminders, in their own language.
    const sentTo = (address: string) => mails.filter(({ mail }) => toOf(mail) === address);
    expect(sentTo(grace).length).toBe(sentTo(megan).length);
    expect(
      sentTo(grace).every(({ mail }) => mail.headers.get('content-language') === 'zh-CN'),
    ).toBe(true);
    expect(
      sentTo(megan).every(({ mail }) => mail.headers.get('content-language') === 'en-US'),
    ).toBe(true);
    // Fabrikam (Action Pack, anniversary 2027-02-01): its own admin, 15 days before and 23 after.
    const fabrikam = mails.filter(({ mail }) => toOf(mail).endsWith('@fabrikam.example'));
    expect(
      fabrikam
        .filter(({ mail }) => linesOf(mail).some((l) => l.includes('Action Pack:')))
        .map(({ day }) => day),
    ).toEqual(['2027-01-17', '2027-02-24']);
    // Every claimed reminder produced its messages, and none was claimed twice.
    const claims = await database.db.select().from(sentReminders);
    expect(
      new Set(claims.map((c) => `${c.kind}${c.subjectId}${c.threshold}${c.dueFor}`)).size,
    ).toBe(claims.length);
    expect(claims.filter((c) => c.companyId === FABRIKAM_ID && c.kind === 'renewal')).toHaveLength(
      2,
    );
  });

  it('X-5 X-4 the sweep is a durable job: it runs what is due and schedules the next, one waiting', async () => {
    clock = testClock(new Date('2028-03-02T06:00:00Z'));
    await prepareJobQueues(database.db, [reminderSweep]);
    // Every instance schedules it at start: one waits.
    expect(await scheduleReminderSweep(database.db, clock)).not.toBeNull();
    expect(await scheduleReminderSweep(database.db, clock)).toBeNull();
    const runner = new JobRunner(
      { db: database.db, clock, fulfilment: fixedDelay(0), mailer, appUrl },
      [reminderSweep],
    );
    expect(await runner.runDue()).toBe(1);
    // 2028-03-02 is 120 days before the renewed Gold's new expiry (2028-06-30).
    expect(daysBetween('2028-03-02', '2028-06-30')).toBe(120);
    const claimed = await database.db.select().from(sentReminders);
    expect(claimed.some((c) => c.dueFor === '2028-06-30' && c.threshold === 120)).toBe(true);
    // The next run is scheduled, not due yet.
    expect(await runner.runDue()).toBe(0);
    expect(await scheduleReminderSweep(database.db, clock)).toBeNull();
    await deliver();
  });

  // PGlite has one connection: two instances at once are proven on PostgreSQL.
  if (kind === 'postgres')
    it('X-5 two server instances sweeping at once send each reminder once', async () => {
      clock = testClock(new Date('2028-06-01T06:00:00Z'));
      const other = await openDatabase({ databaseUrl: url });
      try {
        const before = (await database.db.select().from(sentReminders)).length;
        const [a, b] = await Promise.all([
          sweepReminders(database.db, clock, appUrl),
          sweepReminders(other.db, clock, appUrl),
        ]);
        const after = (await database.db.select().from(sentReminders)).length;
        // 2028-06-01 is 30 days before 2028-06-30: Gold's unused benefits are due.
        expect(a + b).toBeGreaterThan(0);
        expect(a + b).toBe(after - before);
        const sent = smtp.received.length;
        await deliver();
        const messages = smtp.received.slice(sent);
        // One message per Global admin of Contoso: the two sweeps did not both write one.
        expect(messages.map(toOf).sort()).toEqual([
          demoUsers.globalAdmin.email,
          'megan.bowen@contoso.com',
        ]);
      } finally {
        await other.close();
      }
    });
});
