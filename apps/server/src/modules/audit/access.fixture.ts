import { demoUsers } from '../../db/seed-ids.js';
import type { ModuleAccess } from '../../test/access.js';

export const access: ModuleAccess = {
  'audit.list': {
    guard: 'audit.read',
    matrix: {},
    sweep: { scoped: { filter: { actorId: demoUsers.fabrikamAdmin.id } } },
  },
};
