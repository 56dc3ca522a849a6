// Renewal (MEM-6): an offer renews inside the 30-day window that opens the day after its
// anniversary; the new anniversary is the old one + 365 days, and the benefits its package
// granted for the year expire with it (MEM-8). A missed window lapses the offer's benefits:
// every use of them is refused with that reason, judged at the request's time.
import type { BenefitPackage, RenewalState, RenewInput } from '@pbc/contract';
import {
  checkBenefitStanding,
  checkRenewal,
  isoDay,
  offerStanding,
  renewalCountdown,
  renewalWindow,
  renewedAnniversary,
} from '@pbc/rules';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { AppError, refused } from '../../errors.js';
import { requireActivationHere } from '../../shared/benefit-use.js';
import { recordAudit, type ActorContext } from '../audit/audit.js';
import { getPackage } from './packages.js';
import { benefitAreas } from './provisioning.js';
import { benefitPackages, membershipOffers } from './schema.js';

/** MEM-6: the Packages page's anniversary, window, countdown and whether the dates allow Renew. */
export function renewalState(
  offer: { offerType: BenefitPackage['offerType']; anniversary: string },
  today: string,
): RenewalState {
  const decision = checkRenewal(offer, today);
  return {
    anniversary: offer.anniversary,
    ...renewalWindow(offer.anniversary),
    standing: offerStanding(offer.anniversary, today),
    countdown: renewalCountdown(offer.anniversary, today),
    allowed: decision.allowed,
    reason: decision.allowed ? null : decision.reason,
    nextAnniversary: renewedAnniversary(offer.anniversary),
  };
}

/**
 * MEM-6: refuses a use of a benefit of `packageId` whose offer lapsed (none for a benefit of no
 * package), and answers the day the benefit works until: inside the renewal window, a benefit
 * of the year (`expiresOn` the anniversary) keeps working to the window's last day. Every use
 * goes through `recordFirstUse`, which asks this first.
 */
export async function requireBenefitsInForce(
  db: Db,
  companyId: string,
  packageId: string | null,
  now: Date,
  expiresOn?: string,
): Promise<string | undefined> {
  if (!packageId) return expiresOn;
  const [offer] = await db
    .select({ anniversary: membershipOffers.anniversary })
    .from(benefitPackages)
    .innerJoin(membershipOffers, eq(membershipOffers.id, benefitPackages.offerId))
    .where(and(eq(benefitPackages.companyId, companyId), eq(benefitPackages.id, packageId)));
  if (!offer) return expiresOn;
  const today = isoDay(now);
  const standing = checkBenefitStanding(offer.anniversary, today);
  if (!standing.allowed)
    throw refused(standing.reason, { details: { lapsedOn: standing.lapsedOn } });
  return expiresOn === offer.anniversary &&
    offerStanding(offer.anniversary, today) === 'renewal_window'
    ? renewalWindow(offer.anniversary).closesOn
    : expiresOn;
}

/**
 * MEM-6 Renew (ROLE-2's roles): inside the window, moves the offer's anniversary by 365 days
 * (the new enrollment year starts at the old anniversary) and the expiry of the year's benefits
 * its package granted with it, in one transaction; the offer row lock makes a second Renew at
 * the same moment see the new anniversary, so a year is never added twice.
 */
export async function renewPackage(
  tx: Db,
  ctx: ActorContext,
  input: RenewInput,
): Promise<BenefitPackage> {
  const { companyId } = ctx.session;
  const now = ctx.clock.now();
  // MEM-1: a company still in Partner Membership Center renews there.
  await requireActivationHere(tx, companyId);
  const before = await getPackage(tx, companyId, input.packageId, now);
  if (before.status === 'cancelled') throw refused('PACKAGE_REFUNDED');
  const [offer] = await tx
    .select({
      id: membershipOffers.id,
      offerType: membershipOffers.offerType,
      anniversary: membershipOffers.anniversary,
    })
    .from(membershipOffers)
    .innerJoin(benefitPackages, eq(benefitPackages.offerId, membershipOffers.id))
    .where(and(eq(benefitPackages.companyId, companyId), eq(benefitPackages.id, before.id)))
    .for('update', { of: membershipOffers });
  if (!offer) throw new AppError('NOT_FOUND', 'Package not found');
  const decision = checkRenewal(offer, isoDay(now));
  if (!decision.allowed) throw refused(decision.reason, { details: { ...decision.window } });

  await tx
    .update(membershipOffers)
    .set({ enrollmentStart: offer.anniversary, anniversary: decision.newAnniversary })
    .where(eq(membershipOffers.id, offer.id));
  // The year's benefits expire with the offer; a benefit with its own end (an active
  // Go-To-Market offer, GTM-4) keeps it.
  for (const area of await benefitAreas()) {
    const t = area.table;
    await tx
      .update(t)
      .set({ expiresOn: decision.newAnniversary })
      .where(and(eq(t.packageId, before.id), eq(t.expiresOn, offer.anniversary)));
  }
  const after = await getPackage(tx, companyId, before.id, now);
  await recordAudit(tx, ctx, {
    action: 'membership.renew',
    targetType: 'package',
    targetId: before.id,
    targetName: before.competencyArea,
    before: { anniversary: offer.anniversary },
    after: { anniversary: decision.newAnniversary },
  });
  return after;
}
