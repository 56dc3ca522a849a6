import { demoBenefits, seedId } from '../../db/seed-ids.js';
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
    sweep: { foreign: { benefitId: demoBenefits.technical.fabrikamOnPremises } },
  },
  'technical.revealIds': {
    guard: 'benefits.read',
    matrix: { benefitId: unknownId },
    sweep: { foreign: { benefitId: demoBenefits.technical.fabrikamOnPremises } },
  },
  'technical.submitSupportRequest': {
    guard: 'benefits.read',
    matrix: support(unknownId),
    sweep: { foreign: support(demoBenefits.technical.fabrikamOnPremises) },
  },
  'technical.requestPresales': {
    guard: 'benefits.read',
    matrix: presales(unknownId),
    sweep: { foreign: presales(demoBenefits.technical.fabrikamAdvisory) },
  },
  'technical.listRequests': { guard: 'benefits.read', matrix: {}, sweep: { scoped: {} } },
  'technical.cancelRequest': {
    guard: 'benefits.read',
    matrix: { requestId: unknownId },
    sweep: { foreign: { requestId: seedId('technicalRequest', 2, 1) } },
  },
};
