// Prints the server's resident memory after start on PostgreSQL beside a plain Fastify + `pg`
// server's (tools/bench/rss-baseline.mjs), both started with plain `node` as `npm start` starts
// the built server (apps/server/dist/main.mjs, built first), in one run (not a test: it asserts
// nothing). Each is started `--rounds` times on a throwaway PostgreSQL database; RSS is read from
// /proc 3 s after it listens.
// Usage: DATABASE_URL=postgres://postgres@127.0.0.1:5432/test node --import tsx tools/bench/rss.mjs
//        [--port 4251] [--rounds 3]
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { testDatabases } from '../../apps/server/src/test/databases.ts';
import { nx, repoRoot, serverCommand } from '../lib/run.mjs';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '4251' }, rounds: { type: 'string', default: '3' } },
});
const target = testDatabases().find((d) => d.kind === 'postgres');
if (!target) {
  console.error('Set DATABASE_URL=postgres://… : the figure is for PostgreSQL.');
  process.exit(2);
}
const sleep = promisify(setTimeout);

/** Starts `command`, waits for "is running", then 3 s; resolves with its RSS in MB. */
async function rssOf([command, ...args], env) {
  const child = spawn(command, args, {
    cwd: repoRoot,
    env: { ...process.env, ...env, PORT: values.port, HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    await new Promise((resolve, reject) => {
      let output = '';
      child.stdout.on('data', (chunk) => {
        output += chunk;
        if (output.includes('is running')) resolve();
      });
      child.on('exit', (code) => reject(new Error(`${args.join(' ')} ended (${code}): ${output}`)));
    });
    await sleep(3000);
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) =>
      child.exitCode !== null ? resolve() : child.once('exit', resolve),
    );
  }
}

if ((await nx(['run', 'server:build'], { stdio: 'ignore' })) !== 0)
  throw new Error('server build failed');
const { url, dispose } = await target.open();
const dataDir = mkdtempSync(path.join(tmpdir(), 'pbc-rss-'));
try {
  const product = [];
  const baseline = [];
  for (let i = 0; i < Number(values.rounds); i++) {
    product.push(await rssOf(serverCommand, { DATABASE_URL: url, DATA_DIR: dataDir }));
    baseline.push(
      await rssOf([process.execPath, 'tools/bench/rss-baseline.mjs'], { DATABASE_URL: url }),
    );
  }
  const median = (list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)];
  console.log(
    `RSS after start on PostgreSQL (median of ${values.rounds}): product ${median(product).toFixed(0)} MB, ` +
      `plain Fastify + pg ${median(baseline).toFixed(0)} MB ` +
      `(product ${product.map((v) => v.toFixed(0)).join('/')}, baseline ${baseline.map((v) => v.toFixed(0)).join('/')})`,
  );
} finally {
  rmSync(dataDir, { recursive: true, force: true });
  await dispose();
}
