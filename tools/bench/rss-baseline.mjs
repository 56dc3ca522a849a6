// The baseline of tools/bench/rss.mjs: a plain Fastify server with the `pg` driver, one query at
// start, started the way the product is (plain node). Prints the same line as main.ts.
import Fastify from 'fastify';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
await pool.query('select 1');
const app = Fastify();
app.get('/healthz', async () => (await pool.query('select 1'), { status: 'ok' }));
await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT) });
console.log(`baseline is running at http://127.0.0.1:${process.env.PORT}`);
