// A worker process for modules/technical/activation-durability.test.ts: runs the real activation job
// (TECH-3) on DATABASE_URL until killed, holding each job's transaction open a little after its
// effect is written, so a SIGKILL lands between the IDs being written and the commit.
import { openDatabase } from '../db/database.js';
import { fixedDelay } from '../jobs/fulfilment.js';
import { JobRunner } from '../jobs/queue.js';
import { slowActivation } from './activation-job.js';
import { systemClock } from '../trpc/context.js';

const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, maxConnections: 2 });
const runner = new JobRunner(
  { db: database.db, clock: systemClock, fulfilment: fixedDelay(0) },
  [slowActivation],
  { pollMs: 50, batchSize: 1, maintenanceSeconds: 1 },
);
runner.start();
process.stdout.write('ready\n');
