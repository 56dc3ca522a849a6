// Browser-safe part (the dev harness imports it): fixtures and msw handlers, no Node, no Testing Library.
export * from './fixtures/index.js';
export {
  MockTrpcError,
  trpcError,
  trpcHandlers,
  trpcInvalidInput,
  trpcRefusal,
  type MockAnswers,
  type MockErrorData,
} from './handlers.js';
