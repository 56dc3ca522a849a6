// Technical benefits (TECH-*): activation with its durable job, support and presales requests
// moved on by theirs.
import { defineServerModule } from '../define.js';
import { technicalArea } from './benefits.js';
import { completeActivation } from './technical.js';
import { completeRequest, startRequest } from './requests.js';
import { technicalRouter } from './router.js';
import * as schema from './schema.js';
import { seedTechnical } from './seed.js';

export const technicalModule = defineServerModule({
  id: 'technical',
  routers: { technical: technicalRouter },
  schema,
  benefits: [technicalArea],
  seed: seedTechnical,
  jobs: [completeActivation, startRequest, completeRequest],
});
