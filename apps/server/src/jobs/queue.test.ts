// X-4 durable jobs on both databases: written with the change or not at all, run once, retried
// with backoff, failed visibly; on PostgreSQL, several runners never run one job twice.
import { eq, sql } from 'drizzle-orm';
import { integer, pgTable, text } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Database } from '../db/database.js';
import { fixedDelay } from './fulfilment.js';
import { testClock } from '../test/clock.js';
import { testDatabases } from '../test/databases.js';
import {
  defineJob,
  enqueue,
  jobStatus,
  JobRunner,
  prepareJobQueues,
  type AnyJobDefinition,
} from './queue.js';

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
    const status = await jobStatus(database.db, recordEffect.name, id!);
    expect(status).toMatchObject({ state: 'waiting', attempts: 0, error: null });
    expect(status!.dueAt.getTime() - Date.now()).toBeGreaterThan(50_000);
  });

  it('X-4 a failing handler is retried with backoff, then succeeds once', async () => {
    failuresLeft = 1;
    const id = await database.db.transaction((tx) => enqueue(tx, clock, flaky, { key: 'retried' }));
    expect(await runner.runDue()).toBe(1);
    expect(await jobStatus(database.db, flaky.name, id!)).toMatchObject({
      state: 'waiting',
      attempts: 1,
      error: 'refused attempt 1',
    });
    await eventually(async () => (await runner.runDue()) > 0);
    expect(await runsOf('retried')).toBe(1);
    expect(await jobStatus(database.db, flaky.name, id!)).toMatchObject({
      state: 'completed',
      attempts: 2,
    });
  });

  it('X-4 after its last attempt a job is failed, with its error, and has no effect', async () => {
    failuresLeft = 3;
    const id = await database.db.transaction((tx) => enqueue(tx, clock, flaky, { key: 'gave up' }));
    await eventually(async () => {
      await runner.runDue();
      return (await jobStatus(database.db, flaky.name, id!))?.state === 'failed';
    }, 20_000);
    expect(await jobStatus(database.db, flaky.name, id!)).toMatchObject({
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
