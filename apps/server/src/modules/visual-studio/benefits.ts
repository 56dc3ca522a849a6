// The Visual Studio subscriptions each offer grants (MEM-8): Action Pack 3 Professional seats,
// Silver 5 and Gold 10 Enterprise seats with the level; the developer competencies add
// Enterprise seats of their own.
import type { Competency } from '@pbc/contract';
import type { HeldOffer } from '@pbc/rules';
import { defineBenefitArea, type CatalogEntry } from '../define.js';
import { sql } from 'drizzle-orm';
import { vsSeatAssignments, vsSubscriptions } from './schema.js';

const editions = {
  professional: 'Visual Studio Professional',
  enterprise: 'Visual Studio Enterprise',
} as const;

/** Competencies whose partners build software: they get more Enterprise seats. */
const developerCompetencies: readonly Competency[] = ['Application Development', 'DevOps'];

const coreSeats = { action_pack: 3, silver: 5, gold: 10 } as const;
const competencySeats = { silver: 5, gold: 10 } as const;

interface VsEntry extends CatalogEntry {
  edition: (typeof editions)[keyof typeof editions];
  seatsTotal: number;
}

const entry = (
  key: string,
  benefitType: VsEntry['benefitType'],
  edition: VsEntry['edition'],
  seatsTotal: number,
): VsEntry => ({
  key,
  name: { 'en-US': edition, 'zh-CN': edition },
  benefitType,
  edition,
  seatsTotal,
});

function vsCatalog(offer: HeldOffer): VsEntry[] {
  if (offer.offerType === 'action_pack')
    return [entry('vs_professional', 'core', editions.professional, coreSeats.action_pack)];
  const entries = [entry('vs_enterprise', 'core', editions.enterprise, coreSeats[offer.offerType])];
  if (developerCompetencies.includes(offer.competencyArea as Competency))
    entries.push(
      entry(
        'vs_enterprise_competency',
        'incremental',
        editions.enterprise,
        competencySeats[offer.offerType],
      ),
    );
  return entries;
}

const seatsUsed = sql<number>`(select count(*)::int from ${vsSeatAssignments} where ${vsSeatAssignments.subscriptionId} = ${vsSubscriptions.id})`;

export const visualStudioArea = defineBenefitArea({
  module: 'visual-studio',
  catalog: vsCatalog,
  table: vsSubscriptions,
  // Counted in seats: granted, and taken by users (VS-1).
  usage: {
    granted: sql<number>`${vsSubscriptions.seatsTotal}`,
    activated: seatsUsed,
    used: seatsUsed,
  },
  async provision(tx, grants) {
    await tx
      .insert(vsSubscriptions)
      .values(grants.map(({ key, ...grant }) => ({ ...grant, benefitKey: key })))
      .onConflictDoNothing();
  },
});
