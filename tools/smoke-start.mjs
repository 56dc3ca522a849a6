// The README quick start, run as a new user runs it: `npm start` on a throwaway data folder (the
// embedded PGlite, no DATABASE_URL) and a free port, until `/healthz` answers; then the shell page
// and each remote's entry must be served. Stops the server, and writes reports/smoke-start.json
// (one test per check), which tools/report-tests.mjs counts.
// Usage: node tools/smoke-start.mjs   (CI runs it on the clean clone, see .ci/run)
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { remoteDirs, repoRoot, run } from './lib/run.mjs';

const reportFile = join(repoRoot, 'reports', 'smoke-start.json');
// A cold build of the six web apps and the first start (migrations, demo seed) on a busy 2-core
// machine: a few minutes at most. The bound only keeps a hung start from hanging CI.
const startDeadlineMs = 10 * 60_000;

/** A port in 3400-3999 that nothing listens on. */
async function freePort() {
  for (;;) {
    const port = 3400 + Math.floor(Math.random() * 600);
    const free = await new Promise((resolve) => {
      const probe = createServer()
        .once('error', () => resolve(false))
        .listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
}

const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(join(tmpdir(), 'pbc-smoke-'));
const env = { ...process.env, PORT: String(port), DATA_DIR: dataDir };
delete env.DATABASE_URL;
rmSync(reportFile, { force: true });

// Its own process group, so stopping it stops npm, the build and the server together.
const app = spawn('npm', ['start'], {
  cwd: repoRoot,
  env,
  detached: true,
  stdio: ['ignore', 'pipe', 'pipe'],
});
let output = '';
app.stdout.on('data', (chunk) => (output += chunk));
app.stderr.on('data', (chunk) => (output += chunk));
const exited = new Promise((resolve) =>
  app.once('exit', (code, signal) => resolve(code ?? signal)),
);

/** Signals the whole group; false once no process of it is left. */
function signalGroup(signal) {
  try {
    process.kill(-app.pid, signal);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM (the server closes its database), SIGKILL whatever is left after 15 s. */
async function stop() {
  signalGroup('SIGTERM');
  for (let i = 0; i < 150 && signalGroup(0); i += 1) await new Promise((r) => setTimeout(r, 100));
  signalGroup('SIGKILL');
}

const tests = [];
/** Runs one check; a thrown error is its failure, with the reason. */
async function check(title, fn) {
  try {
    await fn();
    tests.push({ title, status: 'passed' });
  } catch (error) {
    tests.push({ title, status: 'failed', detail: error.message });
  }
  const last = tests.at(-1);
  console.log(
    `${last.status === 'passed' ? '✓' : '✗'} ${title}${last.detail ? `: ${last.detail}` : ''}`,
  );
}

async function get(path, accept = '*/*') {
  const response = await fetch(`${origin}${path}`, { headers: { accept } });
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    body: await response.text(),
  };
}

function expectServed({ status, type }, path, kind) {
  if (status !== 200) throw new Error(`${path} answered ${status}`);
  if (!type.includes(kind)) throw new Error(`${path} is ${type || 'untyped'}, not ${kind}`);
}

async function healthy() {
  const until = Date.now() + startDeadlineMs;
  for (;;) {
    const stopped = await Promise.race([exited, new Promise((r) => setTimeout(r, 1000, null))]);
    if (stopped !== null) throw new Error(`npm start exited (${stopped}) before /healthz answered`);
    const health = await get('/healthz').catch(() => null);
    if (health?.status === 200) return;
    if (Date.now() > until)
      throw new Error(`/healthz did not answer 200 within ${startDeadlineMs / 60_000} min`);
  }
}

try {
  let up = false;
  await check('npm start builds and serves: /healthz answers 200', async () => {
    await healthy();
    up = true;
  });
  // Every check is reported even when the start failed, so the count of tests stays the same.
  const served = (fn) => async () => {
    if (!up) throw new Error('not checked: npm start is not serving');
    await fn();
  };
  await check(
    'npm start prints the URL it serves',
    served(async () => {
      if (!output.includes(`running at ${origin}`))
        throw new Error(`no "running at ${origin}" line`);
    }),
  );
  await check(
    'the shell page (/) and the files it loads are served',
    served(async () => {
      const page = await get('/', 'text/html');
      expectServed(page, '/', 'text/html');
      const assets = [...page.body.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
      if (assets.length === 0)
        throw new Error('/ references no /assets/ files: not the built shell');
      for (const asset of assets) {
        const { status } = await get(asset);
        if (status !== 200) throw new Error(`${asset} answered ${status}`);
      }
    }),
  );
  await check(
    '/remotes.json lists every benefit module',
    served(async () => {
      const manifest = await get('/remotes.json');
      expectServed(manifest, '/remotes.json', 'application/json');
      const entries = JSON.parse(manifest.body).remotes.map((r) => r.entry);
      const missing = remoteDirs.filter(
        (dir) => !entries.includes(`/remotes/${dir}/remoteEntry.js`),
      );
      if (missing.length) throw new Error(`no entry for ${missing.join(', ')}`);
    }),
  );
  for (const dir of remoteDirs) {
    const path = `/remotes/${dir}/remoteEntry.js`;
    await check(
      `${path} is served`,
      served(async () => expectServed(await get(path), path, 'javascript')),
    );
  }
} finally {
  await stop();
  rmSync(dataDir, { recursive: true, force: true });
}

const failed = tests.filter((t) => t.status === 'failed').length;
mkdirSync(join(repoRoot, 'reports'), { recursive: true });
writeFileSync(reportFile, `${JSON.stringify({ tests }, null, 2)}\n`);
if (failed) console.log(`\nnpm start output (end):\n${output.slice(-4000)}`);
await run('node', ['tools/report-tests.mjs', '--only', 'smoke']);
process.exit(failed ? 1 : 0);
