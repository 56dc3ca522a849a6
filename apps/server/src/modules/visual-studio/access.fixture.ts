import { demoBenefits, demoUsers, seedId } from '../../db/seed-ids.js';
import { unknownId, type ModuleAccess } from '../../test/access.js';

const fabrikamUser = seedId('user', 2, 2);
const fabrikamVs = demoBenefits.visualStudio.fabrikamProfessional;
const fabrikamSeat = { seatId: seedId('vsSeat', 2, 1), currentHolderId: seedId('user', 2, 1) };

export const access: ModuleAccess = {
  'visualStudio.list': { guard: 'benefits.read', matrix: {}, sweep: { scoped: {} } },
  'visualStudio.seats': {
    guard: 'benefits.read',
    matrix: { subscriptionId: unknownId },
    sweep: { foreign: { subscriptionId: fabrikamVs } },
  },
  'visualStudio.assign': {
    guard: 'benefits.assign',
    matrix: { subscriptionId: unknownId, userId: unknownId },
    sweep: { foreign: { subscriptionId: fabrikamVs, userId: fabrikamUser } },
  },
  'visualStudio.reassign': {
    guard: 'benefits.assign',
    matrix: { seatId: unknownId, currentHolderId: unknownId, userId: unknownId },
    sweep: { foreign: { ...fabrikamSeat, userId: demoUsers.employee.id } },
  },
  'visualStudio.unassign': {
    guard: 'benefits.assign',
    matrix: { seatId: unknownId, currentHolderId: unknownId },
    sweep: { foreign: fabrikamSeat },
  },
  'visualStudio.bulkAssign': {
    guard: 'benefits.assign',
    matrix: { subscriptionId: unknownId, emails: ['x@contoso.example'], dryRun: false },
    sweep: {
      foreign: { subscriptionId: fabrikamVs, emails: ['nestor.wilke@fabrikam.com'], dryRun: false },
    },
  },
};
