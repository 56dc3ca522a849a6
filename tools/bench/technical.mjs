// Prints the latency of `technical.list` and of a support request (`technical.submitSupportRequest`,
// TECH-5) under 50 concurrent clients on PostgreSQL (not a test: it asserts nothing). The server
// runs in this process over real HTTP on 127.0.0.1 with its default pool, against a throwaway
// `pbc_test_*` database that is dropped at the end.
//   - list: every client reads the Technical benefits page's list
//   - support, hot: every client takes incidents of ONE benefit (all wait on its row lock)
//   - support, spread: each client takes incidents of its own benefit
// Usage: DATABASE_URL=postgres://postgres@127.0.0.1:5432/test node --import tsx tools/bench/technical.mjs
//        [--clients 50] [--per-client 40]
import { parseArgs } from 'node:util';
import { buildApp } from '../../apps/server/src/app.ts';
import { seed } from '../../apps/server/src/db/seed.ts';
import { CONTOSO_ID, DEMO_PASSWORD, demoUsers } from '../../apps/server/src/db/seed-ids.ts';
import { technicalBenefits } from '../../apps/server/src/modules/technical/schema.ts';
import { testDatabases } from '../../apps/server/src/test/databases.ts';
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
const app = await buildApp({ db, logLevel: 'silent' });
let sequence = 0;
try {
  await seed(db);
  const origin = await app.listen({ host: '127.0.0.1', port: 0 });
  const signIn = await fetch(`${origin}/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: demoUsers.employee.email, password: DEMO_PASSWORD }),
  });
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');

  /** An active on-premises incident benefit of Contoso with `quantity` incidents and its IDs. */
  const benefit = async (quantity) => {
    sequence += 1;
    const ids = {
      accessId: String(100_000_000 + sequence),
      contractId: String(900_000_000 - sequence),
    };
    const [row] = await db
      .insert(technicalBenefits)
      .values({
        companyId: CONTOSO_ID,
        benefitKey: 'support_on_premises',
        name: {
          'en-US': 'Microsoft Product Support (on-premises)',
          'zh-CN': 'Microsoft 产品支持（本地）',
        },
        quantity,
        unit: 'incidents',
        status: 'active',
        ...ids,
        offerType: 'gold',
        benefitType: 'core',
        expiresOn: '2099-06-30',
      })
      .returning({ id: technicalBenefits.id });
    return { benefitId: row.id, ...ids };
  };

  const timed = async (request) => {
    const started = performance.now();
    const response = await request();
    await response.arrayBuffer();
    return { ms: performance.now() - started, ok: response.ok };
  };
  const list = () =>
    timed(() =>
      fetch(`${origin}/trpc/technical.list?input=${encodeURIComponent('{}')}`, {
        headers: { cookie },
      }),
    );
  const support = ({ benefitId, accessId, contractId }) =>
    timed(() =>
      fetch(`${origin}/trpc/technical.submitSupportRequest`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({
          benefitId,
          productCategory: 'on_premises_current',
          title: 'SQL Server 2019 fails over',
          description: 'The availability group fails over with error 35250.',
          severity: 'b',
          accessId,
          contractId,
        }),
      }),
    );

  /** `clients` loops of `perClient` calls each, at once; `call(client)` makes one call. */
  async function scenario(name, call) {
    const started = performance.now();
    const results = await Promise.all(
      Array.from({ length: clients }, async (_, client) => {
        const own = [];
        for (let i = 0; i < perClient; i++) own.push(await call(client));
        return own;
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const all = results.flat();
    const sorted = all.map((r) => r.ms).sort((a, b) => a - b);
    const failed = all.filter((r) => !r.ok).length;
    console.log(
      `${name}: ${clients} clients × ${perClient} = ${all.length} calls (${failed} failed); ` +
        `p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms, ` +
        `max ${sorted.at(-1).toFixed(1)} ms; ${(all.length / seconds).toFixed(0)} calls/s`,
    );
  }

  await scenario('technical.list', () => list());
  const hot = await benefit(clients * perClient);
  await scenario('support request, hot (one benefit)', () => support(hot));
  const own = [];
  for (let c = 0; c < clients; c++) own.push(await benefit(perClient));
  await scenario('support request, spread (one benefit per client)', (client) =>
    support(own[client]),
  );
  console.log(
    'technical.list: the seeded Contoso rows; PostgreSQL pool: the server default; HTTP on 127.0.0.1',
  );
} finally {
  await app.close();
  await dispose();
}
