// Prints how `audit.list`, `directory.list` and `GET /api/audit.csv` answer at 100,000 rows (not a
// test: it asserts nothing). A throwaway PostgreSQL database (or PGlite without DATABASE_URL) gets
// the demo data plus 100,000 audit events and 100,000 users for Contoso; the server runs in this
// process over real HTTP on 127.0.0.1. Each list is called by `--connections` clients for
// `--seconds` from tools/bench/load-client.mjs in another process (a client in this process would
// take the server's event loop turns and add its own work to every latency), after a warm-up
// round that is not counted; beside it the same SQL the procedure sends runs straight on the pool
// (the baseline: what the query itself costs), in the same run.
// Usage: DATABASE_URL=postgres://postgres@127.0.0.1:5432/test node --import tsx tools/bench/lists.mjs
//        [--rows 100000] [--connections 10] [--seconds 5] [--csv-only]
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { buildApp } from '../../apps/server/src/app.ts';
import { seed } from '../../apps/server/src/db/seed.ts';
import { CONTOSO_ID, DEMO_PASSWORD, demoUsers } from '../../apps/server/src/db/seed-ids.ts';
import { testDatabases } from '../../apps/server/src/test/databases.ts';
import { csvCell } from '../../apps/server/src/shared/csv.ts';
import { loadFromOtherProcess } from './load.mjs';
import { percentile } from './percentile.mjs';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '100000' },
    connections: { type: 'string', default: '10' },
    seconds: { type: 'string', default: '5' },
    // Only the CSV export (for a CPU profile of it).
    'csv-only': { type: 'boolean', default: false },
  },
});
const rows = Number(values.rows);
const connections = Number(values.connections);
const seconds = Number(values.seconds);
const target = testDatabases().at(-1);
const { database, dispose } = await target.open({ maxConnections: connections + 2 });
const { db } = database;
const app = await buildApp({ db, logLevel: 'silent' });

const rowsOf = (result) => (Array.isArray(result) ? result : result.rows);

/** Runs `call` from `connections` clients for `seconds`; latencies in ms. */
async function load(call) {
  const times = [];
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        const started = performance.now();
        await call();
        times.push(performance.now() - started);
      }
    }),
  );
  times.sort((a, b) => a - b);
  const at = (p) => percentile(times, p);
  return { rate: times.length / seconds, p50: at(50), p99: at(99) };
}

/** GET `url` from `connections` clients in another process for `duration` seconds. */
async function loadOverHttp(url, cookie, duration = seconds) {
  const result = await loadFromOtherProcess(url, cookie, connections, duration);
  if (result.failures) throw new Error(`${url}: ${result.failures} calls failed`);
  return result;
}

const show = ({ rate, p50, p99 }) =>
  `${rate.toFixed(0).padStart(5)} req/s, p50 ${p50.toFixed(2).padStart(7)} ms, p99 ${p99.toFixed(2).padStart(7)} ms`;

try {
  await seed(db);
  // 100,000 events over the last 100 days for Contoso, and 100,000 users.
  const seeding = performance.now();
  await db.execute(sql`
    insert into audit_events (company_id, actor_user_id, actor_name, action, target_type,
      target_id, target_name, before, after, at, request_id)
    select ${CONTOSO_ID}::uuid, ${demoUsers.globalAdmin.id}::uuid, 'Bench Actor',
      case when i % 3 = 0 then 'directory.updateRoles' else 'software.assign' end, 'user',
      i::text, 'Target ' || i, case when i % 2 = 0 then jsonb_build_object('roles', jsonb_build_array('a')) end,
      jsonb_build_object('n', i, 'note', 'bench, "quoted"'),
      now() - (i * interval '86 seconds'), 'bench-' || i
    from generate_series(1, ${rows}) as i`);
  await db.execute(sql`
    insert into users (company_id, email, display_name)
    select ${CONTOSO_ID}::uuid, 'bench.user.' || i || '@bench.example',
      'Bench ' || substr(md5(i::text), 1, 6) || ' ' || lpad(i::text, 6, '0')
    from generate_series(1, ${rows}) as i`);
  await db.execute(sql`analyze`);
  console.log(
    `${target.kind}: seeded ${rows} audit events and ${rows} users in ${((performance.now() - seeding) / 1000).toFixed(1)} s; ` +
      `${connections} connections, ${seconds} s per line`,
  );

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
  const call = (procedure, input) =>
    `${origin}/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`;
  const raw = (query) => async () => {
    await db.execute(query);
  };

  // The deep page starts after the event at 90 % of the log. The cursor is the list's own
  // encoding of (at, id) (audit.ts); the bench builds it to skip 1,800 pages of reading.
  const [deep] = rowsOf(
    await db.execute(sql`select at, id from audit_events where company_id = ${CONTOSO_ID}
      order by at desc, id desc offset ${Math.floor(rows * 0.9)} limit 1`),
  );
  const deepAt = new Date(deep.at);
  const cursor = Buffer.from(JSON.stringify([deepAt.toISOString(), deep.id])).toString('base64url');

  const auditSql = (after) => sql`select * from audit_events where company_id = ${CONTOSO_ID}
    ${after ? sql`and (at, id) < (${after.at.toISOString()}::timestamptz, ${after.id}::uuid)` : sql``}
    order by at desc, id desc limit 51`;
  const directorySql = (search) => sql`select id, email, display_name, kind, roles, created_at
    from users where company_id = ${CONTOSO_ID}
    ${search ? sql`and (display_name ilike ${`%${search}%`} or email ilike ${`%${search}%`})` : sql``}
    order by display_name, id limit 200`;
  const search = '004217';

  const lines = [
    ['audit.list, first page (50)', call('audit.list', {}), raw(auditSql(null))],
    [
      'audit.list, page at 90 %',
      call('audit.list', { cursor }),
      raw(auditSql({ at: deepAt, id: deep.id })),
    ],
    ['directory.list, first page (200)', call('directory.list', {}), raw(directorySql(null))],
    [
      `directory.list, search "${search}"`,
      call('directory.list', { search }),
      raw(directorySql(search)),
    ],
  ];
  console.log(`${'measure'.padEnd(36)} | ${'product (HTTP)'.padEnd(44)} | same SQL on the pool`);
  for (const [name, product, baseline] of values['csv-only'] ? [] : lines) {
    await loadOverHttp(product, cookie, 2);
    const p = await loadOverHttp(product, cookie);
    await load(baseline);
    const b = await load(baseline);
    console.log(`${name.padEnd(36)} | ${show(p)} | ${show(b)}`);
  }
  const explain = async (name, query) => {
    const plan = rowsOf(await db.execute(sql`explain analyze ${query}`)).map(
      (r) => Object.values(r)[0],
    );
    console.log(`${name}: ${plan[0].trim()} … ${plan.at(-1).trim()}`);
  };
  await explain('plan, audit first page', auditSql(null));
  await explain('plan, directory search', directorySql(search));

  // The export beside a baseline in the same run: one `select` of the same rows on the pool,
  // written as CSV lines with the product's cell quoting, into memory.
  const exportOnce = async () => {
    const res = await fetch(`${origin}/api/audit.csv`, { headers: { cookie } });
    const text = await res.text();
    return text.split('\r\n').length - 2;
  };
  const rawExport = async () => {
    const result = await db.$client.query({
      text: `select at, actor_user_id, actor_name, action, target_type, target_id, target_name,
        before, after, request_id from audit_events where company_id = $1 order by at desc, id desc`,
      values: [CONTOSO_ID],
      rowMode: 'array',
    });
    let out = '';
    for (const r of result.rows ?? result)
      out += `${[r[0].toISOString(), r[1] ? (r[2] ?? '') : '', r[3], r[4], r[5] ?? '', r[6] ?? '', r[7] === null ? '' : JSON.stringify(r[7]), r[8] === null ? '' : JSON.stringify(r[8]), r[9]].map(csvCell).join(',')}\r\n`;
    return out.split('\r\n').length - 1;
  };
  const timedExport = async (run) => {
    const runs = [];
    for (let i = 0; i < 3; i++) {
      const cpu = process.cpuUsage();
      const started = performance.now();
      const lines = await run();
      const used = process.cpuUsage(cpu);
      runs.push({
        ms: performance.now() - started,
        cpuMs: (used.user + used.system) / 1000,
        lines,
      });
    }
    runs.sort((a, b) => a.ms - b.ms);
    const { ms, cpuMs, lines } = runs[1];
    return `${lines} rows in ${ms.toFixed(0)} ms: ${Math.round(lines / (ms / 1000))} rows/s (${Math.round(lines / (cpuMs / 1000))} rows per CPU second)`;
  };
  if (target.kind === 'postgres')
    console.log(`baseline, one select written as CSV: ${await timedExport(rawExport)}`);
  console.log(`GET /api/audit.csv (median of 3): ${await timedExport(exportOnce)}`);
} finally {
  await app.close();
  await dispose();
}
