// What the browser benchmarks (sizes.mjs, lighthouse.mjs) share: the built web apps, the server
// on a temp data folder, the demo Global admin's sign-in and Chromium's flags.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nx, repoRoot, webApps } from '../lib/run.mjs';

/** Debian's Chromium, never a downloaded browser. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Flags that keep Chromium from calling home or using a GPU this machine lacks. */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The demo Global admin (apps/server/README.md). */
export const demoAdmin = { email: 'global.admin@contoso.example', password: 'Benefits-Demo-2026' };

/** Builds the shell and the remotes (from nx's cache when nothing changed). */
export async function buildWebApps() {
  const code = await nx(['run-many', '-t', 'build', '-p', ...webApps], { stdio: 'ignore' });
  if (code) throw new Error('the web apps failed to build (npx nx run-many -t build)');
}

/**
 * Starts the server (embedded PGlite on a temp data folder, seeded with the demo company) on
 * `port`; resolves once it listens. `stop()` ends it.
 */
export async function startServer(port) {
  const server = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'pbc-bench-')),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    server.on('exit', (code) =>
      reject(new Error(`the server exited (${code}) before it listened`)),
    );
    server.stdout.on('data', (d) => String(d).includes('running at') && resolve());
  });
  return { origin: `http://127.0.0.1:${port}`, stop: () => server.kill('SIGTERM') };
}

/** Signs the demo Global admin in; resolves with the `Cookie` header value of the session. */
export async function signInCookie(origin) {
  const response = await fetch(`${origin}/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(demoAdmin),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${await response.text()}`);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
}
