// Go-To-Market (GTM-1…GTM-4): the offers with what they contain, the company marketing contact,
// and activation: Pending until a durable job emails the contact the offer's instructions
// and makes it Active with its expiry date.
import type { GtmOffer, ListOptions, MarketingContact } from '@pbc/contract';
import { Id, type SetMarketingContactInput } from '@pbc/contract';
import {
  checkGtmActivation,
  checkMarketingContact,
  gtmOfferContents,
  isoDay,
} from '@pbc/rules';
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { AppError, refused } from '../../errors.js';
import type { Fulfilment } from '../../jobs/fulfilment.js';
import { defineJob, enqueue } from '../../jobs/queue.js';
import {
  recordFirstUse,
  refundAtRiskOf,
  refundsAtRisk,
  requireActivationHere,
} from '../../shared/benefit-use.js';
import { jobActor, recordAudit, type ActorContext } from '../audit/audit.js';
import { requireDirectoryUser } from '../identity/directory.js';
import { companies, users } from '../identity/schema.js';
import { latestMailAbout } from '../mail/outbox.js';
import { sendInstructions } from './mail.js';
import { gtmMarketingContacts, gtmOffers } from './schema.js';


export async function listGtmOffers(
  db: Db,
  companyId: string,
  { limit }: ListOptions,
  now: Date,
): Promise<GtmOffer[]> {
  const rows = await db
    .select()
    .from(gtmOffers)
    .where(eq(gtmOffers.companyId, companyId))
    .orderBy(asc(gtmOffers.type), asc(gtmOffers.id))
    .limit(limit);
  const atRisk = await refundsAtRisk(db, companyId, now);
  const mails = await latestMailAbout(
    db,
    companyId,
    rows.map((row) => row.id),
  );
  return rows.map((row) => {
    const mail = mails.get(row.id);
    return {
      id: row.id,
      type: row.type,
      name: row.name,
      offerType: row.offerType,
      benefitType: row.benefitType,
      // GTM-4: usable until it expires; from the day after, it shows Expired.
      status:
        row.status === 'active' && row.expiresOn < isoDay(now)
          ? ('expired' as const)
          : row.status,
      expiresOn: row.expiresOn,
      contents: [...gtmOfferContents[row.type]],
      activationRequestedAt: row.activationRequestedAt?.toISOString() ?? null,
      expectedBy:
        row.status === 'pending' ? (row.activationExpectedAt?.toISOString() ?? null) : null,
      activatedAt: row.activatedAt?.toISOString() ?? null,
      instructionsMail: mail
        ? { to: mail.to, status: mail.status, attempts: mail.attempts, lastError: mail.lastError }
        : null,
      // MEM-5: activating it ends the refund of the package that granted it (MEM-8).
      refundAtRisk: row.status === 'available' ? refundAtRiskOf(atRisk, row.packageId) : null,
    };
  });
}

async function getOffer(db: Db, companyId: string, offerId: string, now: Date): Promise<GtmOffer> {
  const offers = await listGtmOffers(db, companyId, { limit: 500 }, now);
  const offer = offers.find((o) => o.id === offerId);
  if (!offer) throw new AppError('NOT_FOUND', 'Offer not found');
  return offer;
}

/** GTM-3: the company's marketing contact, or null while none is assigned. */
export async function getMarketingContact(
  db: Db,
  companyId: string,
): Promise<MarketingContact | null> {
  const [row] = await db
    .select({
      userId: gtmMarketingContacts.userId,
      displayName: users.displayName,
      email: gtmMarketingContacts.email,
      phone: gtmMarketingContacts.phone,
      locale: gtmMarketingContacts.locale,
      updatedAt: gtmMarketingContacts.updatedAt,
    })
    .from(gtmMarketingContacts)
    .innerJoin(users, eq(users.id, gtmMarketingContacts.userId))
    .where(eq(gtmMarketingContacts.companyId, companyId));
  if (!row) return null;
  return {
    user: { id: row.userId, displayName: row.displayName },
    email: row.email,
    phone: row.phone,
    locale: row.locale,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Every field error of a contact at once, the first one's reason in `details`. */
function contactRefusal(
  errors: Extract<ReturnType<typeof checkMarketingContact>, { allowed: false }>['errors'],
): AppError {
  const fields = Object.entries(errors) as [
    string,
    'CONTACT_EMAIL_IS_ACCOUNT_EMAIL' | 'PHONE_INVALID',
  ][];
  const [field, reason] = fields[0]!;
  const first = refused(reason, { field });
  const fieldErrors = Object.fromEntries(
    fields.map(([name, why]) => [name, [refused(why).message]]),
  );
  return new AppError(first.code, first.message, {
    ...first.extras,
    fieldErrors,
    fieldReasons: Object.fromEntries(fields),
  });
}

/** GTM-3: adds, updates or changes the company marketing contact (ROLE-5), audited. */
export async function setMarketingContact(
  tx: Db,
  ctx: ActorContext,
  input: z.output<typeof SetMarketingContactInput>,
): Promise<MarketingContact> {
  const { companyId } = ctx.session;
  await requireDirectoryUser(tx, companyId, input.userId);
  const [company] = await tx
    .select({ accountEmail: companies.accountEmail })
    .from(companies)
    .where(eq(companies.id, companyId))
    .for('update');
  const decision = checkMarketingContact({
    email: input.email,
    phone: input.phone,
    accountEmail: company?.accountEmail ?? null,
  });
  if (!decision.allowed) throw contactRefusal(decision.errors);
  const before = await getMarketingContact(tx, companyId);
  const values = {
    userId: input.userId,
    email: input.email,
    phone: decision.phone,
    locale: input.locale,
    updatedAt: ctx.clock.now(),
  };
  await tx
    .insert(gtmMarketingContacts)
    .values({ companyId, ...values })
    .onConflictDoUpdate({ target: gtmMarketingContacts.companyId, set: values });
  const after = (await getMarketingContact(tx, companyId))!;
  await recordAudit(tx, ctx, {
    action: !before
      ? 'gtm.addContact'
      : before.user.id === after.user.id
        ? 'gtm.updateContact'
        : 'gtm.changeContact',
    targetType: 'marketingContact',
    targetId: after.user.id,
    targetName: after.user.displayName,
    before,
    after,
  });
  return after;
}

/**
 * GTM-4: the activation, done after the marketing team's processing time: the instructions email
 * to the contact and the offer Active with its expiry, in the job's one transaction (so once).
 */
export const completeActivation = defineJob({
  name: 'gtm.completeActivation',
  data: z.object({ offerId: Id }),
  retry: { limit: 5, delaySeconds: 30 },
  leaseSeconds: 60,
  handle: (job, { clock }) =>
    job.transaction(async (tx) => {
      const [offer] = await tx
        .select()
        .from(gtmOffers)
        .where(eq(gtmOffers.id, job.data.offerId))
        .for('update');
      if (!offer || offer.status !== 'pending') return;
      const contact = await getMarketingContact(tx, offer.companyId);
      // The contact's user was removed meanwhile: retried (and shown failed) until one is assigned.
      if (!contact) throw new Error('No marketing contact to send the instructions to');
      const now = clock.now();
      const [company] = await tx
        .select({ name: companies.name })
        .from(companies)
        .where(eq(companies.id, offer.companyId));
      // Decision: an offer lasts the enrollment year of the package that granted it, whose
      // anniversary is its expiry already (the last day to activate it, MEM-7).
      const expiresOn = offer.expiresOn;
      await sendInstructions(
        tx,
        clock,
        {
          id: offer.id,
          companyId: offer.companyId,
          company: company!.name,
          type: offer.type,
          expiresOn,
        },
        { name: contact.user.displayName, email: contact.email, locale: contact.locale },
      );
      await tx
        .update(gtmOffers)
        .set({ status: 'active', activatedAt: now, expiresOn, activationJobId: null })
        .where(eq(gtmOffers.id, offer.id));
      await recordAudit(tx, jobActor(offer.companyId, job.id, clock), {
        action: 'gtm.activated',
        targetType: 'gtmOffer',
        targetId: offer.id,
        before: { status: offer.status, expiresOn: offer.expiresOn },
        after: { status: 'active', expiresOn, instructionsTo: contact.email },
      });
    }),
});

/**
 * GTM-2, GTM-4, MEM-1, MEM-4: Activate (ROLE-5). Refused without a marketing contact; the offer
 * is Pending until `completeActivation` runs, and the first activation ends the refund.
 */
export async function activateGtmOffer(
  tx: Db,
  ctx: ActorContext & { fulfilment: Fulfilment },
  input: { offerId: string },
): Promise<GtmOffer> {
  const { companyId } = ctx.session;
  const now = ctx.clock.now();
  const [locked] = await tx
    .select({ id: gtmOffers.id, packageId: gtmOffers.packageId })
    .from(gtmOffers)
    .where(and(eq(gtmOffers.id, input.offerId), eq(gtmOffers.companyId, companyId)))
    .for('update');
  if (!locked) throw new AppError('NOT_FOUND', 'Offer not found');
  await requireActivationHere(tx, companyId);
  const before = await getOffer(tx, companyId, input.offerId, now);
  const decision = checkGtmActivation({
    status: before.status,
    hasMarketingContact: (await getMarketingContact(tx, companyId)) !== null,
  });
  if (!decision.allowed) throw refused(decision.reason);
  await recordFirstUse(tx, ctx, locked.packageId, 'activated');
  const runAt = new Date(now.getTime() + ctx.fulfilment.delayMs('gtm.activation'));
  const jobId = await enqueue(tx, ctx.clock, completeActivation, { offerId: before.id }, { runAt });
  await tx
    .update(gtmOffers)
    .set({
      status: 'pending',
      activationRequestedAt: now,
      activationExpectedAt: runAt,
      activationJobId: jobId,
    })
    .where(eq(gtmOffers.id, before.id));
  const after = await getOffer(tx, companyId, before.id, now);
  await recordAudit(tx, ctx, {
    action: 'gtm.activate',
    targetType: 'gtmOffer',
    targetId: after.id,
    before,
    after,
  });
  return after;
}
