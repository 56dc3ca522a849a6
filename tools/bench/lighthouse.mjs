// Prints Lighthouse's desktop performance figures of the first screens (issue 17; not a test: it
// asserts nothing): the overview and each benefit module's page, signed in as the demo Global
// admin, each the median of `--runs` runs (3): performance score, LCP, CLS and TBT.
// Usage: npm run lighthouse [-- --runs 5] [-- --skip-build]   (BENCH_PORT moves the server, 3190)
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { benefitModules } from '../../libs/contract/src/module-registry.js';
import { buildWebApps, chromiumFlags, chromiumPath, signInCookie, startServer } from './web.mjs';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, 'skip-build': { type: 'boolean' } },
});
const runs = Number(values.runs);
const port = Number(process.env.BENCH_PORT ?? 3190);

const pages = [
  { name: 'overview', path: '/benefits' },
  ...benefitModules.map(({ id }) => ({ name: id, path: `/benefits/${id}` })),
];

const median = (numbers) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

if (!values['skip-build']) await buildWebApps();
const server = await startServer(port);
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath,
  chromeFlags: [...chromiumFlags, '--headless=new'],
});
try {
  // Lighthouse resets the page's storage before each run; the session travels as a header instead.
  const cookie = await signInCookie(server.origin);
  console.log(`Lighthouse ${desktopConfig.settings.formFactor} preset, median of ${runs} runs`);
  console.log('page             perf    LCP      CLS     TBT');
  let retried = 0;
  /**
   * One Lighthouse run. Chromium 156 with Lighthouse 12 now and then records a trace without the
   * page's navigationStart (NO_NAVSTART, most often the browser's first navigation): that run is
   * made again, up to twice, and the retries are printed.
   */
  const audit = async (path, attempt = 0) => {
    const { lhr } = await lighthouse(
      `${server.origin}${path}`,
      {
        port: chrome.port,
        logLevel: 'error',
        onlyCategories: ['performance'],
        extraHeaders: { Cookie: cookie },
      },
      desktopConfig,
    );
    if (lhr.runtimeError?.code === 'NO_NAVSTART' && attempt < 2) {
      retried++;
      return audit(path, attempt + 1);
    }
    if (lhr.runtimeError) throw new Error(`${path}: ${lhr.runtimeError.message}`);
    return {
      score: lhr.categories.performance.score * 100,
      lcp: lhr.audits['largest-contentful-paint'].numericValue,
      cls: lhr.audits['cumulative-layout-shift'].numericValue,
      tbt: lhr.audits['total-blocking-time'].numericValue,
    };
  };
  // A first run whose figures are dropped: the server's first answers (queries planned, code
  // compiled) and the browser's first navigation are not what a user sees on a warm server.
  await audit(pages[0].path);
  for (const page of pages) {
    const results = [];
    for (let run = 0; run < runs; run++) results.push(await audit(page.path));
    const of = (key) => median(results.map((r) => r[key]));
    console.log(
      `${page.name.padEnd(15)} ${String(Math.round(of('score'))).padStart(4)}  ` +
        `${(of('lcp') / 1000).toFixed(2).padStart(5)} s  ${of('cls').toFixed(3)}  ` +
        `${String(Math.round(of('tbt'))).padStart(4)} ms   (scores: ${results.map((r) => Math.round(r.score)).join(', ')})`,
    );
  }
  if (retried) console.log(`(${retried} run(s) made again after a trace without navigationStart)`);
} finally {
  await chrome.kill();
  server.stop();
}
