// Prints the outbox's throughput (X-5; not a test: it asserts nothing): 1,000 messages written to
// the outbox in one transaction, then delivered by the real delivery job through nodemailer to an
// SMTP server started here (smtp-server), counted when the server has taken each one. One worker
// (`JobRunner`, claiming 5 at a time), then four sharing the queue on PostgreSQL. On a fresh
// PGlite in memory, and on a throwaway PostgreSQL database too when DATABASE_URL is set.
// Usage: node tools/bench/outbox.mjs [--n 1000]
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// The server is TypeScript: run again under tsx when started with plain node.
if (!process.execArgv.some((arg) => arg.includes('tsx'))) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    { stdio: 'inherit' },
  );
  child.on('exit', (code) => process.exit(code ?? 1));
} else {
  await bench();
}

async function bench() {
  const server = '../../apps/server/src';
  const { testDatabases } = await import(`${server}/test/databases.ts`);
  const { startTestSmtp } = await import(`${server}/test/smtp.ts`);
  const { seed } = await import(`${server}/db/seed.ts`);
  const { CONTOSO_ID } = await import(`${server}/db/seed-ids.ts`);
  const { fixedDelay } = await import(`${server}/jobs/fulfilment.ts`);
  const { JobRunner } = await import(`${server}/jobs/queue.ts`);
  const { allJobs } = await import(`${server}/jobs/registry.ts`);
  const { enqueueMail } = await import(`${server}/modules/mail/outbox.ts`);
  const { smtpMailer } = await import(`${server}/modules/mail/delivery.ts`);
  const { systemClock } = await import(`${server}/trpc/context.ts`);

  const flag = process.argv.indexOf('--n');
  const n = flag > 0 ? Number(process.argv[flag + 1]) : 1000;

  const smtp = await startTestSmtp();
  const mailer = smtpMailer(smtp.url);
  try {
    for (const { kind, open } of testDatabases()) {
      for (const workers of kind === 'postgres' ? [1, 4] : [1]) {
        const { database, dispose } = await open({ maxConnections: 10 });
        try {
          await seed(database.db);
          smtp.received.length = 0;
          const writeStarted = performance.now();
          await database.db.transaction(async (tx) => {
            for (let i = 0; i < n; i++)
              await enqueueMail(tx, systemClock, {
                companyId: CONTOSO_ID,
                to: { name: `Contact ${i}`, address: `contact.${i}@contoso.example` },
                locale: i % 2 === 0 ? 'en-US' : 'zh-CN',
                content: {
                  subject: `Go-To-Market offer ${i}`,
                  greeting: `Hello Contact ${i},`,
                  paragraphs: ['Your offer is being activated.', 'Here is what it contains:'],
                  items: ['Ready-to-go marketing assets', 'Sales-enablement platform'],
                  link: { label: 'Open Partner Center', href: 'https://partner.microsoft.com/' },
                  signature: 'Partner Benefits Center',
                },
                topic: { type: 'bench', id: '00000000-0000-4000-8000-000000000001' },
              });
          });
          const writeSeconds = (performance.now() - writeStarted) / 1000;
          const runners = Array.from(
            { length: workers },
            () =>
              new JobRunner(
                { db: database.db, clock: systemClock, fulfilment: fixedDelay(0), mailer },
                allJobs,
              ),
          );
          const started = performance.now();
          await Promise.all(
            runners.map(async (runner) => {
              while ((await runner.runDue()) > 0);
            }),
          );
          const seconds = (performance.now() - started) / 1000;
          console.log(
            `${kind}, ${workers} worker${workers > 1 ? 's' : ''}: ${n} messages written in ` +
              `${writeSeconds.toFixed(2)} s (${Math.round(n / writeSeconds)}/s); ` +
              `${smtp.received.length} delivered in ${seconds.toFixed(2)} s: ` +
              `${(smtp.received.length / seconds).toFixed(1)} messages/s`,
          );
        } finally {
          await dispose();
        }
      }
    }
  } finally {
    mailer.close();
    await smtp.close();
  }
}
