/// <reference types="@testing-library/jest-dom/vitest" />
// Test side: everything in `./mocks` plus the render helpers and the msw node server.
export * from './mocks.js';
export { renderModule, renderWithProviders, testTrpcUrl } from './render.js';
export { mockServer } from './server.js';
