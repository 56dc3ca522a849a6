// Prints the throughput, latency and server CPU per request of read procedures beside a baseline
// route doing the same database work (not a test: it asserts nothing). The product runs over real
// HTTP on 127.0.0.1 in this process; the load comes from tools/bench/load-client.mjs in another
// process, so this process's CPU time is the server's.
// The baseline is a plain Fastify route on the same pool: it reads the same `pbc_session` cookie,
// hashes the token, then sends exactly the statements (text and parameters) the product sent for
// one call of the procedure, recorded at the driver, and answers the product's bytes. Both run in
// the same run, so the ratio holds however loaded the machine is.
// A third line splits the difference: the same procedure called through tRPC's `createCaller` on
// a plain route (session read from the cookie as the product does, answer JSON-encoded), without
// tRPC's HTTP adapter or the product's plugins (security headers, log, rate limit). Product minus
// that line is the HTTP layer; that line minus the baseline is the procedure (query building,
// row mapping, validation, rules) over its raw statements.
// A fourth line is the library's own floor, `trpcAlone` (baseline.mjs): the product's router and
// context behind a bare Fastify with only tRPC's plugin. Product minus that line is what the
// product's own HTTP plugins cost.
// Usage: DATABASE_URL=postgres://postgres@127.0.0.1:5432/test node --import tsx tools/bench/read-path.mjs
//        [--connections 10] [--seconds 5] [--warmup 3] [--rounds 3]
//        [--procedures software.list,directory.list]
import { parseArgs } from 'node:util';
import Fastify from 'fastify';
import { buildApp } from '../../apps/server/src/app.ts';
import { seed } from '../../apps/server/src/db/seed.ts';
import { DEMO_PASSWORD, demoUsers } from '../../apps/server/src/db/seed-ids.ts';
import { testDatabases } from '../../apps/server/src/test/databases.ts';
import { loadFromOtherProcess } from './load.mjs';
import {
  callerFor,
  hashedSessionToken,
  sessionTokenOf,
  statementRecorder,
  trpcAlone,
} from './baseline.mjs';

const { values } = parseArgs({
  options: {
    connections: { type: 'string', default: '10' },
    seconds: { type: 'string', default: '5' },
    // Load sent before the measured rounds and not counted: V8 compiles the hot code while it
    // runs. Without it the product, measured first, was timed half in the interpreter (2.9 ms CPU
    // per call of software.list cold, 2.1 ms warm) while the baseline ran warm.
    warmup: { type: 'string', default: '3' },
    rounds: { type: 'string', default: '3' },
    procedures: { type: 'string', default: 'software.list,directory.list,/healthz' },
  },
});
const connections = Number(values.connections);
const seconds = Number(values.seconds);
const warmup = Number(values.warmup);
const target = testDatabases().find((d) => d.kind === 'postgres');
if (!target) {
  console.error('Set DATABASE_URL=postgres://… : the figures are for PostgreSQL.');
  process.exit(2);
}
const { database, dispose } = await target.open({ maxConnections: connections });
const { db } = database;
const pool = db.$client;
const app = await buildApp({ db, logLevel: process.env.BENCH_LOG_LEVEL ?? 'info' });
// `npm start` logs at info: the product is measured at its default log level, its log on stdout
// (send it to /dev/null); the figures go to stderr.

const recorder = statementRecorder(pool);

const baseline = Fastify({ logger: false });
baseline.setErrorHandler((error, _request, reply) => {
  console.error('baseline failed:', error.message);
  return reply.code(500).send();
});
let replay = { statements: [], body: '' };
baseline.get('/raw', async (request, reply) => {
  if (!hashedSessionToken(request)) return reply.code(401).send();
  for (const statement of replay.statements) await pool.query({ ...statement });
  return reply.type('application/json').send(replay.body);
});
baseline.get('/caller/:path', async (request, reply) => {
  const token = sessionTokenOf(request);
  if (!token) return reply.code(401).send();
  const caller = await callerFor(db, token);
  const data = await request.params.path.split('.').reduce((node, key) => node[key], caller)();
  return reply.type('application/json').send(JSON.stringify({ result: { data } }));
});

const trpcOnly = await trpcAlone(db);

async function load(url, cookie, duration = seconds) {
  const before = process.cpuUsage();
  const result = await loadFromOtherProcess(url, cookie, connections, duration);
  const cpu = process.cpuUsage(before);
  return { ...result, cpuMs: (cpu.user + cpu.system) / 1000 / result.requests };
}
const show = (r) =>
  `${r.rate.toFixed(0).padStart(5)} req/s, p99 ${r.p99.toFixed(1).padStart(6)} ms, ${r.cpuMs.toFixed(2)} ms CPU/req` +
  (r.failures ? ` (${r.failures} failed)` : '');

try {
  await seed(db);
  const origin = await app.listen({ host: '127.0.0.1', port: 0 });
  const baseOrigin = await baseline.listen({ host: '127.0.0.1', port: 0 });
  const trpcOnlyOrigin = await trpcOnly.listen({ host: '127.0.0.1', port: 0 });
  const signIn = await fetch(`${origin}/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: demoUsers.globalAdmin.email, password: DEMO_PASSWORD }),
  });
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  console.error(
    `PostgreSQL, demo data, ${connections} connections, ${seconds} s per line; server CPU per request`,
  );
  console.error(
    `${'measure'.padEnd(16)} | ${'product'.padEnd(42)} | ${'baseline'.padEnd(42)} | ratio`,
  );
  for (const procedure of values.procedures.split(',')) {
    const url = procedure.startsWith('/') ? `${origin}${procedure}` : `${origin}/trpc/${procedure}`;
    await fetch(url, { headers: { cookie } });
    // Recorded right after a call: the session was just touched, so this call only reads, as
    // nearly every call under load does (the touch is written once a second at most).
    recorder.start();
    const res = await fetch(url, { headers: { cookie } });
    const body = await res.text();
    replay = { statements: recorder.stop(), body };
    if (warmup > 0) {
      await load(url, cookie, warmup);
      if (!process.env.BENCH_PRODUCT_ONLY) await load(`${baseOrigin}/raw`, cookie, warmup);
    }
    const viaCaller = `${baseOrigin}/caller/${procedure}`;
    const viaTrpcOnly = `${trpcOnlyOrigin}/trpc/${procedure}`;
    const withCaller = !procedure.startsWith('/') && !process.env.BENCH_PRODUCT_ONLY;
    if (withCaller) {
      await load(viaCaller, cookie, Math.min(warmup, 1));
      await load(viaTrpcOnly, cookie, Math.min(warmup, 1));
    }
    // Rounds alternate product, baseline, createCaller and tRPC alone, so a slower spell of the
    // shared machine falls on all of them; each line shows the round with the median ratio.
    const rounds = [];
    for (let i = 0; i < Number(values.rounds); i++) {
      const product = await load(url, cookie);
      // BENCH_PRODUCT_ONLY=1: no baseline (for a CPU profile of the product alone).
      const raw = process.env.BENCH_PRODUCT_ONLY
        ? product
        : await load(`${baseOrigin}/raw`, cookie);
      const direct = withCaller ? await load(viaCaller, cookie) : null;
      const library = withCaller ? await load(viaTrpcOnly, cookie) : null;
      rounds.push({ product, raw, direct, library, cpuRatio: product.cpuMs / raw.cpuMs });
    }
    rounds.sort((a, b) => a.cpuRatio - b.cpuRatio);
    const { product, raw, direct, library } = rounds[Math.floor(rounds.length / 2)];
    const spread = rounds.map((r) => r.cpuRatio.toFixed(2)).join(' ');
    console.error(
      `${procedure.padEnd(16)} | ${show(product).padEnd(42)} | ${show(raw).padEnd(42)} | ` +
        `${(product.rate / raw.rate).toFixed(2)}× throughput, ${(product.cpuMs / raw.cpuMs).toFixed(2)}× CPU ` +
        `(${replay.statements.length} statements; CPU ratio per round: ${spread})`,
    );
    if (!direct) continue;
    console.error(
      `${'  createCaller'.padEnd(16)} | ${show(direct).padEnd(42)} | ${''.padEnd(42)} | ` +
        `${(direct.rate / raw.rate).toFixed(2)}× throughput, ${(direct.cpuMs / raw.cpuMs).toFixed(2)}× CPU ` +
        `(HTTP layer: ${(product.cpuMs - direct.cpuMs).toFixed(2)} ms CPU/req)`,
    );
    console.error(
      `${'  tRPC alone'.padEnd(16)} | ${show(library).padEnd(42)} | ${''.padEnd(42)} | ` +
        `${(library.rate / raw.rate).toFixed(2)}× throughput, ${(library.cpuMs / raw.cpuMs).toFixed(2)}× CPU ` +
        `(the product's own plugins: ${(product.cpuMs - library.cpuMs).toFixed(2)} ms CPU/req)`,
    );
  }
} finally {
  await baseline.close();
  await trpcOnly.close();
  await app.close();
  await dispose();
}
