// Every durable job the server runs: each gets its queue at start, and the worker runs them.
import { packageJobs } from '../modules/membership/packages.js';
import type { AnyJobDefinition } from './queue.js';

export const allJobs: readonly AnyJobDefinition[] = [...packageJobs];
