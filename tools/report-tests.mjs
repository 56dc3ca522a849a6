// Adds up the test reports the last runs wrote and prints one line: `N passed, N failed`.
// vitest: apps/*/reports/vitest.json and libs/*/reports/vitest.json; Playwright: reports/e2e.json;
// the quick-start smoke check (tools/smoke-start.mjs): reports/smoke-start.json; the SDK as an
// outside project installs it (tools/sdk-consumer.mjs): reports/sdk-consumer.json.
// `--only vitest|e2e|smoke|sdk` limits the count to one kind.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './lib/run.mjs';

const only = process.argv.includes('--only')
  ? process.argv[process.argv.indexOf('--only') + 1]
  : null;
let passed = 0;
let failed = 0;
let skipped = 0;

if (only === null || only === 'vitest') {
  for (const dir of ['apps', 'libs']) {
    for (const project of readdirSync(join(repoRoot, dir))) {
      const file = join(repoRoot, dir, project, 'reports', 'vitest.json');
      if (!existsSync(file)) continue;
      const report = JSON.parse(readFileSync(file, 'utf8'));
      passed += report.numPassedTests;
      failed += report.numFailedTests;
      skipped += report.numPendingTests + report.numTodoTests;
      // A suite that failed to load counts its file as one failure, so a crash is never silent.
      failed += report.testResults.filter(
        (r) => r.status === 'failed' && r.assertionResults.length === 0,
      ).length;
    }
  }
}

if (only === null || only === 'e2e') {
  const file = join(repoRoot, 'reports', 'e2e.json');
  if (existsSync(file)) {
    const { stats } = JSON.parse(readFileSync(file, 'utf8'));
    passed += stats.expected + stats.flaky;
    failed += stats.unexpected;
    skipped += stats.skipped;
  } else if (only === 'e2e') {
    failed += 1; // the e2e run produced no report at all
  }
}

/** A check script's report (`{ tests: [{ status }] }`); none at all counts as one failure. */
function countChecks(kind, file) {
  if (only !== null && only !== kind) return;
  const path = join(repoRoot, 'reports', file);
  if (existsSync(path)) {
    const { tests } = JSON.parse(readFileSync(path, 'utf8'));
    passed += tests.filter((t) => t.status === 'passed').length;
    failed += tests.filter((t) => t.status !== 'passed').length;
  } else if (only === kind) {
    failed += 1; // the check wrote no report at all
  }
}
countChecks('smoke', 'smoke-start.json');
countChecks('sdk', 'sdk-consumer.json');

const label = { vitest: 'unit: ', e2e: 'e2e: ', smoke: 'smoke: ', sdk: 'sdk: ' }[only] ?? '';
console.log(`${label}${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
