// Prints the latency of `visualStudio.assign` (VS-4) under 50 concurrent clients on PostgreSQL
// (not a test: it asserts nothing). The server runs in this process over real HTTP on 127.0.0.1
// with its default pool, against a throwaway `pbc_test_*` database that is dropped at the end.
//   - hot: every client assigns seats of ONE subscription (all wait on its row lock)
//   - spread: each client assigns seats of its own subscription
// Usage: DATABASE_URL=postgres://postgres@127.0.0.1:5432/test node --import tsx tools/bench/vs-assign.mjs
//        [--clients 50] [--per-client 40]
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp } from '../../apps/server/src/app.ts';
import { users } from '../../apps/server/src/modules/identity/schema.ts';
import { vsSubscriptions } from '../../apps/server/src/modules/visual-studio/schema.ts';
import { seed } from '../../apps/server/src/db/seed.ts';
import { CONTOSO_ID, DEMO_PASSWORD, demoUsers } from '../../apps/server/src/db/seed-ids.ts';
import { testDatabases } from '../../apps/server/src/test/databases.ts';
import { grantedBy } from '../../apps/server/src/test/grants.ts';
import { repoRoot } from '../lib/run.mjs';
import { percentile } from './percentile.mjs';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '50' },
    'per-client': { type: 'string', default: '40' },
  },
});
const clients = Number(values.clients);
const perClient = Number(values['per-client']);
const postgres = testDatabases().find((d) => d.kind === 'postgres');
if (!postgres) {
  console.error('Set DATABASE_URL=postgres://… : the figures are for PostgreSQL.');
  process.exit(2);
}

const { database, dispose } = await postgres.open();
const { db } = database;
const app = await buildApp({
  db,
  logLevel: 'silent',
});
try {
  await seed(db);
  const origin = await app.listen({ host: '127.0.0.1', port: 0 });
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

  const assign = async (subscriptionId, userId) => {
    const started = performance.now();
    const response = await fetch(`${origin}/trpc/visualStudio.assign`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ subscriptionId, userId }),
    });
    await response.arrayBuffer();
    return { ms: performance.now() - started, ok: response.ok };
  };

  async function scenario(name, targets) {
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
    console.log(
      `${name}: ${clients} clients × ${perClient} assigns = ${all.length} (${failed} failed); ` +
        `p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms, ` +
        `max ${sorted.at(-1).toFixed(1)} ms; ${(all.length / seconds).toFixed(0)} assigns/s`,
    );
  }

  const hotSubscription = await subscription(clients * perClient);
  const hotUsers = await benchUsers('hot', clients * perClient);
  await scenario(
    'hot (one subscription)',
    Array.from({ length: clients }, (_, c) => ({
      subscriptionId: hotSubscription,
      userIds: hotUsers.slice(c * perClient, (c + 1) * perClient),
    })),
  );
  const spreadUsers = await benchUsers('spread', clients * perClient);
  const spread = [];
  for (let c = 0; c < clients; c++)
    spread.push({
      subscriptionId: await subscription(perClient),
      userIds: spreadUsers.slice(c * perClient, (c + 1) * perClient),
    });
  await scenario('spread (one subscription per client)', spread);
  console.log('PostgreSQL pool: 10 connections (the server default); HTTP on 127.0.0.1');
} finally {
  await app.close();
  await dispose();
}
