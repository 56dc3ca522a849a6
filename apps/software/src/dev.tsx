// `nx serve software`: this module alone in the dev harness, answered by msw mocks.
import { startDevHarness } from '@pbc/module-kit/dev';
import { trpcHandlers } from '@pbc/testing/mocks';
import module from './module.js';

void startDevHarness({ module, handlers: trpcHandlers() });
