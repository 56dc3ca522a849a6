// Prints the latency of `software.list` at the demo data size (not a test: it asserts nothing).
// In-process: a fresh migrated and seeded database (PGlite, or a throwaway PostgreSQL database
// when DATABASE_URL is set), the real Fastify app through `app.inject`, signed in as the demo
// Global admin, so the figure covers HTTP routing, session lookup, the query and serialization.
// Usage: node --import tsx tools/bench/software-list.mjs [calls=500]
import { buildApp } from '../../apps/server/src/app.ts';
import { seed } from '../../apps/server/src/db/seed.ts';
import { testDatabases } from '../../apps/server/src/test/databases.ts';
import { percentile } from './percentile.mjs';

const calls = Number(process.argv[2] ?? 500);
const warmup = 50;
const target = testDatabases().at(-1);
const { database, dispose } = await target.open();
await seed(database.db);
const app = await buildApp({
  db: database.db,
  logLevel: 'silent',
});

try {
  const signIn = await app.inject({
    method: 'POST',
    url: '/trpc/auth.signIn',
    payload: { email: 'global.admin@contoso.example', password: 'Benefits-Demo-2026' },
  });
  if (signIn.statusCode !== 200) throw new Error(`sign-in failed: ${signIn.body}`);
  const cookie = signIn.headers['set-cookie'];
  const list = () => app.inject({ method: 'GET', url: '/trpc/software.list', headers: { cookie } });

  const first = await list();
  if (first.statusCode !== 200) throw new Error(`software.list failed: ${first.body}`);
  const rows = JSON.parse(first.body).result.data.items.length;
  for (let i = 0; i < warmup; i++) await list();
  const times = [];
  for (let i = 0; i < calls; i++) {
    const started = performance.now();
    await list();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (p) => percentile(times, p).toFixed(2);
  console.log(
    `software.list on ${target.kind}, ${rows} rows (demo data), ${calls} calls after ${warmup} warm-up: ` +
      `p50 ${at(50)} ms, p95 ${at(95)} ms, p99 ${at(99)} ms, max ${times.at(-1).toFixed(2)} ms`,
  );
} finally {
  await app.close();
  await dispose();
}
