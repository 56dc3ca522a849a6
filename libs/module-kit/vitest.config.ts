import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { name: 'module-kit', include: ['src/**/*.test.{ts,tsx}'], environment: 'jsdom' },
});
