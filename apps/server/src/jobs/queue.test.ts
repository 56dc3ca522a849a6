// X-4 durable jobs on both databases: written with the change or not at all, run once, retried
// with backoff, failed visibly. On PostgreSQL also: workers killed with SIGKILL mid-job 100 times,
// and two server instances sharing the queue, each job run once.
import { and, eq, like, sql } from 'drizzle-orm';
import { integer, pgTable, text } from 'drizzle-orm/pg-core';
import type { FastifyInstance } from 'fastify';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Competency } from '@pbc/contract';
import { z } from 'zod';
import { buildApp } from '../app.js';
import { openDatabase, type Database } from '../db/database.js';
import { seed } from '../db/seed.js';
import { CONTOSO_ID, DEMO_PASSWORD, demoUsers } from '../db/seed-ids.js';
import { auditEvents } from '../modules/audit/schema.js';
import { cancellationRequests } from '../modules/membership/schema.js';
import { testClock } from '../test/clock.js';
import { testDatabases } from '../test/databases.js';
import { createDurabilityTable, durabilityEffects, slowEffect } from '../test/durability-job.js';
import { systemClock } from '../trpc/context.js';
import { fixedDelay } from './fulfilment.js';
import {
  defineJob,
  enqueue,
  jobStatus,
  JobRunner,
  prepareJobQueues,
  type AnyJobDefinition,
} from './queue.js';
import { allJobs } from './registry.js';

/** A table of the test's own: each job adds its key once. */
const effects = pgTable('job_test_effects', {
  key: text('key').primaryKey(),
  runs: integer('runs').notNull(),
});

const Data = z.object({ key: z.string() });

/** Records its effect in the job's own transaction. */
const recordEffect = defineJob({
  name: 'test.recordEffect',
  data: Data,
  retry: { limit: 2, delaySeconds: 1 },
  leaseSeconds: 1,
  async handle(job) {
    await job.transaction((tx) =>
      tx
        .insert(effects)
        .values({ key: job.data.key, runs: 1 })
        .onConflictDoUpdate({ target: effects.key, set: { runs: sql`${effects.runs} + 1` } }),
    );
  },
});

let failuresLeft = 0;
/** Fails `failuresLeft` times, then records its effect. */
const flaky = defineJob({
  name: 'test.flaky',
  data: Data,
  retry: { limit: 2, delaySeconds: 1 },
  leaseSeconds: 5,
  async handle(job) {
    if (failuresLeft > 0) {
      failuresLeft -= 1;
      throw new Error(`refused attempt ${job.retryCount + 1}`);
    }
    await job.transaction((tx) => tx.insert(effects).values({ key: job.data.key, runs: 1 }));
  },
});

const jobs: AnyJobDefinition[] = [recordEffect, flaky];
const clock = testClock();

/** Waits (real time) until `check` passes; pg-boss's retry delays are real seconds. */
async function eventually(check: () => Promise<boolean>, ms = 15_000) {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.each(testDatabases())('X-4 durable jobs on $kind', ({ kind, open }) => {
  let database: Database;
  let dispose: () => Promise<void>;
  let runner: JobRunner;
  const runsOf = async (key: string) =>
    (await database.db.select().from(effects).where(eq(effects.key, key)))[0]?.runs ?? 0;

  beforeAll(async () => {
    ({ database, dispose } = await open({ maxConnections: 20 }));
    await database.db.execute(
      sql`create table job_test_effects (key text primary key, runs integer not null)`,
    );
    await prepareJobQueues(database.db, jobs);
    runner = new JobRunner({ db: database.db, clock, fulfilment: fixedDelay(0) }, jobs);
  });
  afterAll(() => dispose());
  beforeEach(() => {
    failuresLeft = 0;
  });

  it('X-4 a job sent in a transaction exists only when it commits', async () => {
    await database.db.transaction((tx) => enqueue(tx, clock, recordEffect, { key: 'committed' }));
    await expect(
      database.db.transaction(async (tx) => {
        await enqueue(tx, clock, recordEffect, { key: 'rolled back' });
        throw new Error('the change fails');
      }),
    ).rejects.toThrow('the change fails');
    expect(await runner.runDue()).toBe(1);
    expect(await runsOf('committed')).toBe(1);
    expect(await runsOf('rolled back')).toBe(0);
    expect(await runner.runDue()).toBe(0);
  });

  it('X-4 a job due later waits for the server clock, and reports when it is due', async () => {
    const id = await database.db.transaction((tx) =>
      enqueue(
        tx,
        clock,
        recordEffect,
        { key: 'later' },
        { runAt: new Date(clock.now().getTime() + 60_000) },
      ),
    );
    expect(await runner.runDue()).toBe(0);
    const status = await jobStatus(database.db, clock, recordEffect.name, id!);
    expect(status).toMatchObject({ state: 'waiting', attempts: 0, error: null });
    // Due a minute after the (test) clock's now, whatever the real time is.
    expect(status!.dueAt.getTime() - clock.now().getTime()).toBeGreaterThan(50_000);
  });

  it('X-4 a failing handler is retried with backoff, then succeeds once', async () => {
    failuresLeft = 1;
    const id = await database.db.transaction((tx) => enqueue(tx, clock, flaky, { key: 'retried' }));
    expect(await runner.runDue()).toBe(1);
    expect(await jobStatus(database.db, clock, flaky.name, id!)).toMatchObject({
      state: 'waiting',
      attempts: 1,
      error: 'refused attempt 1',
    });
    await eventually(async () => (await runner.runDue()) > 0);
    expect(await runsOf('retried')).toBe(1);
    expect(await jobStatus(database.db, clock, flaky.name, id!)).toMatchObject({
      state: 'completed',
      attempts: 2,
    });
  });

  it('X-4 after its last attempt a job is failed, with its error, and has no effect', async () => {
    failuresLeft = 3;
    const id = await database.db.transaction((tx) => enqueue(tx, clock, flaky, { key: 'gave up' }));
    await eventually(async () => {
      await runner.runDue();
      return (await jobStatus(database.db, clock, flaky.name, id!))?.state === 'failed';
    }, 20_000);
    expect(await jobStatus(database.db, clock, flaky.name, id!)).toMatchObject({
      state: 'failed',
      attempts: 3,
      error: 'refused attempt 3',
    });
    expect(await runsOf('gave up')).toBe(0);
  });

  it('X-4 a claim whose worker died is run again after its lease, and applied once', async () => {
    await database.db.transaction((tx) => enqueue(tx, clock, recordEffect, { key: 'abandoned' }));
    // A worker claims the job and dies before finishing: nothing of it commits.
    const dead = new JobRunner({ db: database.db, clock, fulfilment: fixedDelay(0) }, [
      { ...recordEffect, handle: () => new Promise<void>(() => undefined) },
    ]);
    void dead.runDue();
    await eventually(async () => (await runner.runDue()) === 0);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await runner.maintain();
    await eventually(async () => (await runner.runDue()) > 0, 10_000);
    expect(await runsOf('abandoned')).toBe(1);
  });

  // PGlite has one connection: concurrency is proven on PostgreSQL.
  if (kind === 'postgres')
    it('X-4 four runners on one database run each of 200 jobs exactly once', async () => {
      await database.db.transaction(async (tx) => {
        for (let i = 0; i < 200; i += 1)
          await enqueue(tx, clock, recordEffect, { key: `many-${i}` });
      });
      const runners = Array.from(
        { length: 4 },
        () =>
          new JobRunner({ db: database.db, clock, fulfilment: fixedDelay(0) }, jobs, {
            batchSize: 3,
          }),
      );
      const drain = async (r: JobRunner) => {
        while ((await r.runDue()) > 0);
      };
      await Promise.all(runners.map(drain));
      const rows = await database.db
        .select({ runs: effects.runs })
        .from(effects)
        .where(sql`${effects.key} like 'many-%'`);
      expect(rows).toHaveLength(200);
      expect(rows.every((r) => r.runs === 1)).toBe(true);
    });
});

const postgres = testDatabases().find((d) => d.kind === 'postgres');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const rowsOf = (result: unknown) =>
  (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Record<
    string,
    unknown
  >[];

// --- PostgreSQL only from here: PGlite is one process's database. ---

/** Workers killed with SIGKILL in the middle of jobs: every effect is applied exactly once. */
const workerScript = path.join(import.meta.dirname, '../test/durability-worker.ts');
const jobCount = 600;
const kills = 100;
/** Workers started, and killed, at once per round. */
const perRound = 10;

/** Starts a worker process and waits until it polls. */
async function startWorker(url: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', workerScript], {
    env: { ...process.env, DATABASE_URL: url },
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
  describe('X-4 workers killed mid-job on postgres', () => {
    let database: Database;
    let url: string;
    let dispose: () => Promise<void>;

    beforeAll(async () => {
      const opened = await postgres.open({ maxConnections: 5 });
      ({ database, dispose } = opened);
      url = opened.url!;
      await prepareJobQueues(database.db, [slowEffect]);
      await createDurabilityTable(database.db);
    });
    afterAll(() => dispose());

    it(`X-4 ${kills} SIGKILLs in the middle of jobs: each of ${jobCount} effects applied exactly once`, async () => {
      await database.db.transaction(async (tx) => {
        for (let i = 0; i < jobCount; i += 1)
          await enqueue(tx, systemClock, slowEffect, { key: `job-${i}` });
      });
      let interrupted = 0;
      for (let round = 0; round < kills / perRound; round += 1) {
        const workers = await Promise.all(Array.from({ length: perRound }, () => startWorker(url)));
        const started = new Date();
        await sleep(100 + Math.random() * 300);
        // Jobs these workers claimed and had not finished when they were killed.
        const active = rowsOf(
          await database.db.execute(
            sql`select count(*)::int as n from pgboss.job
                where name = ${slowEffect.name} and state = 'active' and started_on >= ${started.toISOString()}::timestamptz`,
          ),
        );
        interrupted += Number(active[0]!.n);
        for (const worker of workers) worker.kill('SIGKILL');
        await Promise.all(workers.map((worker) => once(worker, 'exit')));
      }
      // Workers left alone: lost claims expire after their lease and are run again.
      const runners = Array.from(
        { length: 4 },
        () =>
          new JobRunner({ db: database.db, clock: systemClock, fulfilment: fixedDelay(0) }, [
            slowEffect,
          ]),
      );
      const waiting = async () =>
        Number(
          rowsOf(
            await database.db.execute(
              sql`select count(*)::int as n from pgboss.job where name = ${slowEffect.name} and state <> 'completed'`,
            ),
          )[0]!.n,
        );
      const until = Date.now() + 60_000;
      while ((await waiting()) > 0 && Date.now() < until) {
        await runners[0]!.maintain();
        await Promise.all(
          runners.map(async (runner) => {
            while ((await runner.runDue()) > 0);
          }),
        );
        await sleep(250);
      }
      const effects = rowsOf(
        await database.db.execute(sql`select key, runs from ${durabilityEffects}`),
      );
      expect(await waiting()).toBe(0);
      expect(effects).toHaveLength(jobCount);
      expect(effects.filter((e) => e.runs !== 1)).toEqual([]);
      // The kills did land inside jobs (otherwise this proves nothing): about half of the workers
      // are inside one at any moment; one per round on average is far below that.
      expect(interrupted).toBeGreaterThanOrEqual(kills / perRound);
      console.log(
        `X-4 durability: ${kills} kills, ${interrupted} jobs interrupted, ${jobCount} effects once each`,
      );
    }, 600_000);
  });

/** Two server instances on one database, both running workers. */
const noDelay = fixedDelay(0);

interface Instance {
  database: Database;
  app: FastifyInstance;
  jobs: JobRunner;
  /** Jobs this instance's worker ran. */
  ran: number;
}

async function startInstance(url: string): Promise<Instance> {
  const instance = { ran: 0 } as Instance;
  const database = await openDatabase({ databaseUrl: url });
  const app = await buildApp({
    db: database.db,
    logLevel: 'silent',
    fulfilment: noDelay,
  });
  const counted = allJobs.map((job) => ({
    ...job,
    handle: (...args: Parameters<typeof job.handle>) => {
      instance.ran += 1;
      return job.handle(...args);
    },
  }));
  const jobs = new JobRunner(
    { db: database.db, clock: systemClock, fulfilment: noDelay },
    counted,
    {
      pollMs: 20,
      batchSize: 1,
    },
  );
  jobs.start();
  return Object.assign(instance, { database, app, jobs });
}

if (postgres)
  describe('two server instances on one postgres', () => {
    let dispose: () => Promise<void>;
    let a: Instance;
    let b: Instance;
    let cookie: string;

    /** A tRPC mutation over HTTP, as the sdk sends it (a batch of one). */
    const mutate = (on: Instance, procedure: string, input: unknown, idempotencyKey?: string) =>
      on.app.inject({
        method: 'POST',
        url: `/trpc/${procedure}?batch=1`,
        cookies: { pbc_session: cookie },
        headers: idempotencyKey ? { 'idempotency-key': idempotencyKey } : {},
        payload: { 0: input },
      });

    beforeAll(async () => {
      const opened = await postgres.open();
      dispose = opened.dispose;
      await seed(opened.database.db);
      a = await startInstance(opened.url!);
      b = await startInstance(opened.url!);
      const signIn = await a.app.inject({
        method: 'POST',
        url: '/trpc/auth.signIn',
        payload: { email: demoUsers.partnerAdmin.email, password: DEMO_PASSWORD },
      });
      cookie = signIn.cookies.find((c) => c.name === 'pbc_session')!.value;
    });
    afterAll(async () => {
      for (const instance of [a, b]) {
        await instance.jobs.stop();
        await instance.app.close();
        await instance.database.close();
      }
      await dispose();
    });

    it('X-3 a mutation retried on the other instance with the same Idempotency-Key applies once', async () => {
      const bought = await mutate(a, 'membership.purchase', {
        offerType: 'gold',
        competencyArea: 'Learning',
      });
      const packageId = bought.json()[0].result.data.id as string;
      const [first, retried] = await Promise.all([
        mutate(a, 'membership.requestCancellation', { packageId }, 'retry-on-b'),
        mutate(b, 'membership.requestCancellation', { packageId }, 'retry-on-b'),
      ]);
      expect([first.statusCode, retried.statusCode]).toEqual([200, 200]);
      expect(retried.json()[0].result.data.cancellation.id).toBe(
        first.json()[0].result.data.cancellation.id,
      );
      const requests = await a.database.db
        .select()
        .from(cancellationRequests)
        .where(eq(cancellationRequests.packageId, packageId));
      expect(requests).toHaveLength(1);
    });

    it('X-4 both instances work the queue; each of 20 requests is reviewed and refunded exactly once', async () => {
      const packageIds: string[] = [];
      // Offers Contoso does not hold yet (MEM-2 holds each competency once per level).
      const held = ['Cloud Platform', 'Data Analytics', 'Learning'];
      const fresh = Competency.options.filter((c) => !held.includes(c));
      for (let i = 0; i < 20; i += 1) {
        const bought = await mutate(i % 2 ? a : b, 'membership.purchase', {
          offerType: i % 2 ? 'silver' : 'gold',
          competencyArea: fresh[Math.floor(i / 2)],
        });
        packageIds.push(bought.json()[0].result.data.id);
      }
      await Promise.all(
        packageIds.map((packageId, i) =>
          mutate(i % 2 ? b : a, 'membership.requestCancellation', { packageId }),
        ),
      );
      const decided = () =>
        a.database.db.$count(
          cancellationRequests,
          and(
            eq(cancellationRequests.companyId, CONTOSO_ID),
            eq(cancellationRequests.status, 'refunded'),
          ),
        );
      const until = Date.now() + 60_000;
      while ((await decided()) < 21 && Date.now() < until) await sleep(100);
      // The Learning package of the first test is refunded too.
      expect(await decided()).toBe(21);
      for (const step of ['in_review', 'refunded']) {
        const events = await a.database.db
          .select({ targetId: auditEvents.targetId })
          .from(auditEvents)
          .where(
            and(
              eq(auditEvents.companyId, CONTOSO_ID),
              like(auditEvents.action, `membership.cancellation.${step}`),
            ),
          );
        const perPackage = packageIds.map((id) => events.filter((e) => e.targetId === id).length);
        expect(perPackage, step).toEqual(packageIds.map(() => 1));
      }
      // Both instances took part.
      expect(a.ran).toBeGreaterThan(0);
      expect(b.ran).toBeGreaterThan(0);
    });
  });
