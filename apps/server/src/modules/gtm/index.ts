// Go-To-Market offers (GTM-*): the offers, the marketing contact and the activation job.
import { defineServerModule } from '../define.js';
import { completeActivation } from './gtm.js';
import { gtmArea } from './benefits.js';
import { gtmRouter } from './router.js';
import * as schema from './schema.js';

export const gtmModule = defineServerModule({
  id: 'gtm',
  routers: { gtm: gtmRouter },
  schema,
  benefits: [gtmArea],
  jobs: [completeActivation],
});
