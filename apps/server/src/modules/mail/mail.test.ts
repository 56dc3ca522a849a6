// X-5 email through a real SMTP server started here (smtp-server): the message arrives with its
// recipient, language and escaped content; refusals are retried and the message delivered once;
// an unreachable server ends failed and visible; with no SMTP the message stays in the outbox.
// On PostgreSQL also: the worker killed in the middle of a send, delivered once.
import { eq, sql } from 'drizzle-orm';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.js';
import { seed } from '../../db/seed.js';
import { CONTOSO_ID, demoUsers } from '../../db/seed-ids.js';
import { fixedDelay } from '../../jobs/fulfilment.js';
import { JobRunner, prepareJobQueues } from '../../jobs/queue.js';
import { testClock } from '../../test/clock.js';
import { testDatabases } from '../../test/databases.js';
import { failure } from '../../test/failure.js';
import { testMailDelivery } from '../../test/mail-delivery.js';
import { sessionOf } from '../../test/sessions.js';
import { startTestSmtp, type TestSmtp } from '../../test/smtp.js';
import { createContextInner, systemClock, type Session } from '../../trpc/context.js';
import { createCaller } from '../../trpc/router.js';
import { smtpMailer, type Mailer } from './delivery.js';
import { enqueueMail, type NewMail } from './outbox.js';
import { mailOutbox } from './schema.js';

const clock = testClock();

const message = (overrides: Partial<NewMail> = {}): NewMail => ({
  companyId: CONTOSO_ID,
  to: { name: 'Megan <b>Bowen</b>', address: 'megan.bowen@contoso.example' },
  locale: 'zh-CN',
  content: {
    subject: '您的市场推广套餐',
    greeting: '您好，Megan <b>Bowen</b>：',
    paragraphs: ['<script>alert("x")</script> 已激活。'],
    items: ['即用型营销资产'],
    link: { label: '打开合作伙伴中心', href: 'https://partner.microsoft.com/' },
    signature: '合作伙伴权益中心',
  },
  topic: { type: 'test', id: '00000000-0000-4000-8000-000000000001' },
  ...overrides,
});

/** Waits (real time: pg-boss's retry delays are real seconds) until `check` passes. */
async function eventually(check: () => Promise<boolean>, ms = 20_000) {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe.each(testDatabases())('X-5 email on $kind', ({ open }) => {
  let database: Database;
  let dispose: () => Promise<void>;
  let smtp: TestSmtp;
  let mailer: Mailer;
  let admin: Session;
  const runnerWith = (m: Mailer | undefined) =>
    new JobRunner({ db: database.db, clock, fulfilment: fixedDelay(0), mailer: m }, [
      testMailDelivery,
    ]);
  const write = (mail: NewMail) => database.db.transaction((tx) => enqueueMail(tx, clock, mail));
  const row = async (id: string) =>
    (await database.db.select().from(mailOutbox).where(eq(mailOutbox.id, id)))[0]!;
  const sentMail = (session: Session) =>
    createCaller(createContextInner({ db: database.db, clock, session })).mail.list({});

  beforeAll(async () => {
    ({ database, dispose } = await open());
    await seed(database.db);
    await prepareJobQueues(database.db, [testMailDelivery]);
    smtp = await startTestSmtp();
    mailer = smtpMailer(smtp.url);
    admin = await sessionOf(database.db, demoUsers.globalAdmin.id);
  });
  afterAll(async () => {
    mailer.close();
    await smtp.close();
    await dispose();
  });
  beforeEach(() => {
    smtp.received.length = 0;
  });

  it('X-5 a message arrives with its recipient, language, both parts and every user text escaped', async () => {
    const id = await write(message());
    expect(await runnerWith(mailer).runDue()).toBe(1);
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail!.to).toMatchObject({ value: [{ address: 'megan.bowen@contoso.example' }] });
    expect(mail!.subject).toBe('您的市场推广套餐');
    expect(mail!.headers.get('content-language')).toBe('zh-CN');
    expect(mail!.messageId).toBe((await row(id)).messageId);
    expect(mail!.html).toContain('<html lang="zh-CN">');
    expect(mail!.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; 已激活。');
    expect(mail!.html).not.toContain('<script>');
    expect(mail!.html).not.toContain('<b>');
    expect(mail!.html).toContain('<a href="https://partner.microsoft.com/"');
    expect(mail!.text).toContain('<script>alert("x")</script> 已激活。');
    expect(mail!.text).toContain('- 即用型营销资产');
    expect(mail!.text).toContain('打开合作伙伴中心: https://partner.microsoft.com/');
    expect(await row(id)).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
  });

  it('X-5 a message is written only when the change that causes it commits', async () => {
    const before = await database.db.$count(mailOutbox);
    await expect(
      database.db.transaction(async (tx) => {
        await enqueueMail(tx, clock, message());
        throw new Error('the change fails');
      }),
    ).rejects.toThrow('the change fails');
    expect(await database.db.$count(mailOutbox)).toBe(before);
    expect(await runnerWith(mailer).runDue()).toBe(0);
    expect(smtp.received).toHaveLength(0);
  });

  it('X-5 a server refusing the first two attempts gets the message once, after the retries', async () => {
    smtp.refuseNext(2);
    const id = await write(message());
    const runner = runnerWith(mailer);
    expect(await runner.runDue()).toBe(1);
    expect(await row(id)).toMatchObject({ status: 'retrying', attempts: 1 });
    expect((await row(id)).lastError).toContain('451');
    await eventually(async () => {
      await runner.runDue();
      return (await row(id)).status === 'sent';
    });
    expect(smtp.received).toHaveLength(1);
    expect(await row(id)).toMatchObject({ status: 'sent', attempts: 3, lastError: null });
    // Nothing is left to run: the delivery is done.
    expect(await runner.runDue()).toBe(0);
    expect(smtp.received).toHaveLength(1);
  });

  it('X-5 an unreachable server: every attempt fails, the message ends failed and the admin sees it', async () => {
    const unreachable = smtpMailer(`smtp://127.0.0.1:${await closedPort()}`);
    const id = await write(message({ to: { name: 'Kim', address: 'kim@contoso.example' } }));
    const runner = runnerWith(unreachable);
    await eventually(async () => {
      await runner.runDue();
      return (await row(id)).status === 'failed';
    }, 30_000);
    unreachable.close();
    // The first attempt and the policy's three retries.
    expect(await row(id)).toMatchObject({ status: 'failed', attempts: 4 });
    const listed = (await sentMail(admin)).items.find((mail) => mail.id === id);
    expect(listed).toMatchObject({ status: 'failed', to: 'kim@contoso.example', attempts: 4 });
    expect(listed!.lastError).toMatch(/ECONNREFUSED/);
  });

  it('X-5 with no SMTP configured the message stays in the outbox, unsent, for the Global admin to read', async () => {
    const id = await write(message({ locale: 'en-US' }));
    expect(await runnerWith(undefined).runDue()).toBe(1);
    expect(smtp.received).toHaveLength(0);
    const listed = (await sentMail(admin)).items.find((mail) => mail.id === id);
    expect(listed).toMatchObject({
      status: 'unsent',
      locale: 'en-US',
      subject: '您的市场推广套餐',
      sentAt: null,
    });
    expect(listed!.html).toContain('&lt;script&gt;');
  });

  it('X-5 only a Global admin reads the sent email (ROLE-7: others are told whom to ask)', async () => {
    const partnerAdmin = await sessionOf(database.db, demoUsers.partnerAdmin.id);
    const error = await failure(sentMail(partnerAdmin));
    expect(error.code).toBe('FORBIDDEN');
  });
});

// --- PostgreSQL only from here: PGlite is one process's database. ---
const postgres = testDatabases().find((db) => db.kind === 'postgres');
const workerScript = path.join(import.meta.dirname, '../../test/mail-worker.ts');

async function startWorker(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', workerScript], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`worker exited early (${code})`)));
  });
  return child;
}

if (postgres)
  describe('X-5 a worker killed mid-send on postgres', () => {
    let database: Database;
    let url: string;
    let dispose: () => Promise<void>;
    let smtp: TestSmtp;

    beforeAll(async () => {
      const opened = await postgres.open({ maxConnections: 5 });
      ({ database, dispose } = opened);
      url = opened.url!;
      await seed(database.db);
      await prepareJobQueues(database.db, [testMailDelivery]);
      smtp = await startTestSmtp();
    });
    afterAll(async () => {
      await smtp.close();
      await dispose();
    });

    it('X-5 the worker killed while the server reads the message: delivered once, by the retry', async () => {
      const worker = await startWorker({ DATABASE_URL: url, SMTP_URL: smtp.url });
      let killedMidSend = false;
      smtp.holdNext(async (clientGone) => {
        worker.kill('SIGKILL');
        await once(worker, 'exit');
        await clientGone;
        killedMidSend = true;
      });
      const id = await database.db.transaction((tx) =>
        enqueueMail(tx, systemClock, message({ locale: 'en-US' })),
      );
      await eventually(async () => killedMidSend);
      // The dead worker had committed its attempt before sending.
      const [attempt] = await database.db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
      expect(attempt).toMatchObject({ status: 'sending', attempts: 1 });
      expect(smtp.received).toHaveLength(0);

      const mailer = smtpMailer(smtp.url);
      const runner = new JobRunner(
        { db: database.db, clock: systemClock, fulfilment: fixedDelay(0), mailer },
        [testMailDelivery],
      );
      await eventually(async () => {
        // The dead worker's claim expires after its lease; the retry is then due.
        await runner.maintain();
        await runner.runDue();
        const [mail] = await database.db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
        return mail!.status === 'sent';
      }, 30_000);
      mailer.close();
      expect(smtp.received).toHaveLength(1);
      expect(smtp.received[0]!.messageId).toBe(attempt!.messageId);
      const jobs = await database.db.execute(
        sql`select state from pgboss.job where name = ${testMailDelivery.name}`,
      );
      expect((jobs as unknown as { rows: { state: string }[] }).rows.map((j) => j.state)).toEqual([
        'completed',
      ]);
      const [done] = await database.db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
      expect(done).toMatchObject({ status: 'sent', attempts: 2 });
    });
  });
