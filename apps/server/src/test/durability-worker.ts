// A worker process for durability.test.ts: runs `slowEffect` jobs on DATABASE_URL until killed.
import { openDatabase } from '../db/database.js';
import { systemClock } from '../trpc/context.js';
import { slowEffect } from './durability-job.js';
import { fixedDelay } from '../jobs/fulfilment.js';
import { JobRunner } from '../jobs/queue.js';

const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, maxConnections: 2 });
const runner = new JobRunner(
  { db: database.db, clock: systemClock, fulfilment: fixedDelay(0) },
  [slowEffect],
  { pollMs: 50, batchSize: 1, maintenanceSeconds: 1 },
);
runner.start();
process.stdout.write('ready\n');
