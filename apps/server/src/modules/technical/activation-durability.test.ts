// TECH-3 X-4 on PostgreSQL: activation workers killed with SIGKILL in the middle of the job that
// assigns the Access ID and Contract ID; every benefit gets its IDs exactly once.
import { and, eq, inArray, sql } from 'drizzle-orm';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.js';
import { seed } from '../../db/seed.js';
import { CONTOSO_ID, demoUsers } from '../../db/seed-ids.js';
import { fixedDelay } from '../../jobs/fulfilment.js';
import { JobRunner, prepareJobQueues } from '../../jobs/queue.js';
import { slowActivation } from '../../test/activation-job.js';
import { testDatabases } from '../../test/databases.js';
import { sessionOf } from '../../test/sessions.js';
import { createContextInner, systemClock } from '../../trpc/context.js';
import { createCaller } from '../../trpc/router.js';
import { auditEvents } from '../audit/schema.js';
import { activationJobName } from './technical.js';
import { technicalBenefits } from './schema.js';

const postgres = testDatabases().find((d) => d.kind === 'postgres');
const workerScript = path.join(import.meta.dirname, '../../test/activation-worker.ts');
const benefitCount = 60;
const rounds = 6;
const perRound = 5;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const rowsOf = (result: unknown) =>
  (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Record<
    string,
    unknown
  >[];

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

// Needs a real PostgreSQL (DATABASE_URL), as CI gives it: worker processes share its database.
describe.runIf(postgres)('TECH-3 X-4 activation workers killed mid-job on postgres', () => {
  let database: Database;
  let url: string;
  let dispose: () => Promise<void>;
  const job = slowActivation;

  beforeAll(async () => {
    const opened = await postgres!.open({ maxConnections: 5 });
    ({ database, dispose } = opened);
    url = opened.url!;
    await seed(database.db);
    // The test's lease and retry policy, before any job is sent (a job takes its queue's).
    await prepareJobQueues(database.db, [job]);
  });
  afterAll(() => dispose());

  it(`TECH-3 X-4 ${rounds * perRound} SIGKILLs mid-job: each of ${benefitCount} benefits gets its IDs exactly once`, async () => {
    const rows = await database.db
      .insert(technicalBenefits)
      .values(
        Array.from({ length: benefitCount }, () => ({
          companyId: CONTOSO_ID,
          packageId: null,
          benefitKey: 'support_on_premises',
          name: {
            'en-US': 'Microsoft Product Support (on-premises)',
            'zh-CN': 'Microsoft 产品支持（本地）',
          },
          quantity: 20,
          unit: 'incidents' as const,
          offerType: 'gold' as const,
          benefitType: 'core' as const,
          expiresOn: '2099-06-30',
        })),
      )
      .returning({ id: technicalBenefits.id });
    const benefitIds = rows.map((r) => r.id);
    const caller = createCaller(
      createContextInner({
        db: database.db,
        fulfilment: fixedDelay(0),
        session: await sessionOf(database.db, demoUsers.partnerAdmin.id),
      }),
    );
    for (const benefitId of benefitIds) await caller.technical.activate({ benefitId });

    let interrupted = 0;
    for (let round = 0; round < rounds; round += 1) {
      const workers = await Promise.all(Array.from({ length: perRound }, () => startWorker(url)));
      const started = new Date();
      await sleep(100 + Math.random() * 300);
      interrupted += Number(
        rowsOf(
          await database.db.execute(
            sql`select count(*)::int as n from pgboss.job
                  where name = ${activationJobName} and state = 'active' and started_on >= ${started.toISOString()}::timestamptz`,
          ),
        )[0]!.n,
      );
      for (const worker of workers) worker.kill('SIGKILL');
      await Promise.all(workers.map((worker) => once(worker, 'exit')));
    }
    // What the kills left is run by workers left alone, after the lost claims' lease.
    const runners = Array.from(
      { length: 3 },
      () =>
        new JobRunner({ db: database.db, clock: systemClock, fulfilment: fixedDelay(0) }, [job]),
    );
    const open = async () =>
      Number(
        rowsOf(
          await database.db.execute(
            sql`select count(*)::int as n from pgboss.job where name = ${activationJobName} and state <> 'completed'`,
          ),
        )[0]!.n,
      );
    const until = Date.now() + 60_000;
    while ((await open()) > 0 && Date.now() < until) {
      await runners[0]!.maintain();
      await Promise.all(
        runners.map(async (runner) => {
          while ((await runner.runDue()) > 0);
        }),
      );
      await sleep(250);
    }
    expect(await open()).toBe(0);

    const benefits = await database.db
      .select({
        status: technicalBenefits.status,
        accessId: technicalBenefits.accessId,
        contractId: technicalBenefits.contractId,
      })
      .from(technicalBenefits)
      .where(inArray(technicalBenefits.id, benefitIds));
    expect(
      benefits.filter((b) => b.status !== 'active' || !/^\d{9}$/.test(b.accessId ?? '')),
    ).toEqual([]);
    expect(new Set(benefits.map((b) => b.accessId)).size).toBe(benefitCount);
    // One completion per benefit: the IDs were written once, never overwritten by a rerun.
    const completions = rowsOf(
      await database.db
        .select({ targetId: auditEvents.targetId, n: sql<number>`count(*)::int` })
        .from(auditEvents)
        .where(
          and(
            eq(auditEvents.action, 'technical.activated'),
            inArray(auditEvents.targetId, benefitIds),
          ),
        )
        .groupBy(auditEvents.targetId),
    );
    expect(completions).toHaveLength(benefitCount);
    expect(completions.filter((c) => c.n !== 1)).toEqual([]);
    expect(interrupted).toBeGreaterThanOrEqual(rounds);
    console.log(
      `TECH-3 durability: ${rounds * perRound} kills, ${interrupted} activations interrupted, ${benefitCount} benefits with IDs once each`,
    );
  }, 300_000);
});
