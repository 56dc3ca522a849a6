// `npm run e2e`: builds the system, then Playwright starts it (see apps/e2e/playwright.config.ts)
// on its own port and data folder and drives Debian's Chromium through the user journeys.
import { rmSync } from 'node:fs';
import { buildSystemArgs, nx, run } from './lib/run.mjs';

const built = await nx([...buildSystemArgs, '--outputStyle=dynamic-legacy']);
if (built !== 0) process.exit(built);

rmSync('reports/e2e.json', { force: true });
const code = await run('npx', [
  'playwright',
  'test',
  '-c',
  'apps/e2e/playwright.config.ts',
  ...process.argv.slice(2),
]);
await run('node', ['tools/report-tests.mjs', '--only', 'e2e']);
process.exit(code);
