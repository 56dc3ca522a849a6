// `npm start`: open the database, migrate, seed the demo data, serve.
import type { FastifyBaseLogger } from 'fastify';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { seed } from './db/seed.js';
import { fixedDelay } from './jobs/fulfilment.js';
import { JobRunner, prepareJobQueues } from './jobs/queue.js';
import { scheduleReminderSweep } from './modules/membership/reminders.js';
import { smtpMailer } from './modules/mail/delivery.js';
import { allJobs } from './jobs/registry.js';
import { purgeExpired } from './shared/housekeeping.js';
import { opensStoredKeys } from './modules/software/software.js';
import { developmentKey, keyCipher } from './modules/software/key-cipher.js';
import { movableClock } from './http/test-clock.js';
import { systemClock } from './trpc/context.js';

const housekeepingEveryMs = 15 * 60_000;

const config = loadConfig();
// The server's entry: React, which renders the mails, takes its production build unless the
// environment names another mode (`npm run dev` does). Set after the configuration is read, so its
// test-clock check sees the environment as the operator gave it.
process.env.NODE_ENV ??= 'production';
const testClock = config.testClock ? movableClock() : undefined;
const clock = testClock ?? systemClock;
const fulfilment = fixedDelay(config.fulfilmentDelayMs);
const mailer = config.smtpUrl ? smtpMailer(config.smtpUrl) : undefined;
const productKeys = keyCipher(config.keyEncryptionKey ?? developmentKey(config.dataDir));
/** The server's logger, once it is built. */
let log: FastifyBaseLogger | undefined;
const database = await openDatabase({
  databaseUrl: config.databaseUrl,
  pgliteDir: path.join(config.dataDir, 'pglite'),
  // PostgreSQL restarted or ended an idle connection: the pool opens a new one when needed.
  onConnectionLost: (error) => log?.warn({ err: error }, 'database connection lost'),
});

try {
  await database.migrate();
  await prepareJobQueues(database.db, allJobs);
  // the reminder sweep is a durable periodic job; every instance schedules it, one waits.
  await scheduleReminderSweep(database.db, clock);
  const seeded = await seed(database.db, new Date(), productKeys);
  if (!(await opensStoredKeys(database.db, productKeys)))
    throw new Error(
      'The key encryption key does not open the stored product keys: set KEY_ENCRYPTION_KEY (or restore ' +
        `${path.join(config.dataDir, 'key-encryption.key')}) to the key they were sealed with`,
    );
  const app = await buildApp({
    db: database.db,
    remotesManifest: config.remotesManifest,
    staticRoot: config.staticRoot,
    logLevel: config.logLevel,
    sessionSettings: config.sessions,
    trustProxy: config.trustProxy,
    allowedOrigins: config.allowedOrigins,
    remoteOrigins: config.remoteOrigins,
    keyCipher: productKeys,
    clock,
    fulfilment,
    ...(testClock ? { testClock } : {}),
  });
  // Every instance runs the worker: claims are `SKIP LOCKED`, so none runs a job twice.
  const jobs = new JobRunner(
    { db: database.db, clock, fulfilment, mailer, appUrl: config.appUrl },
    allJobs,
    {
      onError: (error, job) => app.log.error({ err: error, job }, 'job attempt failed'),
    },
  );
  log = app.log;

  // Every instance purges; the deletes are idempotent, so several running at once is harmless.
  const purge = () =>
    purgeExpired(database.db, new Date(), config.sessions).then(
      (purged) => app.log.info({ purged }, 'housekeeping'),
      (error: unknown) => app.log.error({ err: error }, 'housekeeping failed'),
    );
  const housekeeping = setInterval(() => void purge(), housekeepingEveryMs);
  housekeeping.unref();
  void purge();

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    clearInterval(housekeeping);
    app.log.info(`${signal}: shutting down`);
    // Never hang on a stuck connection: give up after 10 s.
    setTimeout(() => process.exit(1), 10_000).unref();
    await jobs.stop();
    mailer?.close();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  app.log.info(`database ${database.kind} migrated; demo data: ${seeded} rows inserted`);
  await app.listen({ port: config.port, host: config.host });
  jobs.start();
  const { port } = app.server.address() as AddressInfo;
  const host = ['0.0.0.0', '::'].includes(config.host) ? '127.0.0.1' : config.host;
  console.log(
    `Partner Benefits Center is running at http://${host}:${port} (database: ${database.kind})`,
  );
} catch (error) {
  await database.close();
  throw error;
}
