// The one list of the server's modules, in order: core modules first, then the benefit modules in
// the shell's navigation order. The app router, the database seed, the jobs, the HTTP routes and
// the tests read it. A new module is its folder plus one line here.
import { auditModule } from './audit/index.js';
import { azureCloudModule } from './azure-cloud/index.js';
import { gtmModule } from './gtm/index.js';
import { identityModule } from './identity/index.js';
import { membershipModule } from './membership/index.js';
import { softwareModule } from './software/index.js';
import { technicalModule } from './technical/index.js';
import { visualStudioModule } from './visual-studio/index.js';

export const serverModules = [
  identityModule,
  auditModule,
  membershipModule,
  softwareModule,
  visualStudioModule,
  azureCloudModule,
  technicalModule,
  gtmModule,
] as const;
