// Prints the latency and rate of `visualStudio.assign` (VS-4) under 50 concurrent clients on
// PostgreSQL (not a test: it asserts nothing). The server runs in this process over real HTTP on
// 127.0.0.1 with its default pool, against a throwaway `pbc_test_*` database dropped at the end.
//   - hot: every client assigns seats of ONE subscription (all wait on its row lock)
//   - spread: each client assigns seats of its own subscription, beside baselines in the same
//     run: a plain Fastify route that reads the same cookie, hashes the token and sends the
//     same statements in one transaction (recorded at the driver for one assign by the product,
//     the ids swapped for each call's), and the same statements straight on the pool (no HTTP);
//     and the procedure itself through tRPC's `createCaller` (session read as the product does, no
//     HTTP): beside the statements on the pool, what the procedure costs over its own SQL; and
//     the product's router behind a bare Fastify with only tRPC's plugin (`trpcAlone`): what the
//     product's own HTTP plugins cost, beside the product.
// Usage: DATABASE_URL=postgres://postgres@127.0.0.1:5432/test node --import tsx tools/bench/vs-assign.mjs
//        [--clients 50] [--per-client 40] [--rounds 3]
// The spread lines run in rounds, each line once per round, so a slower spell of the shared machine
// falls on all of them; the round with the median ratio is shown, and every round's ratio.
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import Fastify from 'fastify';
import { buildApp } from '../../apps/server/src/app.ts';
import { users } from '../../apps/server/src/modules/identity/schema.ts';
import { vsSubscriptions } from '../../apps/server/src/modules/visual-studio/schema.ts';
import { seed } from '../../apps/server/src/db/seed.ts';
import { CONTOSO_ID, DEMO_PASSWORD, demoUsers } from '../../apps/server/src/db/seed-ids.ts';
import { testDatabases } from '../../apps/server/src/test/databases.ts';
import { grantedBy } from '../../apps/server/src/test/grants.ts';
import { percentile } from './percentile.mjs';
import {
  callerFor,
  hashedSessionToken,
  sessionTokenOf,
  statementRecorder,
  trpcAlone,
} from './baseline.mjs';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '50' },
    'per-client': { type: 'string', default: '40' },
    rounds: { type: 'string', default: '3' },
  },
});
// As the server's entry sets it (apps/server/src/main.ts): the VS-6 mails render with React's
// production build, loaded with the first mail.
process.env.NODE_ENV ??= 'production';
const clients = Number(values.clients);
const perClient = Number(values['per-client']);
const postgres = testDatabases().find((d) => d.kind === 'postgres');
if (!postgres) {
  console.error('Set DATABASE_URL=postgres://… : the figures are for PostgreSQL.');
  process.exit(2);
}

const { database, dispose } = await postgres.open();
const { db } = database;
const pool = db.$client;
const app = await buildApp({
  db,
  logLevel: 'silent',
});

const recorder = statementRecorder(pool);

const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
/**
 * The recorded assign's statements for another subscription and user: their ids swapped in, and
 * every id the assign made (seat, mail, message, request) a fresh one, so no unique key repeats.
 */
function statementsFor(assign, { subscriptionId, userId }) {
  const ids = new Map([
    [assign.subscriptionId, subscriptionId],
    [assign.userId, userId],
    [CONTOSO_ID, CONTOSO_ID],
    [demoUsers.globalAdmin.id, demoUsers.globalAdmin.id],
  ]);
  const swap = (value) =>
    typeof value === 'string'
      ? value.replace(uuid, (id) => ids.get(id) ?? ids.set(id, randomUUID()).get(id))
      : value;
  return assign.statements.map((s) => ({ ...s, values: s.values?.map(swap) }));
}

/** The same statements the product sends: the session lookup on the pool, then one transaction. */
async function replayAssign(assign, target) {
  const statements = statementsFor(assign, target);
  const begin = statements.findIndex((s) => s.text === 'begin');
  for (const s of statements.slice(0, begin)) await pool.query(s);
  const client = await pool.connect();
  try {
    for (const s of statements.slice(begin)) await client.query(s);
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    client.release();
  }
}

let recordedAssign;
const baseline = Fastify({ logger: false });
baseline.setErrorHandler((error, _request, reply) => {
  console.error('baseline failed:', error.message);
  return reply.code(500).send();
});
baseline.post('/raw/assign', async (request, reply) => {
  if (!hashedSessionToken(request)) return reply.code(401).send();
  await replayAssign(recordedAssign, request.body);
  return reply.type('application/json').send(recordedAssign.body);
});

const library = await trpcAlone(db);

try {
  await seed(db);
  const origin = await app.listen({ host: '127.0.0.1', port: 0 });
  const baseOrigin = await baseline.listen({ host: '127.0.0.1', port: 0 });
  const libraryOrigin = await library.listen({ host: '127.0.0.1', port: 0 });
  const signIn = await fetch(`${origin}/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: demoUsers.globalAdmin.email, password: DEMO_PASSWORD }),
  });
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');

  const benchUsers = async (prefix, count) =>
    (
      await db
        .insert(users)
        .values(
          Array.from({ length: count }, (_, i) => ({
            companyId: CONTOSO_ID,
            email: `${prefix}.${i}@bench.example`,
            displayName: `${prefix} ${i}`,
          })),
        )
        .returning({ id: users.id })
    ).map((u) => u.id);
  const subscription = async (seats) =>
    (
      await db
        .insert(vsSubscriptions)
        .values({
          companyId: CONTOSO_ID,
          ...grantedBy(`Bench ${seats}`),
          edition: `Bench ${seats}`,
          seatsTotal: seats,
          offerType: 'gold',
          benefitType: 'core',
          expiresOn: '2030-01-01',
        })
        .returning({ id: vsSubscriptions.id })
    )[0].id;

  const assignOver = (url) => async (subscriptionId, userId) => {
    const started = performance.now();
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ subscriptionId, userId }),
    });
    await response.arrayBuffer();
    return { ms: performance.now() - started, ok: response.ok };
  };
  const product = assignOver(`${origin}/trpc/visualStudio.assign`);

  async function scenario(name, targets, assign) {
    const started = performance.now();
    const results = await Promise.all(
      targets.map(async ({ subscriptionId, userIds }) => {
        const own = [];
        for (const userId of userIds) own.push(await assign(subscriptionId, userId));
        return own;
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const all = results.flat();
    const sorted = all.map((r) => r.ms).sort((a, b) => a - b);
    const failed = all.filter((r) => !r.ok).length;
    const rate = all.length / seconds;
    console.log(
      `${name.padEnd(38)}: ${all.length} assigns (${failed} failed); ` +
        `p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms, ` +
        `max ${sorted.at(-1).toFixed(1)} ms; ${rate.toFixed(0)} assigns/s`,
    );
    return rate;
  }
  /** `clients` targets, each its own subscription with `perClient` users to seat. */
  async function spreadTargets(prefix) {
    const userIds = await benchUsers(prefix, clients * perClient);
    const targets = [];
    for (let c = 0; c < clients; c++)
      targets.push({
        subscriptionId: await subscription(perClient),
        userIds: userIds.slice(c * perClient, (c + 1) * perClient),
      });
    return targets;
  }

  console.log(
    `${clients} clients × ${perClient} assigns; PostgreSQL pool of 10 (the server default)`,
  );
  const hotSubscription = await subscription(clients * perClient);
  const hotUsers = await benchUsers('hot', clients * perClient);
  await scenario(
    'hot (one subscription)',
    Array.from({ length: clients }, (_, c) => ({
      subscriptionId: hotSubscription,
      userIds: hotUsers.slice(c * perClient, (c + 1) * perClient),
    })),
    product,
  );

  // One assign by the product, recorded: the baselines send its statements. Right after a call,
  // so the session was just touched and the assign only reads it, as nearly every call under load
  // does (the touch is written once a second at most).
  const [sample] = await spreadTargets('sample');
  await fetch(`${origin}/trpc/software.list`, { headers: { cookie } });
  recorder.start();
  const sampleResponse = await fetch(`${origin}/trpc/visualStudio.assign`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ subscriptionId: sample.subscriptionId, userId: sample.userIds[0] }),
  });
  recordedAssign = {
    subscriptionId: sample.subscriptionId,
    userId: sample.userIds[0],
    body: await sampleResponse.text(),
    statements: recorder.stop(),
  };
  if (!sampleResponse.ok) throw new Error(`the sample assign failed: ${recordedAssign.body}`);

  const token = sessionTokenOf({ headers: { cookie } });
  const lines = {
    product: ['spread: product', product],
    raw: ['spread: baseline route (same statements)', assignOver(`${baseOrigin}/raw/assign`)],
    library: ['spread: tRPC alone', assignOver(`${libraryOrigin}/trpc/visualStudio.assign`)],
    sql: [
      'spread: same statements, no HTTP',
      async (subscriptionId, userId) => {
        const started = performance.now();
        await replayAssign(recordedAssign, { subscriptionId, userId });
        return { ms: performance.now() - started, ok: true };
      },
    ],
    caller: [
      'spread: the procedure via createCaller',
      async (subscriptionId, userId) => {
        const started = performance.now();
        const caller = await callerFor(db, token);
        const ok = await caller.visualStudio.assign({ subscriptionId, userId }).then(
          () => true,
          () => false,
        );
        return { ms: performance.now() - started, ok };
      },
    ],
  };
  const rounds = [];
  for (let round = 1; round <= Number(values.rounds); round++) {
    const rates = {};
    for (const [key, [name, assign]] of Object.entries(lines))
      rates[key] = await scenario(
        `${name} (${round})`,
        await spreadTargets(`${key}${round}`),
        assign,
      );
    rounds.push(rates);
  }
  const ratio = (r) => r.product / r.raw;
  rounds.sort((a, b) => ratio(a) - ratio(b));
  const median = rounds[Math.floor(rounds.length / 2)];
  console.log(
    `spread, product over baseline (median round): ${ratio(median).toFixed(2)}× (HTTP), ` +
      `${(median.product / median.sql).toFixed(2)}× (SQL only); ` +
      `${recordedAssign.statements.length} statements per assign; without HTTP, the procedure ` +
      `over its statements: ${(median.caller / median.sql).toFixed(2)}×; tRPC alone over ` +
      `baseline: ${(median.library / median.raw).toFixed(2)}×; ` +
      `per round (HTTP): ${rounds.map((r) => ratio(r).toFixed(2)).join(' ')}`,
  );
} finally {
  await baseline.close();
  await library.close();
  await app.close();
  await dispose();
}
