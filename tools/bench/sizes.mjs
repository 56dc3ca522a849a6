// Prints the size and build-time figures of issue 2 (not a test: it asserts nothing).
//   - shell initial JavaScript, gzipped (what a signed-in user's browser fetches before the overview renders),
//     and apart from it what the shell prefetches once the overview is done and the browser idle
//   - each remote's own JavaScript, gzipped (what its page adds beyond the shared packages)
//   - requests between clicking a module in the navigation and its first render
//   - cold and cached `nx run-many -t build test` wall times (`--skip-build-times` to omit)
// Usage: npm run sizes [-- --skip-build-times --files --packages]   (builds first; starts the server
//        on a free port with a temp data folder). `--files`: each first-screen file; `--packages`:
//        the first screen by npm package, and how much of it the stack's own packages take.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { nx, remoteDirs, repoRoot } from '../lib/run.mjs';
import {
  buildShellWithSourceMaps,
  gzippedBytesByOwner,
  stackPackages,
} from './bundle-packages.mjs';
import { buildWebApps, chromiumFlags, chromiumPath, demoAdmin, startServer } from './web.mjs';

const port = Number(process.env.BENCH_PORT ?? 3190);
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

async function timed(label, args) {
  const started = performance.now();
  const code = await nx(args, { stdio: 'ignore' });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${label}: ${seconds} s${code ? ' (failed)' : ''}`);
}

if (!process.argv.includes('--skip-build-times')) {
  await nx(['reset'], { stdio: 'ignore' });
  await timed('cold  nx run-many -t build test', [
    'run-many',
    '-t',
    'build',
    'test',
    '--skip-nx-cache',
  ]);
  await timed('cached nx run-many -t build test', ['run-many', '-t', 'build', 'test']);
} else {
  await buildWebApps();
}

/** Maps a served URL back to the built file so its gzipped size can be measured. */
function gzippedSizeOf(url) {
  const { pathname } = new URL(url);
  const file = pathname.startsWith('/remotes/')
    ? join(repoRoot, 'apps', pathname.split('/')[2], 'dist', ...pathname.split('/').slice(3))
    : join(repoRoot, 'apps', 'shell', 'dist', pathname);
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** `--packages`: the first screen's gzipped bytes per npm package, and the stack's share. */
async function printPackages(pathnames) {
  const maps = await buildShellWithSourceMaps();
  try {
    const byOwner = new Map();
    for (const pathname of pathnames) {
      if (pathname.startsWith('/remotes/')) continue; // a remote's file: not in the shell's build
      for (const [owner, bytes] of gzippedBytesByOwner(join(maps.outDir, pathname)))
        byOwner.set(owner, (byOwner.get(owner) ?? 0) + bytes);
    }
    const rows = [...byOwner].sort((a, b) => b[1] - a[1]);
    const sum = (owners) => owners.reduce((s, [, b]) => s + b, 0);
    console.log(
      `first screen by package (gzipped; each file's size shared out by its source map):`,
    );
    for (const [owner, bytes] of rows.filter(([, b]) => b >= 512))
      console.log(`  ${kB(bytes).padStart(9)}  ${owner}`);
    const small = rows.filter(([, b]) => b < 512);
    console.log(`  ${kB(sum(small)).padStart(9)}  ${small.length} smaller parts`);
    const stack = sum(rows.filter(([owner]) => stackPackages.includes(owner)));
    const generated = byOwner.get('(generated)') ?? 0;
    console.log(
      `the stack's own packages (React, module federation, React Query, tRPC): ${kB(stack)}, ` +
        `and ${kB(generated)} generated (federation's entries and shared-module glue, the bundler's ` +
        `runtime): ${kB(stack + generated)} of the 150 kB budget before a router, i18n, a UI kit or ` +
        `the product's own code`,
    );
  } finally {
    maps.dispose();
  }
}

const server = await startServer(port);
const { origin } = server;
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
try {
  const page = await browser.newPage();
  // The session cookie stays in the page's context.
  const signIn = await page.request.post(`${origin}/trpc/auth.signIn`, { data: demoAdmin });
  if (!signIn.ok()) throw new Error(`sign-in failed: ${await signIn.text()}`);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  /** What the server sent for each JavaScript URL: its encoding and its bytes on the wire. */
  const served = new Map();
  page.on('requestfinished', async (r) => {
    const response = await r.response();
    if (!response || !/\.m?js(\?|$)/.test(r.url())) return;
    served.set(r.url(), {
      encoding: response.headers()['content-encoding'] ?? 'identity',
      bytes: (await r.sizes()).responseBodySize,
      cacheControl: response.headers()['cache-control'] ?? '',
    });
  });
  const jsOf = (urls) => urls.filter((u) => u.startsWith(origin) && /\.m?js(\?|$)/.test(u));

  await page.goto(`${origin}/benefits`);
  await page.getByRole('navigation').waitFor();
  await page.waitForLoadState('networkidle');
  // The first screen's JS is what was fetched before the shell began prefetching the modules (it
  // does once the overview is done and the browser idle: apps/shell/src/RemotePrefetch.tsx); the
  // prefetch is printed on its own line. Without the mark (an older shell) everything counts.
  const { mark, resources } = await page.evaluate((name) => {
    const at = performance.getEntriesByName(name)[0]?.startTime ?? null;
    const all = performance
      .getEntriesByType('resource')
      .map((e) => ({ url: e.name, at: e.startTime }));
    return { mark: at, resources: all };
  }, 'pbc:prefetch-remotes');
  const firstScreen = (u) => mark === null || resources.some((r) => r.url === u && r.at < mark);
  const shellJs = jsOf(requests).filter(firstScreen);
  const prefetchedJs = jsOf(requests).filter((u) => !firstScreen(u));
  const shellBytes = shellJs.reduce((sum, u) => sum + gzippedSizeOf(u), 0);
  console.log(
    `shell initial JS (gzipped, ${shellJs.length} files): ${kB(shellBytes)}  target ≤ 150 kB`,
  );
  // `--files`: each file of the first screen, largest first (where the budget goes).
  if (process.argv.includes('--files')) {
    const bySize = shellJs.map((u) => [gzippedSizeOf(u), u]).sort((a, b) => b[0] - a[0]);
    for (const [bytes, url] of bySize)
      console.log(`  ${kB(bytes).padStart(9)}  ${new URL(url).pathname}`);
  }
  if (process.argv.includes('--packages'))
    await printPackages(shellJs.map((u) => new URL(u).pathname));
  const prefetchedBytes = prefetchedJs.reduce((sum, u) => sum + gzippedSizeOf(u), 0);
  console.log(
    `prefetched after the first screen, when idle (gzipped, ${prefetchedJs.length} files): ${kB(prefetchedBytes)}`,
  );
  const sent = shellJs.map((u) => served.get(u)).filter(Boolean);
  const counts = {};
  for (const { encoding } of sent) counts[encoding] = (counts[encoding] ?? 0) + 1;
  const encodings = Object.entries(counts).map(([encoding, n]) => `${n} ${encoding}`);
  const immutable = sent.filter((s) => s.cacheControl.includes('immutable')).length;
  console.log(
    `shell initial JS as served: ${kB(sent.reduce((sum, s) => sum + s.bytes, 0))} on the wire; ` +
      `encodings: ${encodings.join(', ')}; ${immutable} of ${sent.length} cached immutable`,
  );

  const manifest = await (await fetch(`${origin}/remotes.json`)).json();
  for (const dir of remoteDirs) {
    const entry = manifest.remotes.find((r) => r.entry.includes(`/remotes/${dir}/`));
    // Back to the overview first: the previous module's table must be gone, or the wait below
    // returns at once and this module's files are counted for the next one.
    await page.getByRole('navigation').getByRole('link', { name: 'Overview' }).click();
    await page.getByTestId('module-card').first().waitFor();
    await page.waitForLoadState('networkidle');
    const before = requests.length;
    await page.getByRole('navigation').getByRole('link', { name: entry.navLabel['en-US'] }).click();
    await page.getByRole('main').getByRole('table').first().waitFor();
    const untilRender = requests.length - before;
    await page.waitForLoadState('networkidle');
    // Its own files whenever they came: with the click, or before it in the shell's prefetch.
    const own = [...new Set(jsOf(requests).filter((u) => u.includes(`/remotes/${dir}/`)))];
    const ownBytes = own.reduce((sum, u) => sum + gzippedSizeOf(u), 0);
    const foreign = jsOf(requests.slice(before)).filter((u) => !u.includes(`/remotes/${dir}/`));
    console.log(
      `${dir.padEnd(14)} own JS (gzipped, ${own.length} files): ${kB(ownBytes).padStart(9)}  target ≤ 60 kB; ` +
        `requests before first render: ${untilRender}; other JS fetched: ${foreign.length}`,
    );
  }
} finally {
  await browser.close();
  server.stop();
}
