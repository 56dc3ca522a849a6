import { seedId } from '../../db/seed-ids.js';
import { unknownId, type ModuleAccess } from '../../test/access.js';

export const access: ModuleAccess = {
  'membership.overview': { guard: 'benefits.read', sweep: { scoped: undefined } },
  'membership.entitlements': { guard: 'benefits.read', sweep: { scoped: undefined } },
  'membership.packages': { guard: 'benefits.read', sweep: { scoped: undefined } },
  'membership.purchase': {
    guard: 'packages.purchase',
    // Contoso holds competencies: MEM-2 refuses an Action Pack after the guard.
    matrix: { offerType: 'action_pack' },
    sweep: { scoped: { offerType: 'gold', competencyArea: 'Security' } },
  },
  'membership.renew': {
    guard: 'packages.renew',
    matrix: { packageId: unknownId },
    sweep: { foreign: { packageId: seedId('package', 2, 1) } },
  },
  'membership.report': { guard: 'benefits.read', sweep: { scoped: {} } },
  'membership.reminderSettings': { guard: 'benefits.read', sweep: { scoped: undefined } },
  'membership.updateReminderSettings': {
    guard: 'settings.reminders',
    matrix: { unusedReminderDays: [60, 14] },
    sweep: { scoped: { unusedReminderDays: [60, 14] } },
  },
  'membership.requestCancellation': {
    guard: 'packages.cancel',
    matrix: { packageId: unknownId },
    sweep: { foreign: { packageId: seedId('package', 2, 1) } },
  },
};
