// Demo history of the Technical tab: the seeded packages provision the benefits (MEM-8); Contoso
// has been using its Gold on-premises support since the Gold package's first activation (with
// the IDs its activation assigned, TECH-3); a presales request each, that took no hours.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import {
  CONTOSO_ID,
  demoBenefits,
  demoPackages,
  demoUsers,
  FABRIKAM_ID,
  seedId,
} from '../../db/seed-ids.js';
import { insertMissing } from '../../db/seed-rows.js';
import type { SeedContext } from '../define.js';
import * as technicalSchema from './schema.js';

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
      benefitId: demoBenefits.technical.goldAdvisory,
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
      benefitId: demoBenefits.technical.fabrikamAdvisory,
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

export async function seedTechnical(tx: Db, { now, provisioned }: SeedContext): Promise<number> {
  let changed = 0;
  if (provisioned.has(demoPackages.contosoGold)) {
    const t = technicalSchema.technicalBenefits;
    const activated = await tx
      .update(t)
      .set({
        status: 'active',
        activatedAt: new Date('2026-07-02T10:00:00Z'),
        accessId: '400218765',
        contractId: '512093348',
      })
      .where(and(eq(t.id, demoBenefits.technical.goldOnPremises), eq(t.status, 'not_activated')))
      .returning({ id: t.id });
    changed += activated.length;
  }
  // Each request only beside the benefit this run provisioned.
  const requests = technicalRequests(now).filter((request) =>
    provisioned.has(
      request.companyId === CONTOSO_ID ? demoPackages.contosoGold : demoPackages.fabrikamActionPack,
    ),
  );
  return (
    changed +
    (await insertMissing(tx, [{ table: technicalSchema.technicalRequests, rows: requests }]))
  );
}
