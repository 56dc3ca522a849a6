import type { ModuleAccess } from '../../test/access.js';

export const access: ModuleAccess = {
  'gtm.list': { guard: 'benefits.read', matrix: {}, sweep: { scoped: {} } },
};
