import { seedId } from '../../db/seed-ids.js';
import { unknownId, type ModuleAccess } from '../../test/access.js';

const support = (benefitId: string) => ({
  benefitId,
  productCategory: 'microsoft_365',
  title: 'Teams meetings drop after 10 minutes',
  description: 'Every meeting with more than 20 people drops.',
  severity: 'c',
});
const presales = (benefitId: string) => ({
  benefitId,
  type: 'technical_plan',
  product: 'power-bi',
  phone: '+86 10 6552 9988',
  timeZone: 'Asia/Shanghai',
  preferredHours: 'afternoon',
  countryRegion: 'CN',
  language: 'zh-Hans',
  estimatedHours: 2,
});

export const access: ModuleAccess = {
  'technical.list': { guard: 'benefits.read', matrix: {}, sweep: { scoped: {} } },
  'technical.activate': {
    guard: 'benefits.activate',
    matrix: { benefitId: unknownId },
    sweep: { foreign: { benefitId: seedId('technical', 2, 1) } },
  },
  'technical.revealIds': {
    guard: 'benefits.read',
    matrix: { benefitId: unknownId },
    sweep: { foreign: { benefitId: seedId('technical', 2, 1) } },
  },
  'technical.submitSupportRequest': {
    guard: 'benefits.read',
    matrix: support(unknownId),
    sweep: { foreign: support(seedId('technical', 2, 1)) },
  },
  'technical.requestPresales': {
    guard: 'benefits.read',
    matrix: presales(unknownId),
    sweep: { foreign: presales(seedId('technical', 2, 2)) },
  },
  'technical.listRequests': { guard: 'benefits.read', matrix: {}, sweep: { scoped: {} } },
  'technical.cancelRequest': {
    guard: 'benefits.read',
    matrix: { requestId: unknownId },
    sweep: { foreign: { requestId: seedId('technicalRequest', 2, 1) } },
  },
};
