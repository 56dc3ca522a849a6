// Visual Studio subscriptions with seats used counted from assignments (VS-1).
import type { ListOptions, VsSubscription } from '@pbc/contract';
import { and, asc, count, eq } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { vsSeatAssignments, vsSubscriptions } from '../db/schema.js';

export function listVsSubscriptions(
  db: Db,
  companyId: string,
  { limit }: ListOptions,
): Promise<VsSubscription[]> {
  const t = vsSubscriptions;
  return db
    .select({
      id: t.id,
      edition: t.edition,
      seatsTotal: t.seatsTotal,
      seatsUsed: count(vsSeatAssignments.id),
      offerType: t.offerType,
      benefitType: t.benefitType,
      expiresOn: t.expiresOn,
    })
    .from(t)
    .leftJoin(
      vsSeatAssignments,
      and(eq(vsSeatAssignments.subscriptionId, t.id), eq(vsSeatAssignments.companyId, companyId)),
    )
    .where(eq(t.companyId, companyId))
    .groupBy(t.id)
    .orderBy(asc(t.edition), asc(t.id))
    .limit(limit);
}
