// Types of the module registry (module-registry.js, plain JavaScript so scripts read it too).
export {
  benefitModules,
  federationNameOf,
  remoteBaseOf,
  remoteEntryOf,
  routerKeyOf,
  shellDevPort,
} from './module-registry.js';
import type { benefitModules } from './module-registry.js';

export type BenefitModuleId = (typeof benefitModules)[number]['id'];

/** `routerKeyOf` at the type level: `visual-studio` → `visualStudio`. */
export type RouterKeyOf<Id extends string> = Id extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<RouterKeyOf<Tail>>}`
  : Id;
