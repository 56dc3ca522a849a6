// Durable jobs (X-4) on pg-boss: work that takes days is written as a job in the transaction of
// the change that asks for it, claimed by a worker (`FOR UPDATE SKIP LOCKED`, so any number of
// server instances share one queue), retried with backoff, and after its last attempt kept as
// failed with its error. pg-boss keeps the jobs in its own schema (`pgboss`) of the same database,
// on PostgreSQL and on PGlite alike (it only needs SQL: see `sqlExecutor`).
import PgBoss from 'pg-boss';
import { sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../db/database.js';
import type { Mailer } from '../modules/mail/delivery.js';
import type { Clock } from '../trpc/context.js';
import type { Fulfilment } from './fulfilment.js';

const schema = 'pgboss';

/** What a job's handler may use besides its data. */
export interface JobDeps {
  db: Db;
  clock: Clock;
  fulfilment: Fulfilment;
  /** SMTP_URL's mail server (X-5); none: messages stay in the outbox, `unsent`. */
  mailer?: Mailer | undefined;
  /** APP_URL: where the links in email point (X-5); unset: http://127.0.0.1:3000. */
  appUrl?: string | undefined;
}

export interface RunningJob<Data> {
  id: string;
  data: Data;
  /** 0 on the first attempt. */
  retryCount: number;
  /**
   * Runs `work` in one transaction that also marks this job completed, so the job's effect is
   * applied exactly once: a worker that dies before the commit leaves neither, and a claim lost
   * to another worker (the lease ran out) rolls the effect back. Call it as the handler's last step.
   */
  transaction<T>(work: (tx: Db) => Promise<T>): Promise<T>;
}

export interface JobDefinition<Data> {
  /** `<module>.<verb>`, e.g. `membership.reviewCancellation`; one pg-boss queue per name. */
  name: string;
  /** Checked when the job is sent and again when it runs (a job may outlive a deployment). */
  data: z.ZodType<Data>;
  /** Attempts after the first; the delay doubles each time (pg-boss `retryBackoff`). */
  retry: { limit: number; delaySeconds: number };
  /** A claimed job not finished within this is handed to another worker (its worker died). */
  leaseSeconds: number;
  /**
   * pg-boss's queue policy; `short`: at most one waiting job per `singletonKey` (a periodic job
   * that every instance schedules at start). Default `standard`.
   */
  policy?: 'standard' | 'short';
  /**
   * Runs at least once per job and must be idempotent; its effect is applied exactly once when
   * written through `job.transaction`. A throw counts as a failed attempt.
   */
  handle(job: RunningJob<Data>, deps: JobDeps): Promise<void>;
}

/** Keeps `Data` inferred at the definition site. */
export const defineJob = <Data>(definition: JobDefinition<Data>): JobDefinition<Data> => definition;

// Untyped where the registry holds jobs of many data types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyJobDefinition = JobDefinition<any>;

/** The rows of a drizzle result, whichever driver answered. */
function rowsOf(result: unknown): Record<string, unknown>[] {
  if (Array.isArray(result)) return result as Record<string, unknown>[];
  return (result as { rows?: Record<string, unknown>[] }).rows ?? [];
}

/**
 * pg-boss relies on node-postgres's parameter handling: undefined is null, and JSON values come
 * as objects (sent as text here, so every driver lets the server parse them).
 */
const asParameter = (value: unknown) =>
  value === undefined
    ? null
    : value !== null &&
        typeof value === 'object' &&
        !(value instanceof Date) &&
        !Array.isArray(value)
      ? JSON.stringify(value)
      : value;

/**
 * pg-boss speaks `executeSql(text, values)` with `$1…` placeholders. Inside a transaction this
 * rebinds them as drizzle parameters, so a job is sent (or completed) through the caller's `tx`.
 * pg-boss's own maintenance sends several statements without parameters, which a prepared
 * statement cannot hold: those go to the driver's simple-query entry.
 */
export function sqlExecutor(db: Db): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      if (values.length === 0) return { rows: await simpleQuery(db, text) };
      const parts = text.split(/\$(\d+)/);
      const chunks: SQL[] = parts.map((part, i) =>
        i % 2 === 0 ? sql.raw(part) : sql`${sql.param(asParameter(values[Number(part) - 1]))}`,
      );
      return { rows: rowsOf(await db.execute(sql.join(chunks))) };
    },
  };
}

interface SimpleQueryClient {
  exec?: (text: string) => Promise<{ rows: Record<string, unknown>[] }[]>;
  query?: (text: string) => Promise<unknown>;
}

/** Several statements, no parameters: PGlite's `exec`, node-postgres's `query`. */
async function simpleQuery(db: Db, text: string): Promise<Record<string, unknown>[]> {
  const client = (db as unknown as { $client?: SimpleQueryClient }).$client;
  if (client?.exec) return (await client.exec(text)).at(-1)?.rows ?? [];
  if (client?.query) {
    const result = await client.query(text);
    return rowsOf(Array.isArray(result) ? result.at(-1) : result);
  }
  // A transaction handle: one statement at a time through drizzle.
  return rowsOf(await db.execute(sql.raw(text)));
}

/** A pg-boss instance that only builds SQL for the handle it is given; it never opens a pool. */
function bossOn(db: Db | null, options: Partial<PgBoss.ConstructorOptions> = {}): PgBoss {
  return new PgBoss({
    db: db ? sqlExecutor(db) : noHandle,
    schema,
    supervise: false,
    schedule: false,
    ...options,
  } as PgBoss.ConstructorOptions);
}

/**
 * Creates pg-boss's schema (its own versioned migrations) and one queue per job with its retry
 * and lease policy. Idempotent: every start runs it, like the drizzle migrations.
 */
export async function prepareJobQueues(db: Db, jobs: readonly AnyJobDefinition[]): Promise<void> {
  const boss = bossOn(db, { migrate: true });
  await boss.start();
  try {
    for (const job of jobs) {
      const policy = {
        ...(job.policy ? { policy: job.policy } : {}),
        retryLimit: job.retry.limit,
        retryDelay: job.retry.delaySeconds,
        retryBackoff: true,
        expireInSeconds: job.leaseSeconds,
      };
      // `createQueue` keeps an existing queue as it is; `updateQueue` brings a changed policy in.
      await boss.createQueue(job.name, { name: job.name, ...policy });
      await boss.updateQueue(job.name, { name: job.name, ...policy });
    }
  } finally {
    await boss.stop({ graceful: false, close: false, wait: true });
  }
}

export interface EnqueueOptions {
  /** When it is due by the server's clock (default: now). */
  runAt?: Date;
  /** At most one waiting job per key (pg-boss `singletonKey`): sending it again does nothing. */
  singletonKey?: string;
}

/** The sender's own handle: every send names the one it goes through. */
const noHandle: PgBoss.Db = {
  executeSql: () => Promise.reject(new Error('a job is sent through the handle its send names')),
};
/**
 * One instance builds every job's insert, each sent through the caller's `tx`: pg-boss's
 * constructor builds its manager, timekeeper and more, which cost more than the send itself when
 * every transaction built its own.
 */
let sender: PgBoss | undefined;

/**
 * Writes `job` in `tx`: it exists when the transaction commits and not otherwise (X-4). Answers
 * the job's id (null when `singletonKey` found one already waiting), to keep beside the change.
 */
export async function enqueue<Data>(
  tx: Db,
  clock: Clock,
  job: JobDefinition<Data>,
  data: Data,
  options: EnqueueOptions = {},
): Promise<string | null> {
  const checked = job.data.parse(data);
  sender ??= bossOn(null);
  // pg-boss compares `start_after` with the database's clock; the due time is the server's
  // (which tests move), so send the distance from now, not the instant.
  const delayMs = options.runAt ? Math.max(0, options.runAt.getTime() - clock.now().getTime()) : 0;
  return sender.send(job.name, checked as object, {
    db: sqlExecutor(tx),
    startAfter: new Date(Date.now() + delayMs),
    ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
  });
}

/** A job's state for the people waiting on it: pending since, due, attempts, the last error. */
export interface JobStatus {
  state: 'waiting' | 'running' | 'completed' | 'failed' | 'cancelled';
  createdAt: Date;
  dueAt: Date;
  attempts: number;
  error: string | null;
}

const stateOf: Record<PgBoss.JobWithMetadata['state'], JobStatus['state']> = {
  created: 'waiting',
  retry: 'waiting',
  active: 'running',
  completed: 'completed',
  failed: 'failed',
  cancelled: 'cancelled',
};

/**
 * Where job `id` stands. Its times are pg-boss's (the database's clock); they are answered on the
 * server's clock, which tests move (`enqueue` sends distances for the same reason).
 */
export async function jobStatus(
  db: Db,
  clock: Clock,
  name: string,
  id: string,
): Promise<JobStatus | null> {
  const job = await bossOn(db).getJobById(name, id, { includeArchive: true });
  if (!job) return null;
  const output = job.output as { message?: unknown } | null;
  const offsetMs = clock.now().getTime() - Date.now();
  const onServerClock = (instant: Date | string) =>
    new Date(new Date(instant).getTime() + offsetMs);
  return {
    state: stateOf[job.state],
    createdAt: onServerClock(job.createdOn),
    dueAt: onServerClock(job.startAfter),
    // A job that ran and failed counts its attempts; one still waiting for its first has none.
    attempts: job.startedOn ? job.retryCount + 1 : 0,
    error:
      job.state === 'failed' || job.state === 'retry'
        ? typeof output?.message === 'string'
          ? output.message
          : 'The job failed'
        : null,
  };
}

/** Browser tests only (PBC_TEST_CLOCK): moving the server's clock brings waiting jobs closer too. */
export async function advanceWaitingJobs(db: Db, ms: number): Promise<void> {
  await db.execute(
    sql`update ${sql.identifier(schema)}.job set start_after = start_after - ${`${Math.round(ms)} milliseconds`}::interval where state in ('created', 'retry')`,
  );
}

class LostClaim extends Error {
  constructor(job: string) {
    super(`Job ${job} was finished elsewhere (its lease ran out): its effect is rolled back`);
  }
}

export interface RunnerOptions {
  /** How often an idle worker looks for due jobs. */
  pollMs?: number;
  /** Jobs claimed at once per queue. */
  batchSize?: number;
  /** Also expire lost claims and archive old jobs (pg-boss maintenance), every this many seconds. */
  maintenanceSeconds?: number | false;
  onError?: (error: unknown, job?: { name: string; id: string }) => void;
}

/**
 * Claims and runs due jobs. `runDue()` is one pass (tests call it); `start()` repeats it until
 * `stop()`, which waits for the pass under way.
 */
export class JobRunner {
  private readonly boss: PgBoss;
  private readonly byName: Map<string, AnyJobDefinition>;
  private timer: NodeJS.Timeout | undefined;
  private pass: Promise<number> | undefined;
  private stopped = true;
  private lastMaintenance = 0;

  constructor(
    private readonly deps: JobDeps,
    jobs: readonly AnyJobDefinition[],
    private readonly options: RunnerOptions = {},
  ) {
    this.boss = bossOn(deps.db);
    this.byName = new Map(jobs.map((job) => [job.name, job]));
  }

  /** Expires claims whose lease ran out (they are retried) and archives finished jobs. */
  maintain(): Promise<unknown> {
    return this.boss.maintain();
  }

  /** One pass over every queue: runs what is due; answers how many jobs ran. */
  async runDue(): Promise<number> {
    let ran = 0;
    for (const job of this.byName.values()) {
      const claimed = await this.boss.fetch<unknown>(job.name, {
        batchSize: this.options.batchSize ?? 5,
        includeMetadata: true,
      });
      for (const claim of claimed) {
        await this.runOne(job, claim);
        ran += 1;
      }
    }
    return ran;
  }

  private async runOne(job: AnyJobDefinition, claim: PgBoss.JobWithMetadata<unknown>) {
    let completed = false;
    const running: RunningJob<unknown> = {
      id: claim.id,
      data: undefined,
      retryCount: claim.retryCount,
      transaction: (work) =>
        this.deps.db.transaction(async (tx) => {
          const result = await work(tx);
          // Completes only a claim still active: 0 rows when the lease ran out and another took it.
          const done = (await this.boss.complete(
            job.name,
            claim.id,
            {},
            {
              db: sqlExecutor(tx),
            },
          )) as unknown as { affected: number };
          if (done.affected !== 1) throw new LostClaim(`${job.name} ${claim.id}`);
          completed = true;
          return result;
        }),
    };
    try {
      running.data = job.data.parse(claim.data);
      await job.handle(running, this.deps);
      if (!completed) await this.boss.complete(job.name, claim.id);
    } catch (error) {
      if (error instanceof LostClaim) return;
      this.options.onError?.(error, { name: job.name, id: claim.id });
      const message = error instanceof Error ? error.message : String(error);
      await this.boss.fail(job.name, claim.id, { message });
    }
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    const pollMs = this.options.pollMs ?? 1000;
    const tick = async () => {
      if (this.stopped) return;
      const maintenance = this.options.maintenanceSeconds ?? 60;
      this.pass = (async () => {
        if (maintenance !== false && Date.now() - this.lastMaintenance >= maintenance * 1000) {
          this.lastMaintenance = Date.now();
          await this.maintain();
        }
        return this.runDue();
      })();
      let ran = 0;
      try {
        ran = await this.pass;
      } catch (error) {
        // The database may be down for a while: keep polling, say so.
        this.options.onError?.(error);
      }
      // A busy queue is drained without waiting; an idle one is polled.
      if (!this.stopped) this.timer = setTimeout(() => void tick(), ran > 0 ? 0 : pollMs);
    };
    this.timer = setTimeout(() => void tick(), 0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.pass?.catch(() => undefined);
  }
}
