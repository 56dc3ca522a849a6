// What each offer grants on the Go-To-Market tab (GTM-1), and how a grant becomes a row.
import type { Competency, GtmOfferType, LocalizedText } from '@pbc/contract';
import type { HeldOffer } from '@pbc/rules';
import { sql } from 'drizzle-orm';
import { defineBenefitArea, type CatalogEntry } from '../define.js';
import { gtmOffers } from './schema.js';

const names = {
  silver_core: { 'en-US': 'Silver Core', 'zh-CN': '银级核心' },
  gold_core: { 'en-US': 'Gold Core', 'zh-CN': '金级核心' },
  isv_cosell_ready: { 'en-US': 'ISV Co-sell ready', 'zh-CN': 'ISV 联合销售就绪' },
} satisfies Record<GtmOfferType, LocalizedText>;

/** GTM-1: the competencies whose solutions co-sell through Microsoft's marketplace. */
const coSellCompetencies: readonly Competency[] = [
  'Application Development',
  'Cloud Business Applications',
];

interface GtmEntry extends CatalogEntry {
  type: GtmOfferType;
}

function gtmCatalog(offer: HeldOffer): GtmEntry[] {
  // GTM-1: Go-To-Market offers depend on level and competencies; Action Pack has none.
  if (offer.offerType === 'action_pack') return [];
  const core = offer.offerType === 'gold' ? 'gold_core' : 'silver_core';
  const entries: GtmEntry[] = [{ key: core, type: core, name: names[core], benefitType: 'core' }];
  if (coSellCompetencies.includes(offer.competencyArea as Competency))
    entries.push({
      key: 'isv_cosell_ready',
      type: 'isv_cosell_ready',
      name: names.isv_cosell_ready,
      benefitType: 'incremental',
    });
  return entries;
}

export const gtmArea = defineBenefitArea({
  module: 'gtm',
  catalog: gtmCatalog,
  table: gtmOffers,
  // Activation asked (GTM-4: Pending) or done; used once active.
  usage: {
    granted: sql<number>`1`,
    activated: sql<number>`(case when ${gtmOffers.status} in ('pending', 'active', 'expired') then 1 else 0 end)`,
    used: sql<number>`(case when ${gtmOffers.status} in ('active', 'expired') then 1 else 0 end)`,
  },
  async provision(tx, grants) {
    await tx
      .insert(gtmOffers)
      .values(grants.map(({ key, ...grant }) => ({ ...grant, benefitKey: key })))
      .onConflictDoNothing();
  },
});
