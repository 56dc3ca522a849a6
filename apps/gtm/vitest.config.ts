import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { name: 'gtm', environment: 'jsdom', setupFiles: ['@pbc/testing/setup'], include: ['src/**/*.test.tsx'] },
});
