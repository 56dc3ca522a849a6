// Email: the outbox, its delivery job and the Sent email list.
import { defineServerModule } from '../define.js';
import { deliverMail } from './delivery.js';
import { mailRouter } from './router.js';
import * as schema from './schema.js';

export const mailModule = defineServerModule({
  id: 'mail',
  routers: { mail: mailRouter },
  schema,
  jobs: [deliverMail],
});
