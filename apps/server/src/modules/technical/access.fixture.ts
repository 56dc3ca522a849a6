import type { ModuleAccess } from '../../test/access.js';

export const access: ModuleAccess = {
  'technical.list': { guard: 'benefits.read', matrix: {}, sweep: { scoped: {} } },
};
