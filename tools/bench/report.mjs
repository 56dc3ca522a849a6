// Prints the latency of the benefits report (`membership.report`, Insights) on a large company
// (not a test: it asserts nothing). In-process: a fresh migrated and seeded database (PGlite, or a
// throwaway PostgreSQL database when DATABASE_URL is set) where Contoso is grown to 10,000 users
// and 5,000 taken Visual Studio seats (50 subscriptions of 120 seats), 1,000 more software and
// 1,000 more technical benefits; the real Fastify app through
// `app.inject`, signed in as the demo Global admin: HTTP routing, session lookup, one query per
// benefit area, serialization.
// Usage: node --import tsx tools/bench/report.mjs [calls=200]
import { sql } from 'drizzle-orm';
import { buildApp } from '../../apps/server/src/app.ts';
import { seed } from '../../apps/server/src/db/seed.ts';
import { CONTOSO_ID } from '../../apps/server/src/db/seed-ids.ts';
import { testDatabases } from '../../apps/server/src/test/databases.ts';
import { percentile } from './percentile.mjs';

const calls = Number(process.argv[2] ?? 200);
const warmup = 20;
const target = testDatabases().at(-1);
const { database, dispose } = await target.open();
await seed(database.db);
const db = database.db;
const name = (label) => `jsonb_build_object('en-US', ${label}, 'zh-CN', ${label})`;
await db.execute(sql`
  insert into users (company_id, email, display_name)
  select ${CONTOSO_ID}, 'bench.user' || n || '@contoso.example', 'Bench User ' || n
  from generate_series(1, 10000) n`);
await db.execute(
  sql.raw(`
  insert into vs_subscriptions (company_id, benefit_key, name, offer_type, benefit_type, expires_on, edition, seats_total)
  select '${CONTOSO_ID}', 'bench:vs' || n, ${name("'Visual Studio Enterprise ' || n")}, 'gold', 'incremental',
         date '2027-01-01' + (n * 7), 'enterprise', 120
  from generate_series(1, 50) n`),
);
// 100 taken seats in each of the 50 subscriptions: 5,000 seats.
await db.execute(
  sql.raw(`
  insert into vs_seat_assignments (company_id, subscription_id, user_id)
  select '${CONTOSO_ID}', s.id, u.id
  from (select id, row_number() over (order by id) - 1 as i from vs_subscriptions where benefit_key like 'bench:%') s
  join (select id, row_number() over (order by id) - 1 as j from users where email like 'bench.user%') u
    on u.j between s.i * 100 and s.i * 100 + 99`),
);
await db.execute(
  sql.raw(`
  insert into software_benefits (company_id, benefit_key, name, offer_type, benefit_type, expires_on, quantity)
  select '${CONTOSO_ID}', 'bench:sw' || n, ${name("'Bench software ' || n")}, 'gold', 'core', date '2027-01-01' + (n % 365), 10
  from generate_series(1, 1000) n`),
);
await db.execute(
  sql.raw(`
  insert into technical_benefits (company_id, benefit_key, name, offer_type, benefit_type, expires_on, quantity, unit, used)
  select '${CONTOSO_ID}', 'bench:tech' || n, ${name("'Bench support ' || n")}, 'gold', 'core', date '2027-01-01' + (n % 365),
         20, 'incidents', n % 3
  from generate_series(1, 1000) n`),
);
// Every third bench software benefit's keys were revealed (used).
await db.execute(
  sql.raw(
    `update software_benefits set keys_revealed_at = now() where benefit_key like 'bench:sw%' and substr(benefit_key, 9)::int % 3 = 0`,
  ),
);
await db.execute(sql`analyze`);

const app = await buildApp({ db, logLevel: 'silent' });
try {
  const signIn = await app.inject({
    method: 'POST',
    url: '/trpc/auth.signIn',
    payload: { email: 'global.admin@contoso.example', password: 'Benefits-Demo-2026' },
  });
  if (signIn.statusCode !== 200) throw new Error(`sign-in failed: ${signIn.body}`);
  const cookie = signIn.headers['set-cookie'];
  const report = () =>
    app.inject({ method: 'GET', url: '/trpc/membership.report', headers: { cookie } });
  const first = await report();
  if (first.statusCode !== 200) throw new Error(`membership.report failed: ${first.body}`);
  const vs = JSON.parse(first.body).result.data.areas.find((a) => a.module === 'visual-studio');
  for (let i = 0; i < warmup; i++) await report();
  const times = [];
  for (let i = 0; i < calls; i++) {
    const started = performance.now();
    await report();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (p) => percentile(times, p).toFixed(2);
  console.log(
    `membership.report on ${target.kind}, 10,000 users, ${vs.used} Visual Studio seats taken of ${vs.granted}, ` +
      `${calls} calls after ${warmup} warm-up: p50 ${at(50)} ms, p95 ${at(95)} ms, p99 ${at(99)} ms, max ${times.at(-1).toFixed(2)} ms`,
  );
} finally {
  await app.close();
  await dispose();
}
