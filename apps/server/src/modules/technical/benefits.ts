// What each offer grants on the Technical tab (TECH-5, TECH-7), and how a grant becomes a row.
import type { Competency, LocalizedText, TechnicalUnit } from '@pbc/contract';
import type { HeldOffer } from '@pbc/rules';
import { sql } from 'drizzle-orm';
import { defineBenefitArea, type CatalogEntry } from '../define.js';
import { technicalBenefits } from './schema.js';

const names = {
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

/** TECH-5: within these competencies, Signature cloud support is unlimited. */
export const cloudCompetencies: readonly Competency[] = [
  'Security',
  'Cloud Business Applications',
  'Cloud Platform',
  'Cloud Productivity',
  'Enterprise Mobility Management',
  'Small and Midmarket Cloud Solutions',
];

/** Per level: on-premises incidents (TECH-5), advisory hours (TECH-7), Signature incidents (TECH-5; none for Action Pack). */
const perYear = {
  action_pack: { onPremises: 10, advisory: 5, signature: 0 },
  silver: { onPremises: 15, advisory: 20, signature: 5 },
  gold: { onPremises: 20, advisory: 50, signature: 10 },
} as const;

interface TechnicalEntry extends CatalogEntry {
  /** null: unlimited. */
  quantity: number | null;
  unit: TechnicalUnit;
  /** TECH-7: presales and deployment hours need no activation. */
  needsActivation: boolean;
}

function technicalCatalog(offer: HeldOffer): TechnicalEntry[] {
  const grants = perYear[offer.offerType];
  const entries: TechnicalEntry[] = [
    {
      key: 'support_on_premises',
      name: names.onPremises,
      benefitType: 'core',
      quantity: grants.onPremises,
      unit: 'incidents',
      needsActivation: true,
    },
    {
      key: 'advisory_hours',
      name: names.advisory,
      benefitType: 'core',
      quantity: grants.advisory,
      unit: 'hours',
      needsActivation: false,
    },
  ];
  // TECH-4/TECH-5: Signature cloud support comes with a Silver or Gold competency.
  if (grants.signature > 0) {
    const cloud = cloudCompetencies.includes(offer.competencyArea as Competency);
    entries.push({
      key: 'support_signature',
      name: names.signature,
      benefitType: 'incremental',
      quantity: cloud ? null : grants.signature,
      unit: 'incidents',
      needsActivation: true,
    });
  }
  return entries;
}

export const technicalArea = defineBenefitArea({
  module: 'technical',
  catalog: technicalCatalog,
  table: technicalBenefits,
  // Activated (TECH-3); used once an incident or hour was consumed or held (TECH-5, TECH-8).
  usage: {
    granted: sql<number>`1`,
    activated: sql<number>`(case when ${technicalBenefits.status} = 'active' then 1 else 0 end)`,
    used: sql<number>`(case when ${technicalBenefits.used} > 0 or ${technicalBenefits.held} > 0 then 1 else 0 end)`,
  },
  async provision(tx, grants) {
    await tx
      .insert(technicalBenefits)
      .values(
        grants.map(({ key, needsActivation, ...grant }) => ({
          ...grant,
          benefitKey: key,
          status: needsActivation ? ('not_activated' as const) : ('active' as const),
        })),
      )
      .onConflictDoNothing();
  },
});
