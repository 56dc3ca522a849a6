// Visual Studio subscriptions (VS-1…VS-6): seats assigned, reassigned after 90 days, exported.
import { defineServerModule } from '../define.js';
import { visualStudioArea } from './benefits.js';
import { visualStudioRouter } from './router.js';
import * as schema from './schema.js';
import { registerVsSeatsCsv } from './seats-csv.js';
import { seedVisualStudio } from './seed.js';

export const visualStudioModule = defineServerModule({
  id: 'visual-studio',
  routers: { visualStudio: visualStudioRouter },
  schema,
  benefits: [visualStudioArea],
  seed: seedVisualStudio,
  http: registerVsSeatsCsv,
});
