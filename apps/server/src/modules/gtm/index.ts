// Go-To-Market offers (GTM-*): the offers, the marketing contact and the activation job.
import { defineServerModule } from '../define.js';
import { completeActivation } from './gtm.js';
import { gtmRouter } from './router.js';
import * as schema from './schema.js';
import { seedGtm } from './seed.js';

export const gtmModule = defineServerModule({
  id: 'gtm',
  routers: { gtm: gtmRouter },
  schema,
  seed: seedGtm,
  jobs: [completeActivation],
});
