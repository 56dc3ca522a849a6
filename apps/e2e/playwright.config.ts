import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { serverCommand } from '../../tools/lib/run.mjs';

const repoRoot = join(import.meta.dirname, '..', '..');
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

/** Debian's Chromium; Playwright never downloads a browser here. */
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: './src',
  // Two cores: one browser at a time keeps the server and Chromium from starving each other.
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: join(repoRoot, 'reports', 'e2e.json') }]],
  use: {
    baseURL,
    locale: 'en-US',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: chromiumArgs,
    },
  },
  webServer: {
    // The built system on its embedded default, in a throwaway data folder.
    command: serverCommand.join(' '),
    cwd: repoRoot,
    url: `${baseURL}/healthz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'pbc-e2e-')),
      // VS-5 journeys move the server's clock 91 days (POST /__test/clock) instead of sleeping.
      PBC_TEST_CLOCK: '1',
      // Work that takes days (a cancellation's review) takes two; the specs move the clock past it.
      FULFILMENT_DELAY: '2d',
    },
  },
});
