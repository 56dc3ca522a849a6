// Fault test: the real server process (`src/main.ts`) on a PostgreSQL cluster of its own, under a
// light load, while that cluster is stopped for 6 s and started again, five times. The server must
// live through it, answer 503 while the database is away, lose and half-apply nothing it
// acknowledged, and serve again within 2 s of the database's return.
import { and, eq, inArray, like, sql } from 'drizzle-orm';
import type pg from 'pg';
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from './db/database.js';
import { auditEvents } from './modules/audit/schema.js';
import { users } from './modules/identity/schema.js';
import { DEMO_PASSWORD, demoUsers } from './db/seed-ids.js';
import { createOwnCluster, postgresBinaries, type OwnCluster } from './test/postgres-cluster.js';

const bin = postgresBinaries();
const rounds = 5;
const outageMs = 6_000;
const clients = 3;
/** Longer than this without an answer is a hang, whatever the answer would have been. */
const answerBoundMs = 5_000;
const recoveryLimitMs = 2_000;
const emailDomain = 'outage.example';

interface Server {
  process: ChildProcess;
  baseUrl: string;
  exited: Promise<string>;
}

/** Every line the servers printed, to explain a write that went wrong by its request id. */
const serverLog = (dataDir: string) => path.join(dataDir, 'server.log');

/** Starts `main.ts` as `npm start` would, on `databaseUrl`; resolves once it prints its URL. */
async function startServer(databaseUrl: string, dataDir: string): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: path.resolve(import.meta.dirname, '..'),
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      STATIC_ROOT: dataDir,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<string>((resolve) =>
    child.once('exit', (code, signal) =>
      resolve(`exit ${code ?? signal}: ${output.split('\n').slice(-15).join('\n')}`),
    ),
  );
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      appendFileSync(serverLog(dataDir), chunk);
      output = (output + chunk.toString()).slice(-20_000);
      const url = /is running at (http:\/\/\S+)/.exec(output)?.[1];
      if (url) resolve(url);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((why) => reject(new Error(`server did not start: ${why}`)));
  });
  return { process: child, baseUrl, exited };
}

type Outcome = { status: number | 'hang' | 'no answer'; code: string | null };

interface Call {
  client: number;
  round: number;
  during: 'up' | 'outage';
  write: boolean;
  outcome: Outcome;
  answeredAt: number;
}

describe.runIf(bin)('PostgreSQL outage under load (a cluster of its own)', () => {
  let cluster: OwnCluster;
  let dataDir: string;
  let server: Server;
  const databaseUrl = () => cluster.url;

  beforeAll(async () => {
    cluster = await createOwnCluster(bin!);
    dataDir = mkdtempSync(path.join(tmpdir(), 'pbc-outage-'));
    server = await startServer(databaseUrl(), dataDir);
  });

  afterAll(async () => {
    server?.process.kill('SIGKILL');
    await cluster?.dispose();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('5 stops of 6 s: no crash, 503 while down, nothing lost or half-applied, back within 2 s', async () => {
    const signIn = await fetch(`${server.baseUrl}/trpc/auth.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: demoUsers.globalAdmin.email, password: DEMO_PASSWORD }),
    });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;

    const calls: Call[] = [];
    const acknowledged: string[] = [];
    let round = 0;
    let during: Call['during'] = 'up';
    let stopping = false;
    let crashes = 0;
    const crashReasons: string[] = [];

    async function call(write: boolean, n: number, client: number): Promise<Outcome> {
      const email = `c${client}-${n}@${emailDomain}`;
      const request = write
        ? fetch(`${server.baseUrl}/trpc/directory.add`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie },
            body: JSON.stringify({ email, displayName: `Outage ${client}-${n}` }),
            signal: AbortSignal.timeout(answerBoundMs),
          })
        : fetch(
            n % 4 === 1
              ? `${server.baseUrl}/api/visual-studio/seats.csv`
              : `${server.baseUrl}/trpc/directory.list?input=${encodeURIComponent('{"limit":5}')}`,
            { headers: { cookie }, signal: AbortSignal.timeout(answerBoundMs) },
          );
      try {
        const response = await request;
        const text = await response.text();
        if (response.status === 200) {
          if (write) acknowledged.push(email);
          return { status: 200, code: null };
        }
        const body = JSON.parse(text) as {
          error?: string | { data?: { code?: string } };
        };
        const code = typeof body.error === 'string' ? body.error : (body.error?.data?.code ?? null);
        return { status: response.status, code };
      } catch (error) {
        const timedOut = error instanceof Error && error.name === 'TimeoutError';
        return { status: timedOut ? 'hang' : 'no answer', code: null };
      }
    }

    const load = Array.from({ length: clients }, async (_, client) => {
      for (let n = 0; !stopping; n++) {
        const write = n % 2 === 0;
        const callRound = round;
        const callDuring = during;
        const outcome = await call(write, n, client);
        calls.push({
          client,
          round: callRound,
          // A call that began or ended while the database was away.
          during: during === 'outage' ? 'outage' : callDuring,
          write,
          outcome,
          answeredAt: performance.now(),
        });
        await sleep(50);
      }
    });

    const figures: Record<string, number | string>[] = [];
    for (round = 1; round <= rounds; round++) {
      const crashesBefore = crashes;
      await sleep(1_500);
      during = 'outage';
      await cluster.stop();
      await sleep(outageMs);
      await cluster.start();
      const up = performance.now();
      during = 'up';
      // Back when every client has had an answer from the database again.
      let recoveredAt: number | null = null;
      while (recoveredAt === null && performance.now() - up < 30_000) {
        const exit = await Promise.race([server.exited, sleep(50).then(() => null)]);
        if (exit !== null) {
          // Counted, and the server started again, so the next rounds are measured too.
          crashes++;
          crashReasons.push(exit);
          server = await startServer(databaseUrl(), dataDir);
        }
        const firstOks = Array.from({ length: clients }, (_, client) =>
          calls.find((c) => c.client === client && c.outcome.status === 200 && c.answeredAt > up),
        );
        if (firstOks.every(Boolean)) recoveredAt = Math.max(...firstOks.map((c) => c!.answeredAt));
      }
      const whileDown = new Map<string, number>();
      for (const c of calls)
        if (c.round === round && c.during === 'outage' && c.outcome.status !== 200) {
          const answer = String(c.outcome.status);
          whileDown.set(answer, (whileDown.get(answer) ?? 0) + 1);
        }
      figures.push({
        round,
        crashes: crashes - crashesBefore,
        calls: calls.filter((c) => c.round === round).length,
        'answers while down': [...whileDown].map(([a, n]) => `${a} ×${n}`).join(', '),
        '503 while down': whileDown.get('503') ?? 0,
        'recovery ms': recoveredAt === null ? 'never' : Math.round(recoveredAt - up),
      });
      await sleep(500);
    }
    stopping = true;
    await Promise.all(load);

    // Every acknowledged write is there, each with its audit event; no user without one, no
    // audit event without its user.
    const check = await openDatabase({ databaseUrl: databaseUrl(), maxConnections: 1 });
    const added = await check.db
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(like(users.email, `%@${emailDomain}`));
    const events = await check.db
      .select({
        targetId: auditEvents.targetId,
        targetName: auditEvents.targetName,
        requestId: auditEvents.requestId,
      })
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, 'directory.add'), like(auditEvents.targetName, 'Outage %')),
      );
    const ackedRows = acknowledged.length
      ? await check.db
          .select({ email: users.email })
          .from(users)
          .where(inArray(users.email, acknowledged))
      : [];
    await check.close();
    const audited = new Set(events.map((e) => e.targetId));
    const addedIds = new Set(added.map((u) => u.id));
    const stored = new Set(ackedRows.map((r) => r.email));
    const lostWrites = acknowledged.filter((email) => !stored.has(email));
    const halfWrites = [
      ...added.filter((u) => !audited.has(u.id)).map((u) => `user ${u.email} without its event`),
      ...events
        .filter((e) => !e.targetId || !addedIds.has(e.targetId))
        .map((e) => `event for ${e.targetName} without its user, request ${e.requestId}`),
    ];
    const lost = lostWrites.length;
    const halfApplied = halfWrites.length;

    const unexpected = calls.filter(
      (c) =>
        !(
          c.outcome.status === 200 ||
          (c.outcome.status === 503 && c.outcome.code === 'SERVICE_UNAVAILABLE')
        ),
    );
    console.log(
      `database outage: ${calls.length} calls, ${acknowledged.length} acknowledged writes, ` +
        `${lost} lost, ${halfApplied} half-applied, ${crashes} crashes`,
    );
    console.table(figures);
    if (crashReasons.length) console.log(crashReasons.join('\n---\n'));
    if (lost || halfApplied) {
      const requests = halfWrites.flatMap((w) => /request (\S+)/.exec(w)?.[1] ?? []);
      const log = readFileSync(serverLog(dataDir), 'utf8').split('\n');
      const explained = log.filter((line) => requests.some((id) => line.includes(id)));
      console.log({ lostWrites, halfWrites, serverSaid: explained.map((l) => l.slice(0, 1500)) });
    }

    expect(crashes).toBe(0);
    expect(unexpected.map((c) => c.outcome)).toEqual([]);
    expect(lost).toBe(0);
    expect(halfApplied).toBe(0);
    for (const f of figures) {
      expect(f['503 while down']).toBeGreaterThan(0);
      expect(f['recovery ms']).toBeLessThanOrEqual(recoveryLimitMs);
    }
  }, 240_000);

  it('a connection lost just as a transaction begins goes back to the pool: the next one runs', async () => {
    // One connection, so a connection the pool never gets back leaves nothing to run on.
    const database = await openDatabase({ databaseUrl: databaseUrl(), maxConnections: 1 });
    const pool = (database.db as unknown as { $client: pg.Pool }).$client;
    let loseNext = false;
    // What a restart does to a connection handed out a moment before: its socket closes.
    pool.on('acquire', (client) => {
      if (!loseNext) return;
      loseNext = false;
      (
        client as unknown as { connection: { stream: { destroy(): void } } }
      ).connection.stream.destroy();
    });
    const transaction = () => database.db.transaction((tx) => tx.execute(sql`select 1`));
    const outcomes: string[] = [];
    for (let round = 0; round < 3; round++) {
      loseNext = true;
      outcomes.push(
        await transaction().then(
          () => 'ran',
          (error: Error) => error.message,
        ),
      );
      outcomes.push(
        await transaction().then(
          () => 'ran',
          (error: Error) => error.message,
        ),
      );
    }
    await database.close();
    expect(outcomes).toEqual(
      Array.from({ length: 3 }, () => [
        expect.stringMatching(/^Failed query: begin/),
        'ran',
      ]).flat(),
    );
  });
});
