// Demo technical benefits, and what each offer grants (TECH-5, TECH-7).
import type { LocalizedText } from '@pbc/contract';
import type { Db } from '../../db/database.js';
import { CONTOSO_ID, demoUsers, FABRIKAM_ID, seedId } from '../../db/seed-ids.js';
import { actionPack, goldCore, insertMissing, silverIncremental } from '../../db/seed-rows.js';
import type { SeedContext } from '../define.js';
import { catalogRows } from '../membership/seed.js';
import * as membershipSchema from '../membership/schema.js';
import * as technicalSchema from './schema.js';

const technicalNames = {
  onPremises: {
    'en-US': 'Microsoft Product Support (on-premises)',
    'zh-CN': 'Microsoft 产品支持（本地）',
  },
  signature: { 'en-US': 'Signature Product Support (cloud)', 'zh-CN': '签名产品支持（云）' },
  advisory: {
    'en-US': 'Technical presales and deployment services',
    'zh-CN': '技术预售和部署服务',
  },
} satisfies Record<string, LocalizedText>;

// TECH-5 / TECH-7 quantities per level.
const technicalBenefits: (typeof technicalSchema.technicalBenefits.$inferInsert)[] = [
  {
    id: seedId('technical', 1, 1),
    companyId: CONTOSO_ID,
    name: technicalNames.onPremises,
    quantity: 20,
    unit: 'incidents',
    status: 'active',
    ...goldCore,
  },
  {
    id: seedId('technical', 1, 2),
    companyId: CONTOSO_ID,
    name: technicalNames.signature,
    quantity: 10,
    unit: 'incidents',
    status: 'not_activated',
    ...goldCore,
  },
  {
    id: seedId('technical', 1, 3),
    companyId: CONTOSO_ID,
    name: technicalNames.advisory,
    quantity: 50,
    unit: 'hours',
    status: 'active',
    ...goldCore,
  },
  {
    id: seedId('technical', 1, 4),
    companyId: CONTOSO_ID,
    name: technicalNames.signature,
    quantity: 5,
    unit: 'incidents',
    status: 'pending',
    ...silverIncremental,
  },
  {
    id: seedId('technical', 2, 1),
    companyId: FABRIKAM_ID,
    name: technicalNames.onPremises,
    quantity: 10,
    unit: 'incidents',
    status: 'not_activated',
    ...actionPack,
  },
  {
    id: seedId('technical', 2, 2),
    companyId: FABRIKAM_ID,
    name: technicalNames.advisory,
    quantity: 5,
    unit: 'hours',
    status: 'active',
    ...actionPack,
  },
];

/** Incidents and advisory hours per year: on-premises, Signature cloud (none for Action Pack), advisory. */
const grants = { action_pack: [10, 0, 5], silver: [15, 5, 20], gold: [20, 10, 50] } as const;
const catalog = catalogRows((offerType) => {
  const [onPremises, signature, advisory] = grants[offerType];
  return [
    {
      benefitKey: 'support_on_premises',
      module: 'technical',
      name: technicalNames.onPremises,
      quantity: onPremises,
      unit: 'incidents',
    },
    {
      benefitKey: 'advisory_hours',
      module: 'technical',
      name: technicalNames.advisory,
      quantity: advisory,
      unit: 'hours',
    },
    // TECH-4: Signature cloud support from Silver up, with the competency.
    ...(signature > 0
      ? [
          {
            benefitKey: 'support_signature',
            module: 'technical' as const,
            name: technicalNames.signature,
            quantity: signature,
            unit: 'incidents' as const,
            incremental: true,
          },
        ]
      : []),
  ];
});

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000);

/**
 * Demo requests (TECH-7, TECH-8) that take nothing from their benefits: Contoso's Gold presales
 * advice (unlimited, TECH-7), completed; Fabrikam's, cancelled while Submitted.
 */
const technicalRequests = (
  now: Date,
): (typeof technicalSchema.technicalRequests.$inferInsert)[] => {
  const consult = {
    kind: 'advisory' as const,
    advisoryType: 'technical_plan' as const,
    preferredHours: 'morning' as const,
    estimatedHours: 4,
    hoursHeld: 0,
  };
  return [
    {
      ...consult,
      id: seedId('technicalRequest', 1, 1),
      companyId: CONTOSO_ID,
      benefitId: seedId('technical', 1, 3),
      status: 'completed',
      requestedBy: demoUsers.partnerAdmin.id,
      requestedByName: 'Priya Natarajan',
      requestedAt: daysBefore(now, 20),
      startedAt: daysBefore(now, 18),
      completedAt: daysBefore(now, 15),
      product: 'azure-kubernetes-service',
      phone: '+1 425 555 0100',
      timeZone: 'America/Los_Angeles',
      countryRegion: 'US',
      language: 'en',
      hoursDelivered: 0,
    },
    {
      ...consult,
      id: seedId('technicalRequest', 2, 1),
      companyId: FABRIKAM_ID,
      benefitId: seedId('technical', 2, 2),
      status: 'cancelled',
      requestedBy: demoUsers.fabrikamAdmin.id,
      requestedByName: 'Felix Novak',
      requestedAt: daysBefore(now, 9),
      cancelledAt: daysBefore(now, 8),
      product: 'microsoft-teams',
      phone: '+49 30 901820',
      timeZone: 'Europe/Berlin',
      countryRegion: 'DE',
      language: 'de',
    },
  ];
};

export function seedTechnical(tx: Db, context: SeedContext): Promise<number> {
  return insertMissing(tx, [
    { table: technicalSchema.technicalBenefits, rows: technicalBenefits },
    { table: technicalSchema.technicalRequests, rows: technicalRequests(context.now) },
    { table: membershipSchema.benefitCatalog, rows: catalog },
  ]);
}
