import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'server',
    include: ['src/**/*.test.ts'],
    // Each test file starts its own PGlite (2–4 s, ~500 MiB): allow the slow start.
    hookTimeout: 120_000,
    // Sign-in tests run scrypt (32 MiB, ~50 ms) dozens of times; on a busy 2-core machine that is
    // many seconds, so the limit guards against hangs, not against slowness.
    testTimeout: 120_000,
  },
});
