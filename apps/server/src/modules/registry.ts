// The one list of the server's modules, in order: core modules first, then the benefit modules in
// the shell's navigation order. The app router, the database seed, the jobs, the HTTP routes and
// the tests read it. A new module is its folder plus one line here (and, for a benefit module, its
// line in the contract's module registry, which this file is checked against).
import type { BenefitModuleId, RouterKeyOf } from '@pbc/contract';
import { auditModule } from './audit/index.js';
import { azureCloudModule } from './azure-cloud/index.js';
import { gtmModule } from './gtm/index.js';
import { identityModule } from './identity/index.js';
import { mailModule } from './mail/index.js';
import { membershipModule } from './membership/index.js';
import { softwareModule } from './software/index.js';
import { technicalModule } from './technical/index.js';
import { visualStudioModule } from './visual-studio/index.js';

export const serverModules = [
  identityModule,
  auditModule,
  mailModule,
  membershipModule,
  softwareModule,
  visualStudioModule,
  azureCloudModule,
  technicalModule,
  gtmModule,
] as const;

type BenefitServerModule = Extract<(typeof serverModules)[number], { id: BenefitModuleId }>;
/** Every module of the contract's registry has its server module… */
type Unserved = Exclude<BenefitModuleId, BenefitServerModule['id']>;
/** …whose router is mounted under the key its id derives (`visual-studio` → `visualStudio`). */
type Misnamed = {
  [M in BenefitServerModule as M['id']]: RouterKeyOf<M['id']> extends keyof M['routers']
    ? never
    : M['id'];
}[BenefitModuleId];
// A type error here names the module that breaks either rule.
export const registryMatchesContract: [Unserved | Misnamed] extends [never]
  ? true
  : Unserved | Misnamed = true;
