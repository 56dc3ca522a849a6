// Every durable job the server runs, from the modules: each gets its queue at start, and the
// worker runs them.
import { serverModules } from '../modules/registry.js';
import type { AnyJobDefinition } from './queue.js';

export const allJobs: readonly AnyJobDefinition[] = serverModules.flatMap(
  (module) => module.jobs ?? [],
);
