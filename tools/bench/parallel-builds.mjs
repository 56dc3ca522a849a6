// Runs N cold parallel builds of the six web apps, as `npm start` builds them (nx.json's
// `parallel`, Nx's cache skipped), and counts the failures (not a test: it asserts nothing).
// A single app alone may build every time while two at once race (issue 10, item 1), so this
// is the figure that says whether a fresh `npm start` can fail.
// Usage: node tools/bench/parallel-builds.mjs [--runs 10]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSystemArgs, nxEnv, repoRoot, runCaptured } from '../lib/run.mjs';

const runsFlag = process.argv.indexOf('--runs');
const runs = runsFlag === -1 ? 10 : Number(process.argv[runsFlag + 1]);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number ≥ 1');
const { parallel } = JSON.parse(readFileSync(join(repoRoot, 'nx.json'), 'utf8'));
const version = (pkg) =>
  JSON.parse(readFileSync(join(repoRoot, 'node_modules', pkg, 'package.json'), 'utf8')).version;

/** Which tasks failed and the first error each printed, e.g. `software: [MISSING_EXPORT] …`. */
function failureSignature(output) {
  const failed = [...output.matchAll(/^\s*-\s+([\w-]+):build\b/gm)].map((m) => m[1]);
  // The build's output is coloured: its ANSI escape sequences go before matching.
  // eslint-disable-next-line no-control-regex
  const lines = output.split('\n').map((line) => line.replace(/\x1b\[[0-9;]*m/g, '').trim());
  // Rolldown names its errors `[CODE]`; otherwise the first line that says error.
  const error =
    lines.find((line) => /\[[A-Z][A-Z_]+\]/.test(line)) ??
    lines.find((line) => /\berror\b/i.test(line));
  return `${failed.join(', ') || 'unknown task'}: ${(error ?? 'no error line').slice(0, 240)}`;
}

console.log(
  `${runs} cold builds: nx ${buildSystemArgs.join(' ')} --skip-nx-cache (parallel ${parallel}); ` +
    `@module-federation/vite ${version('@module-federation/vite')}, runtime ${version('@module-federation/runtime')}`,
);
const seconds = [];
const failures = new Map();
for (let i = 1; i <= runs; i += 1) {
  const started = performance.now();
  const { code, output } = await runCaptured(
    'npx',
    ['nx', ...buildSystemArgs, '--skip-nx-cache', '--outputStyle=stream'],
    { env: nxEnv() },
  );
  seconds.push((performance.now() - started) / 1000);
  const outcome = code === 0 ? 'ok' : `FAILED ${failureSignature(output)}`;
  if (code !== 0) failures.set(outcome, (failures.get(outcome) ?? 0) + 1);
  console.log(
    `run ${String(i).padStart(2)}/${runs}: ${seconds.at(-1).toFixed(1).padStart(6)} s  ${outcome}`,
  );
}

const sorted = [...seconds].sort((a, b) => a - b);
const median = sorted[Math.floor((sorted.length - 1) / 2)];
const failed = [...failures.values()].reduce((sum, n) => sum + n, 0);
console.log(
  `${runs} runs, ${failed} failed; build time median ${median.toFixed(1)} s, ` +
    `min ${sorted[0].toFixed(1)} s, max ${sorted.at(-1).toFixed(1)} s`,
);
