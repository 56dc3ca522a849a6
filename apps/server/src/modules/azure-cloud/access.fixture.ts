import { demoBenefits, CONTOSO_ID, demoProductKeys, seedId } from '../../db/seed-ids.js';
import { unknownId, type ModuleAccess } from '../../test/access.js';

const fabrikamUser = seedId('user', 2, 2);
const fabrikamCredit = demoBenefits.azureCredits.fabrikamMonthly;
// Fabrikam's key and subscription: Contoso's caller finds neither.
const fabrikamKey = {
  key: demoProductKeys.fabrikamOffice5,
  subscriptionId: demoBenefits.licenses.fabrikamOffice,
  mode: 'add_seats',
};

export const access: ModuleAccess = {
  'azureCloud.listCredits': { guard: 'benefits.read', matrix: {}, sweep: { scoped: {} } },
  'azureCloud.listSubscriptions': { guard: 'benefits.read', sweep: { scoped: undefined } },
  'azureCloud.listLicenses': { guard: 'benefits.read', matrix: {}, sweep: { scoped: {} } },
  'azureCloud.listRedemptions': { guard: 'benefits.read', matrix: {}, sweep: { scoped: {} } },
  'azureCloud.assignCredit': {
    guard: 'benefits.assign',
    matrix: { creditId: unknownId, userId: unknownId, subscriptionId: unknownId },
    sweep: {
      foreign: {
        creditId: fabrikamCredit,
        userId: fabrikamUser,
        subscriptionId: seedId('azureSubscription', 2, 1),
      },
    },
  },
  'azureCloud.removeCreditUser': {
    guard: 'benefits.assign',
    matrix: { creditId: unknownId, userId: unknownId },
    sweep: { foreign: { creditId: fabrikamCredit, userId: fabrikamUser } },
  },
  'azureCloud.transferBulkCredit': {
    guard: 'benefits.assign',
    matrix: { creditId: unknownId, toUserId: unknownId },
    sweep: { foreign: { creditId: fabrikamCredit, toUserId: fabrikamUser } },
  },
  'azureCloud.previewRedemption': {
    guard: 'benefits.activate',
    // A malformed key: refused at the format check, so no guess is counted.
    matrix: { key: 'not a key', subscriptionId: null },
    sweep: { foreign: fabrikamKey },
  },
  'azureCloud.redeemKey': {
    guard: 'benefits.activate',
    matrix: { key: 'not a key', subscriptionId: null, tenantId: unknownId },
    sweep: { foreign: { ...fabrikamKey, tenantId: CONTOSO_ID } },
  },
  'azureCloud.undoRedemption': {
    guard: 'benefits.activate',
    matrix: { keyId: unknownId },
    sweep: { foreign: { keyId: seedId('productKey', 2, 1) } },
  },
};
