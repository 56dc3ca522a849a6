// Membership: offers, the catalog of what they grant, packages, and cancellation with refund
// (MEM-1…MEM-5), moved on by durable jobs.
import { defineServerModule } from '../define.js';
import { cancellationJobs } from './cancellations.js';
import { reminderSweep } from './reminders.js';
import { membershipRouter } from './router.js';
import * as schema from './schema.js';
import { seedMembership } from './seed.js';

export const membershipModule = defineServerModule({
  id: 'membership',
  routers: { membership: membershipRouter },
  schema,
  seed: seedMembership,
  jobs: [...cancellationJobs, reminderSweep],
});
