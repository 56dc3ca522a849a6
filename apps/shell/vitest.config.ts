import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'shell',
    environment: 'jsdom',
    setupFiles: ['@pbc/testing/setup'],
    include: ['src/**/*.test.tsx'],
    testTimeout: 20_000,
  },
});
