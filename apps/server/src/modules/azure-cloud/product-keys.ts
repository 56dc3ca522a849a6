// License-based subscriptions and product-key redemption (AZ-7…11, ROLE-4, MEM-4), and the
// undo of a redemption through a one-time replacement key (AZ-11).
import type {
  LicenseSubscription,
  ListOptions,
  RedeemInput,
  Redemption as RedemptionRow,
  RedemptionInput,
  RedemptionPreview,
  UndoRedemptionInput,
  UndoRedemptionResult,
} from '@pbc/contract';
import { checkProductKeyFormat, checkRedemptionUndo, isoDay, planRedemption } from '@pbc/rules';
import { and, asc, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import { createHash, randomInt } from 'node:crypto';
import type { z } from 'zod';
import type { Db } from '../../db/database.js';
import { licenseSubscriptions, productKeys } from './schema.js';
import { companies } from '../identity/schema.js';
import { AppError, refused } from '../../errors.js';
import { recordAudit, type ActorContext } from '../audit/audit.js';
import { redemptionOf } from './license-redemption.js';
import {
  recordFirstUse,
  refundAtRiskOf,
  refundsAtRisk,
  requireActivationHere,
} from '../../shared/benefit-use.js';
import type { Limit } from '../../shared/rate-limit.js';

type Redemption = z.output<typeof RedemptionInput>;

/** AZ-8: keys are found by the SHA-256 of their normalized text; the text itself is never stored. */
export function productKeyHash(text: string): string {
  const format = checkProductKeyFormat(text);
  if (!format.allowed) throw new Error('Not a product key');
  return createHash('sha256').update(format.normalized).digest('hex');
}

/**
 * Unknown keys entered per window: few per user, more per company (several admins), so guessing
 * 25-character keys never pays. Keys that exist but were redeemed are not guesses.
 */
export function keyEntryLimits(session: { userId: string; companyId: string }): [Limit, Limit] {
  return [
    { key: `product-key:user:${session.userId}`, max: 10, windowMinutes: 15 },
    { key: `product-key:company:${session.companyId}`, max: 30, windowMinutes: 15 },
  ];
}

/** Status as of `today`: an active subscription past its end date is expired. */
const statusOn = (
  row: { status: LicenseSubscription['status']; expiresOn: string },
  today: string,
) => (row.status === 'active' && row.expiresOn <= today ? 'expired' : row.status);

const licenseColumns = {
  id: licenseSubscriptions.id,
  packageId: licenseSubscriptions.packageId,
  product: licenseSubscriptions.product,
  seats: licenseSubscriptions.seats,
  startsOn: licenseSubscriptions.startsOn,
  status: licenseSubscriptions.status,
  offerType: licenseSubscriptions.offerType,
  benefitType: licenseSubscriptions.benefitType,
  expiresOn: licenseSubscriptions.expiresOn,
};

/** AZ-7: the company's cloud products (or the one `subscriptionId`). */
async function selectLicenses(
  db: Db,
  companyId: string,
  { limit }: ListOptions,
  now: Date,
  subscriptionId?: string,
): Promise<LicenseSubscription[]> {
  const l = licenseSubscriptions;
  const rows = await db
    .select(licenseColumns)
    .from(l)
    .where(and(eq(l.companyId, companyId), subscriptionId ? eq(l.id, subscriptionId) : undefined))
    .orderBy(asc(l.offerType), asc(l.product), asc(l.id))
    .limit(limit);
  const atRisk = await refundsAtRisk(db, companyId, now);
  const today = isoDay(now);
  return rows.map(({ packageId, ...row }) => ({
    ...row,
    status: statusOn(row, today),
    refundAtRisk: refundAtRiskOf(atRisk, packageId),
    redemption: redemptionOf(row.product),
  }));
}

export const listLicenses = (db: Db, companyId: string, input: ListOptions, now: Date) =>
  selectLicenses(db, companyId, input, now);

async function getLicense(db: Db, companyId: string, subscriptionId: string, now: Date) {
  const [license] = await selectLicenses(db, companyId, { limit: 1 }, now, subscriptionId);
  if (!license) throw new AppError('NOT_FOUND', 'Subscription not found');
  return license;
}

/** What the procedures that take a product key declare as `meta.attempts` (trpc/init.ts). */
export const keyEntryAttempts = {
  limits: keyEntryLimits,
  refusal: 'Too many product keys entered',
};

/**
 * The key the caller typed, after the format check (field errors on `key`). An unknown key is a
 * guess: its attempt (`keyEntryAttempts`) stays counted although the mutation rolls back.
 */
async function findKey(db: Db, ctx: ActorContext, text: string) {
  const format = checkProductKeyFormat(text);
  if (!format.allowed) throw refused(format.reason, { field: 'key' });
  const [key] = await db
    .select()
    .from(productKeys)
    .where(
      and(
        eq(productKeys.keyHash, productKeyHash(format.normalized)),
        eq(productKeys.companyId, ctx.session.companyId),
      ),
    );
  if (!key) throw refused('KEY_NOT_FOUND', { field: 'key', countsAsAttempt: true });
  if (key.redeemedAt) throw alreadyRedeemed();
  return key;
}

const alreadyRedeemed = () => refused('KEY_ALREADY_REDEEMED', { field: 'key' });

type ProductKey = typeof productKeys.$inferSelect;

const subscriptionNotFound = () =>
  new AppError('NOT_FOUND', 'Subscription not found', {
    fieldErrors: { subscriptionId: ['Choose one of your license-based subscriptions'] },
  });

/** The target subscription (locked when `forUpdate`) and what the key makes of it (AZ-9, AZ-10). */
async function plan(
  db: Db,
  ctx: ActorContext,
  key: ProductKey,
  input: Redemption,
  forUpdate: boolean,
) {
  const { companyId } = ctx.session;
  const today = isoDay(ctx.clock.now());
  let target: typeof licenseSubscriptions.$inferSelect | null = null;
  if (input.subscriptionId) {
    const query = db
      .select()
      .from(licenseSubscriptions)
      .where(
        and(
          eq(licenseSubscriptions.id, input.subscriptionId),
          eq(licenseSubscriptions.companyId, companyId),
        ),
      );
    [target = null] = forUpdate ? await query.for('update') : await query;
    if (!target) throw subscriptionNotFound();
    if (target.product !== key.product)
      throw refused('KEY_PRODUCT_MISMATCH', {
        details: { product: key.product, targetProduct: target.product },
        field: 'subscriptionId',
      });
  }
  const result = planRedemption(
    target && { ...target, status: statusOn(target, today) },
    key.seats,
    input.mode,
    today,
  );
  if (!result.allowed)
    throw refused(result.reason, { details: { maxKeySeats: result.maxKeySeats }, field: 'mode' });
  return { target, result };
}

async function tenantOf(db: Db, companyId: string) {
  const [company] = await db
    .select({ id: companies.id, name: companies.name })
    .from(companies)
    .where(eq(companies.id, companyId));
  if (!company) throw new AppError('NOT_FOUND', 'Company not found');
  return company;
}

/** AZ-9: the resulting seats and end date, without writing anything but a failed guess (AZ-8). */
export async function previewRedemption(
  db: Db,
  ctx: ActorContext,
  input: Redemption,
): Promise<RedemptionPreview> {
  const { companyId } = ctx.session;
  const key = await findKey(db, ctx, input.key);
  const { target, result } = await plan(db, ctx, key, input, false);
  const atRisk = await refundsAtRisk(db, companyId, ctx.clock.now());
  return {
    key: { lastCharacters: key.lastCharacters, product: key.product, seats: key.seats },
    outcome: result.outcome,
    subscriptionId: target?.id ?? null,
    before: target && {
      seats: target.seats,
      startsOn: target.startsOn,
      expiresOn: target.expiresOn,
    },
    after: { seats: result.seats, startsOn: result.startsOn, expiresOn: result.expiresOn },
    monthsRemaining: result.monthsRemaining,
    underTwelveMonths: result.underTwelveMonths,
    tenant: await tenantOf(db, companyId),
    // Redeeming into a subscription activates its package's benefit (MEM-5); a new one has none.
    refundAtRisk: refundAtRiskOf(atRisk, target?.packageId ?? null),
  };
}

/**
 * AZ-8…11: redeems the key once. The conditional update on `redeemed_at` decides between
 * concurrent redemptions; the subscription changes in the same transaction, so a loser's
 * change rolls back with it.
 */
export async function redeemKey(
  tx: Db,
  ctx: ActorContext,
  input: z.output<typeof RedeemInput>,
): Promise<LicenseSubscription> {
  const { companyId, userId } = ctx.session;
  const now = ctx.clock.now();
  if (input.tenantId !== companyId) throw refused('TENANT_MISMATCH', { field: 'tenantId' });
  await requireActivationHere(tx, companyId);
  const key = await findKey(tx, ctx, input.key);
  const claim = (subscriptionId: string) =>
    tx
      .update(productKeys)
      .set({ redeemedAt: now, redeemedBy: userId, subscriptionId })
      .where(and(eq(productKeys.id, key.id), isNull(productKeys.redeemedAt)))
      .returning({ id: productKeys.id });

  let subscriptionId = input.subscriptionId;
  if (subscriptionId) {
    // The claim names the subscription: one of another company, or none, is not found (ROLE-8),
    // checked without a lock so the lock order below holds.
    const [mine] = await tx
      .select({ id: licenseSubscriptions.id })
      .from(licenseSubscriptions)
      .where(
        and(
          eq(licenseSubscriptions.id, subscriptionId),
          eq(licenseSubscriptions.companyId, companyId),
        ),
      );
    if (!mine) throw subscriptionNotFound();
    // Claim first, then lock the subscription: every redemption takes its locks in this order.
    if ((await claim(subscriptionId)).length === 0) throw alreadyRedeemed();
  }
  const { target, result } = await plan(tx, ctx, key, input, true);
  const terms = { seats: result.seats, startsOn: result.startsOn, expiresOn: result.expiresOn };
  if (target) {
    await tx
      .update(licenseSubscriptions)
      .set({ ...terms, status: 'active' })
      .where(eq(licenseSubscriptions.id, target.id));
  } else {
    const [created] = await tx
      .insert(licenseSubscriptions)
      .values({
        companyId,
        // From the company's own key, not granted by a package (MEM-8).
        packageId: null,
        benefitKey: `key:${key.id}`,
        name: { 'en-US': key.product, 'zh-CN': key.product },
        product: key.product,
        offerType: key.offerType,
        benefitType: key.benefitType,
        ...terms,
      })
      .returning({ id: licenseSubscriptions.id });
    subscriptionId = created!.id;
    if ((await claim(subscriptionId)).length === 0) throw alreadyRedeemed();
  }
  // AZ-11: what the redemption found and left, so it can be undone exactly.
  await tx
    .update(productKeys)
    .set({
      priorSeats: target?.seats ?? null,
      priorStartsOn: target?.startsOn ?? null,
      priorExpiresOn: target?.expiresOn ?? null,
      priorStatus: target?.status ?? null,
      leftSeats: terms.seats,
      leftExpiresOn: terms.expiresOn,
    })
    .where(eq(productKeys.id, key.id));
  await recordFirstUse(tx, ctx, target?.packageId ?? null, 'activated');
  const after = await getLicense(tx, companyId, subscriptionId!, now);
  await recordAudit(tx, ctx, {
    action: 'azureCloud.redeemKey',
    targetType: 'license_subscription',
    targetId: subscriptionId,
    targetName: key.product,
    before: target && {
      seats: target.seats,
      startsOn: target.startsOn,
      expiresOn: target.expiresOn,
      status: target.status,
    },
    after: {
      ...after,
      key: { id: key.id, lastCharacters: key.lastCharacters, seats: key.seats },
      outcome: result.outcome,
    },
  });
  return after!;
}

type RedeemedKey = ProductKey & { redeemedAt: Date; subscriptionId: string };
type Terms = { seats: number; expiresOn: string };

function redemptionRow(key: RedeemedKey, subscription: Terms, now: Date): RedemptionRow {
  const decision = checkRedemptionUndo(
    {
      redeemedAt: key.redeemedAt,
      undoneAt: key.undoneAt,
      isReplacement: key.replacesKeyId !== null,
      left:
        key.leftSeats === null || key.leftExpiresOn === null
          ? null
          : { seats: key.leftSeats, expiresOn: key.leftExpiresOn },
    },
    subscription,
    now,
  );
  return {
    keyId: key.id,
    lastCharacters: key.lastCharacters,
    product: key.product,
    seats: key.seats,
    subscriptionId: key.subscriptionId,
    redeemedAt: key.redeemedAt.toISOString(),
    undoableUntil: decision.undoableUntil.toISOString(),
    undoneAt: key.undoneAt?.toISOString() ?? null,
    undoRefusal: decision.allowed ? null : decision.reason,
  };
}

/** The company's redeemed keys, newest first: what can still be undone (AZ-11) and until when. */
export async function listRedemptions(
  db: Db,
  companyId: string,
  { limit }: ListOptions,
  now: Date,
): Promise<RedemptionRow[]> {
  const rows = await db
    .select({
      key: productKeys,
      subscription: {
        seats: licenseSubscriptions.seats,
        expiresOn: licenseSubscriptions.expiresOn,
      },
    })
    .from(productKeys)
    .innerJoin(licenseSubscriptions, eq(licenseSubscriptions.id, productKeys.subscriptionId))
    .where(and(eq(productKeys.companyId, companyId), isNotNull(productKeys.redeemedAt)))
    .orderBy(desc(productKeys.redeemedAt), asc(productKeys.id))
    .limit(limit);
  return rows.map((row) => redemptionRow(row.key as RedeemedKey, row.subscription, now));
}

const keyAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** 25 random letters and digits in five groups, like XXXXX-XXXXX-XXXXX-XXXXX-XXXXX (AZ-8). */
function newProductKeyText(): string {
  const characters = Array.from({ length: 25 }, () => keyAlphabet[randomInt(keyAlphabet.length)]);
  return characters.join('').replace(/(.{5})(?!$)/g, '$1-');
}

/**
 * AZ-11: reverts the subscription to what the redemption found, marks the redemption undone and
 * issues a one-time replacement key of the same product and seats. The key row is locked first,
 * then the subscription (the order redeemKey takes them), so concurrent undos run one at a time
 * and every one after the first sees `undone_at` and is refused.
 */
export async function undoRedemption(
  tx: Db,
  ctx: ActorContext,
  input: UndoRedemptionInput,
): Promise<UndoRedemptionResult> {
  const { companyId, userId } = ctx.session;
  const now = ctx.clock.now();
  const [key] = (await tx
    .select()
    .from(productKeys)
    .where(
      and(
        eq(productKeys.id, input.keyId),
        eq(productKeys.companyId, companyId),
        isNotNull(productKeys.redeemedAt),
      ),
    )
    .for('update')) as RedeemedKey[];
  if (!key) throw new AppError('NOT_FOUND', 'Redemption not found');
  const [subscription] = await tx
    .select()
    .from(licenseSubscriptions)
    .where(
      and(
        eq(licenseSubscriptions.id, key.subscriptionId),
        eq(licenseSubscriptions.companyId, companyId),
      ),
    )
    .for('update');
  if (!subscription) throw new AppError('NOT_FOUND', 'Subscription not found');
  const before = redemptionRow(key, subscription, now);
  if (before.undoRefusal)
    throw refused(before.undoRefusal, { details: { undoableUntil: before.undoableUntil } });

  // A subscription the key created goes back to holding nothing; the row stays for the history.
  const reverted =
    key.priorSeats === null
      ? { seats: 0, expiresOn: isoDay(now), status: 'disabled' as const }
      : {
          seats: key.priorSeats,
          startsOn: key.priorStartsOn!,
          expiresOn: key.priorExpiresOn!,
          status: key.priorStatus!,
        };
  await tx
    .update(licenseSubscriptions)
    .set(reverted)
    .where(eq(licenseSubscriptions.id, subscription.id));
  await tx
    .update(productKeys)
    .set({ undoneAt: now, undoneBy: userId })
    .where(eq(productKeys.id, key.id));
  const text = newProductKeyText();
  const [replacement] = await tx
    .insert(productKeys)
    .values({
      companyId,
      keyHash: productKeyHash(text),
      lastCharacters: text.slice(-5),
      product: key.product,
      seats: key.seats,
      offerType: key.offerType,
      benefitType: key.benefitType,
      expiresOn: key.expiresOn,
      replacesKeyId: key.id,
    })
    .returning({
      keyId: productKeys.id,
      lastCharacters: productKeys.lastCharacters,
      product: productKeys.product,
      seats: productKeys.seats,
    });
  const after = await getLicense(tx, companyId, subscription.id, now);
  const redemption = redemptionRow({ ...key, undoneAt: now }, after!, now);
  // The replacement key's text is never audited: only its id and last characters.
  await recordAudit(tx, ctx, {
    action: 'azureCloud.undoRedemption',
    targetType: 'product_key',
    targetId: key.id,
    targetName: key.product,
    before: {
      subscription: {
        id: subscription.id,
        seats: subscription.seats,
        startsOn: subscription.startsOn,
        expiresOn: subscription.expiresOn,
        status: subscription.status,
      },
      undoneAt: null,
    },
    after: { subscription: after, undoneAt: redemption.undoneAt, replacementKey: replacement },
  });
  return {
    redemption,
    subscription: after!,
    replacementKey: replacement!,
    replacementKeyText: text,
  };
}
