// Prints p50/p99 of `visualStudio.list` called with an API token and with a session cookie,
// and their ratio (issue 16: the token check must not be more than 10 % slower than the session
// check). In-process, like software-list.mjs: a fresh migrated and seeded database (PGlite, or a
// throwaway PostgreSQL database when DATABASE_URL is set), the real Fastify app through
// `app.inject`. Calls alternate between the two, so both see the same warm caches and noise.
// Usage: node --import tsx tools/bench/token-vs-cookie.mjs [calls=1000]
import { buildApp } from '../../apps/server/src/app.ts';
import { seed } from '../../apps/server/src/db/seed.ts';
import { testDatabases } from '../../apps/server/src/test/databases.ts';
import { percentile } from './percentile.mjs';

const calls = Number(process.argv[2] ?? 1000);
const warmup = 100;
const target = testDatabases().at(-1);
const { database, dispose } = await target.open();
await seed(database.db);
// The token's rate limit is set out of the way: this measures the check, not the limit.
const app = await buildApp({
  db: database.db,
  logLevel: 'silent',
  tokenRateLimit: { max: 1_000_000, windowMs: 60_000 },
});

try {
  const signIn = await app.inject({
    method: 'POST',
    url: '/trpc/auth.signIn',
    payload: { email: 'global.admin@contoso.example', password: 'Benefits-Demo-2026' },
  });
  if (signIn.statusCode !== 200) throw new Error(`sign-in failed: ${signIn.body}`);
  const cookie = signIn.headers['set-cookie'];
  const expiresOn = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  const created = await app.inject({
    method: 'POST',
    url: '/trpc/apiTokens.create',
    headers: { cookie },
    payload: { name: 'Bench', expiresOn, permissions: ['benefits.read'] },
  });
  const token = JSON.parse(created.body).result.data.secret;
  const withCookie = () =>
    app.inject({ method: 'GET', url: '/trpc/visualStudio.list', headers: { cookie } });
  const withToken = () =>
    app.inject({
      method: 'GET',
      url: '/trpc/visualStudio.list',
      headers: { authorization: `Bearer ${token}` },
    });
  for (const call of [withCookie, withToken]) {
    const res = await call();
    if (res.statusCode !== 200) throw new Error(`visualStudio.list failed: ${res.body}`);
  }
  for (let i = 0; i < warmup; i++) {
    await withCookie();
    await withToken();
  }
  const times = { cookie: [], token: [] };
  const timed = async (name, call) => {
    const started = performance.now();
    await call();
    times[name].push(performance.now() - started);
  };
  for (let i = 0; i < calls; i++) {
    // Alternating which goes first, so neither always follows the other.
    if (i % 2) {
      await timed('cookie', withCookie);
      await timed('token', withToken);
    } else {
      await timed('token', withToken);
      await timed('cookie', withCookie);
    }
  }
  const at = (list, p) => {
    const sorted = [...list].sort((a, b) => a - b);
    return percentile(sorted, p);
  };
  const line = (name) =>
    `${name}: p50 ${at(times[name], 50).toFixed(2)} ms, p99 ${at(times[name], 99).toFixed(2)} ms`;
  const ratio = (p) => (at(times.token, p) / at(times.cookie, p)).toFixed(2);
  console.log(
    `visualStudio.list on ${target.kind}, ${calls} calls each after ${warmup} warm-up: ` +
      `${line('token')}; ${line('cookie')}; token/cookie p50 ${ratio(50)}×, p99 ${ratio(99)}×`,
  );
} finally {
  await app.close();
  await dispose();
}
