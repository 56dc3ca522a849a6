// Software benefits (SW-1…SW-4): keys revealed and audited, downloads by language and OS.
import { defineServerModule } from '../define.js';
import { softwareArea } from './benefits.js';
import { softwareRouter } from './router.js';
import * as schema from './schema.js';
import { seedSoftware } from './seed.js';

export const softwareModule = defineServerModule({
  id: 'software',
  routers: { software: softwareRouter },
  schema,
  benefits: [softwareArea],
  seed: seedSoftware,
});
