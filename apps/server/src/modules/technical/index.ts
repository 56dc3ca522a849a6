// Technical benefits (TECH-*).
import { defineServerModule } from '../define.js';
import { technicalArea } from './benefits.js';
import { technicalRouter } from './router.js';
import * as schema from './schema.js';
import { seedTechnical } from './seed.js';

export const technicalModule = defineServerModule({
  id: 'technical',
  routers: { technical: technicalRouter },
  schema,
  benefits: [technicalArea],
  seed: seedTechnical,
});
