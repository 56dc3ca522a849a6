// A worker process for the mail tests: delivers the outbox of DATABASE_URL through SMTP_URL until
// killed.
import { openDatabase } from '../db/database.js';
import { fixedDelay } from '../jobs/fulfilment.js';
import { JobRunner } from '../jobs/queue.js';
import { smtpMailer } from '../modules/mail/delivery.js';
import { systemClock } from '../trpc/context.js';
import { testMailDelivery } from './mail-delivery.js';

const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, maxConnections: 2 });
const runner = new JobRunner(
  {
    db: database.db,
    clock: systemClock,
    fulfilment: fixedDelay(0),
    mailer: smtpMailer(process.env.SMTP_URL!),
  },
  [testMailDelivery],
  { pollMs: 50, batchSize: 1, maintenanceSeconds: false },
);
runner.start();
process.stdout.write('ready\n');
