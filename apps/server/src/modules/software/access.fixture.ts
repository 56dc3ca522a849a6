import { demoBenefits } from '../../db/seed-ids.js';
import { unknownId, type ModuleAccess } from '../../test/access.js';

export const access: ModuleAccess = {
  'software.list': { guard: 'benefits.read', matrix: {}, sweep: { scoped: {} } },
  'software.revealKeys': {
    guard: 'benefits.activate',
    matrix: { benefitId: unknownId },
    sweep: { foreign: { benefitId: demoBenefits.software.fabrikamWindowsServer } },
  },
  'software.downloads': {
    guard: 'benefits.read',
    matrix: { benefitId: unknownId },
    sweep: { foreign: { benefitId: demoBenefits.software.fabrikamOffice } },
  },
  'software.savePreferences': {
    guard: 'benefits.read',
    matrix: { language: 'en-US', os: 'x64' },
    sweep: { scoped: { language: 'zh-CN', os: 'x86' } },
  },
};
