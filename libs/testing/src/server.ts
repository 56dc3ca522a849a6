import { setupServer } from 'msw/node';
import { trpcHandlers } from './handlers.js';

/** The msw server of component tests; `mockServer.use(...trpcHandlers({ … }))` changes answers in one test. */
export const mockServer = setupServer(...trpcHandlers());
