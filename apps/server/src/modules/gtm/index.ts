// Go-To-Market offers (GTM-*).
import { defineServerModule } from '../define.js';
import { gtmArea } from './benefits.js';
import { gtmRouter } from './router.js';
import * as schema from './schema.js';
import { seedGtm } from './seed.js';

export const gtmModule = defineServerModule({
  id: 'gtm',
  routers: { gtm: gtmRouter },
  schema,
  benefits: [gtmArea],
  seed: seedGtm,
});
