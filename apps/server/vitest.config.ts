import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'server',
    include: ['src/**/*.test.ts'],
    // Each test file starts its own PGlite (2–4 s, ~500 MiB): allow the slow start.
    hookTimeout: 60_000,
    testTimeout: 30_000,
  },
});
