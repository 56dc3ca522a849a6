export {
  defineBenefitModule,
  toBenefitModule,
  type BenefitModule,
  type BenefitModuleProps,
} from './module.js';
export {
  createHostServices,
  HostProviders,
  type HostServices,
  type HostServicesOptions,
} from './host.js';
export { LocaleSwitch } from './LocaleSwitch.js';
export { useActionReason, useMe, usePermission, type PermissionResult } from './permissions.js';
export { useFormError } from './forms.js';
