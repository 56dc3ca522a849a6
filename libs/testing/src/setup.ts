// Vitest setup for component tests: `setupFiles: ['@pbc/testing/setup']`.
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import './layout.js';
import { mockServer } from './server.js';

// A file's first Fluent render is slow on a busy 2-core machine (several seconds while other
// projects lint and type-check); the defaults (1 s for findBy*, 5 s per test) made tests flaky.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 20_000 });

beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  mockServer.resetHandlers();
});
afterAll(() => mockServer.close());
