// `npm test`: lint, type checks, then every unit and integration test with a JSON report per
// project (read by tools/report-tests.mjs). With DATABASE_URL set, the server suite also runs
// on that PostgreSQL.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { nx, repoRoot, run } from './lib/run.mjs';

const projectChecks = await nx(['run-many', '-t', 'lint', 'typecheck', '--outputStyle=stream']);
// The workspace scripts and benchmarks belong to no project: linted here.
const toolsLint = await run('npx', ['eslint', 'tools']);
const staticChecks = projectChecks || toolsLint;

// Stale reports would be counted again: start from none.
for (const dir of ['apps', 'libs']) {
  for (const project of readdirSync(join(repoRoot, dir))) {
    rmSync(join(repoRoot, dir, project, 'reports'), { recursive: true, force: true });
  }
}
const tests = await nx([
  'run-many',
  '-t',
  'test',
  '--outputStyle=stream',
  '--',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=reports/vitest.json',
]);

await run('node', ['tools/report-tests.mjs', '--only', 'vitest']);
process.exit(staticChecks || tests ? 1 : 0);
