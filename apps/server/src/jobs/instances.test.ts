// with two server instances on one PostgreSQL: both run workers, no job runs twice,
// and a mutation retried against the other instance with the same Idempotency-Key applies once.
import { and, eq, like } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { openDatabase, type Database } from '../db/database.js';
import { auditEvents, cancellationRequests } from '../db/schema.js';
import { seed } from '../db/seed.js';
import { CONTOSO_ID, DEMO_PASSWORD, demoUsers } from '../db/seed-ids.js';
import { testDatabases } from '../test/databases.js';
import { systemClock } from '../trpc/context.js';
import { fixedDelay } from './fulfilment.js';
import { JobRunner } from './queue.js';
import { allJobs } from './registry.js';

const postgres = testDatabases().find((d) => d.kind === 'postgres');
const manifest = path.join(import.meta.dirname, '../remotes.manifest.json');
const fulfilment = fixedDelay(0);

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
    remotesManifest: manifest,
    logLevel: 'silent',
    fulfilment,
  });
  const counted = allJobs.map((job) => ({
    ...job,
    handle: (...args: Parameters<typeof job.handle>) => {
      instance.ran += 1;
      return job.handle(...args);
    },
  }));
  const jobs = new JobRunner({ db: database.db, clock: systemClock, fulfilment }, counted, {
    pollMs: 20,
    batchSize: 1,
  });
  jobs.start();
  return Object.assign(instance, { database, app, jobs });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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
      for (let i = 0; i < 20; i += 1) {
        const bought = await mutate(i % 2 ? a : b, 'membership.purchase', {
          offerType: 'silver',
          competencyArea: `Two instances ${i}`,
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
