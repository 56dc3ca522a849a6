import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { name: 'technical', environment: 'jsdom', setupFiles: ['@pbc/testing/setup'], include: ['src/**/*.test.tsx'] },
});
