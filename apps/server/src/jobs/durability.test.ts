// X-4 on PostgreSQL: workers killed with SIGKILL in the middle of jobs, 100 times; every job's
// effect is applied exactly once in the end.
import { sql } from 'drizzle-orm';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { createDurabilityTable, durabilityEffects, slowEffect } from '../test/durability-job.js';
import { testDatabases } from '../test/databases.js';
import { systemClock } from '../trpc/context.js';
import { fixedDelay } from './fulfilment.js';
import { enqueue, JobRunner, prepareJobQueues } from './queue.js';

const postgres = testDatabases().find((d) => d.kind === 'postgres');
const workerScript = path.join(import.meta.dirname, '../test/durability-worker.ts');
const jobCount = 600;
const kills = 100;
/** Workers started, and killed, at once per round. */
const perRound = 10;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const rowsOf = (result: unknown) =>
  (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Record<
    string,
    unknown
  >[];

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

// PostgreSQL only: PGlite is one process's database.
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
      // The kills did land inside jobs (otherwise this proves nothing): most workers were in one.
      expect(interrupted).toBeGreaterThan(kills / 2);
      console.log(
        `X-4 durability: ${kills} kills, ${interrupted} jobs interrupted, ${jobCount} effects once each`,
      );
    }, 600_000);
  });
