import type { ModuleAccess } from '../../test/access.js';

export const access: ModuleAccess = {
  'mail.list': { guard: 'mail.read', matrix: {}, sweep: { scoped: {} } },
};
