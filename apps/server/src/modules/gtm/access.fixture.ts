import { seedId } from '../../db/seed-ids.js';
import { unknownId, type ModuleAccess } from '../../test/access.js';

const fabrikamUser = seedId('user', 2, 2);

export const access: ModuleAccess = {
  'gtm.list': { guard: 'benefits.read', matrix: {}, sweep: { scoped: {} } },
  'gtm.contact': { guard: 'benefits.read', sweep: { scoped: undefined } },
  'gtm.setContact': {
    guard: 'gtm.manage',
    matrix: {
      userId: unknownId,
      email: 'marketing@contoso.example',
      phone: '+14255550100',
      locale: 'en-US',
    },
    sweep: {
      foreign: {
        userId: fabrikamUser,
        email: 'marketing@fabrikam.example',
        phone: '+14255550100',
        locale: 'en-US',
      },
    },
  },
  'gtm.activate': {
    guard: 'gtm.manage',
    matrix: { offerId: unknownId },
    // Fabrikam holds an Action Pack, which grants no Go-To-Market offer (GTM-1).
    sweep: { foreign: { offerId: unknownId } },
  },
};
