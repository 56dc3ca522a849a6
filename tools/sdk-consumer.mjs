// The SDK as another team gets it (issue 16): `npm pack` of libs/sdk/dist, a throwaway project in
// the system's temp folder (outside this workspace) that installs the tarball and TypeScript from
// npm, type-checks a ten-line script that lists Visual Studio seats and assigns one with an API
// token, and runs it against a server started here (PGlite, throwaway DATA_DIR, its own port).
// Writes reports/sdk-consumer.json (one test per check, with the measured figures), which
// tools/report-tests.mjs counts. Usage: node tools/sdk-consumer.mjs  (SDK_CONSUMER_PORT=… to pin)
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './lib/run.mjs';

const reportFile = join(repoRoot, 'reports', 'sdk-consumer.json');
const typescriptVersion = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'))
  .devDependencies.typescript;
const demo = { email: 'global.admin@contoso.example', password: 'Benefits-Demo-2026' };
rmSync(reportFile, { force: true });

async function freePort() {
  if (process.env.SDK_CONSUMER_PORT) return Number(process.env.SDK_CONSUMER_PORT);
  for (;;) {
    const port = 4600 + Math.floor(Math.random() * 400);
    const free = await new Promise((resolve) => {
      const probe = createServer()
        .once('error', () => resolve(false))
        .listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
}

const tests = [];
const figures = {};
async function check(title, fn) {
  const started = Date.now();
  try {
    await fn();
    tests.push({ title, status: 'passed', ms: Date.now() - started });
  } catch (error) {
    tests.push({
      title,
      status: 'failed',
      ms: Date.now() - started,
      detail: String(error.message).slice(0, 4000),
    });
  }
  const last = tests.at(-1);
  console.log(
    `${last.status === 'passed' ? '✓' : '✗'} ${title} (${(last.ms / 1000).toFixed(1)} s)${last.detail ? `: ${last.detail}` : ''}`,
  );
  return last.status === 'passed';
}
const exec = (command, args, cwd, env = process.env) =>
  execFileSync(command, args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

const stepStarted = Date.now();
const consumer = mkdtempSync(join(tmpdir(), 'pbc-sdk-consumer-'));
const dataDir = mkdtempSync(join(tmpdir(), 'pbc-sdk-data-'));
let tarball = '';
let server;

const script = `import { createClient } from '@pbc/sdk';

const client = createClient({ url: process.env.PBC_URL!, token: process.env.PBC_TOKEN! });
const { items } = await client.visualStudio.list.query({});
for (const s of items) console.log(\`\${s.edition}: \${s.seatsUsed}/\${s.seatsTotal} seats\`);
const subscription = items.find((s) => s.seatsUsed < s.seatsTotal)!;
const seats = await client.visualStudio.seats.query({ subscriptionId: subscription.id });
const holders = new Set(seats.items.map((seat) => seat.holder.id));
const { items: people } = await client.directory.list.query({});
const person = people.find((p) => !holders.has(p.id))!;
const seat = await client.visualStudio.assign.mutate({ subscriptionId: subscription.id, userId: person.id });
console.log(\`assigned \${seat.holder.displayName} to \${subscription.edition}\`);
`;

let ok = await check('the SDK builds and packs', async () => {
  exec(process.execPath, [join(repoRoot, 'libs/sdk/tools/build.mjs')], repoRoot);
  const packed = JSON.parse(
    exec(
      'npm',
      ['pack', '--json', '--pack-destination', consumer, join(repoRoot, 'libs/sdk/dist')],
      repoRoot,
    ),
  )[0];
  tarball = join(consumer, packed.filename);
  figures.packedBytes = statSync(tarball).size;
  figures.unpackedBytes = packed.unpackedSize;
  figures.files = packed.files.map((f) => f.path);
  if (figures.files.some((f) => f.startsWith('src/') || f.endsWith('.ts.map')))
    throw new Error(`sources in the tarball: ${figures.files.join(', ')}`);
});

ok &&= await check(
  'a project outside the workspace installs the tarball and TypeScript from npm',
  async () => {
    writeFileSync(
      join(consumer, 'package.json'),
      JSON.stringify({ name: 'sdk-consumer', private: true, type: 'module' }, null, 2),
    );
    const started = Date.now();
    exec(
      'npm',
      [
        'install',
        '--no-audit',
        '--no-fund',
        tarball,
        `typescript@${typescriptVersion}`,
        '@types/node@20',
      ],
      consumer,
    );
    figures.installMs = Date.now() - started;
  },
);

ok &&= await check(
  'its ten-line script type-checks against the bundled declarations (strict)',
  async () => {
    writeFileSync(join(consumer, 'seats.ts'), script);
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          // @trpc/server's own declarations name `ws`, which a client does not install.
          skipLibCheck: true,
          types: ['node'],
          outDir: 'out',
        },
        files: ['seats.ts'],
      }),
    );
    const started = Date.now();
    try {
      exec(
        process.execPath,
        [join(consumer, 'node_modules/typescript/bin/tsc'), '-p', consumer],
        consumer,
      );
    } catch (error) {
      throw new Error(`${error.stdout}${error.stderr}`);
    }
    figures.typecheckMs = Date.now() - started;
    // The same check fails on a wrong input: the types are real, not `any`.
    writeFileSync(
      join(consumer, 'wrong.ts'),
      `import { createClient } from '@pbc/sdk';\nawait createClient({ url: '', token: '' }).visualStudio.assign.mutate({ subscriptionId: 1 });\n`,
    );
    let refused = '';
    try {
      exec(
        process.execPath,
        [
          join(consumer, 'node_modules/typescript/bin/tsc'),
          '--noEmit',
          '--strict',
          '--module',
          'NodeNext',
          '--moduleResolution',
          'NodeNext',
          '--target',
          'ES2022',
          '--skipLibCheck',
          'wrong.ts',
        ],
        consumer,
      );
    } catch (error) {
      refused = String(error.stdout);
    }
    if (!/wrong\.ts\(2,\d+\): error TS2322/.test(refused))
      throw new Error(`a wrong input was not refused as it should be: ${refused}`);
  },
);

const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
ok &&= await check('the script runs against a started server with an API token', async () => {
  const env = { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  server = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: repoRoot,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  server.stdout.on('data', (c) => (log += c));
  server.stderr.on('data', (c) => (log += c));
  for (let i = 0; ; i++) {
    if (i > 600) throw new Error(`the server did not answer /healthz: ${log.slice(-2000)}`);
    const up = await fetch(`${origin}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  // A Global admin creates the token, as on Account settings → API tokens.
  const signIn = await fetch(`${origin}/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(demo),
  });
  const cookie = signIn.headers.get('set-cookie')?.split(';')[0] ?? '';
  const expiresOn = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  const created = await fetch(`${origin}/trpc/apiTokens.create`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({
      name: 'SDK consumer',
      expiresOn,
      permissions: ['benefits.read', 'benefits.assign'],
    }),
  }).then((r) => r.json());
  const token = created.result?.data?.secret;
  if (!token) throw new Error(`no token: ${JSON.stringify(created)}`);
  const output = exec(process.execPath, [join(consumer, 'out/seats.js')], consumer, {
    ...process.env,
    PBC_URL: `${origin}/trpc`,
    PBC_TOKEN: token,
  });
  console.log(output.trim().replace(/^/gm, '    '));
  if (!/^assigned .+ to /m.test(output)) throw new Error(`unexpected output: ${output}`);
});

if (server) {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // Already gone: nothing to stop.
  }
  await new Promise((r) => (server.exitCode !== null ? r() : server.once('exit', r)));
}
rmSync(consumer, { recursive: true, force: true });
rmSync(dataDir, { recursive: true, force: true });
figures.stepMs = Date.now() - stepStarted;
mkdirSync(join(repoRoot, 'reports'), { recursive: true });
writeFileSync(reportFile, `${JSON.stringify({ tests, figures }, null, 2)}\n`);
console.log(
  `packed ${(figures.packedBytes / 1024).toFixed(1)} kB; install ${((figures.installMs ?? 0) / 1000).toFixed(1)} s; ` +
    `type-check ${((figures.typecheckMs ?? 0) / 1000).toFixed(1)} s; step ${(figures.stepMs / 1000).toFixed(0)} s`,
);
process.exit(ok ? 0 : 1);
