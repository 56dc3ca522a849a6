// Usage-based subscriptions: Azure credit and who holds it (AZ-1…6, ROLE-3, MEM-4).
import type {
  AssignCreditInput,
  AzureCreditRow,
  AzureSubscription,
  ListOptions,
  RemoveCreditUserInput,
  TransferBulkCreditInput,
} from '@pbc/contract';
import {
  checkBulkTransfer,
  checkCreditAssignment,
  checkCreditTarget,
  checkCreditTransfer,
  checkCreditUserRemoval,
  isoDay,
} from '@pbc/rules';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { azureCreditHolders, azureCredits, azureSubscriptions } from './schema.js';
import { users } from '../identity/schema.js';
import { benefitPackages, membershipOffers } from '../membership/schema.js';
import { AppError, refused } from '../../errors.js';
import { recordAudit, type ActorContext } from '../audit/audit.js';
import { requireDirectoryUser } from '../identity/directory.js';
import {
  recordFirstUse,
  refundAtRiskOf,
  refundsAtRisk,
  requireActivationHere,
} from '../../shared/benefit-use.js';

const subscriptionColumns = {
  id: azureSubscriptions.id,
  name: azureSubscriptions.name,
  offer: azureSubscriptions.offer,
};

export function listAzureSubscriptions(db: Db, companyId: string): Promise<AzureSubscription[]> {
  return db
    .select(subscriptionColumns)
    .from(azureSubscriptions)
    .where(eq(azureSubscriptions.companyId, companyId))
    .orderBy(asc(azureSubscriptions.name), asc(azureSubscriptions.id));
}

/** AZ-5: the enrollment year of the offer whose package granted the credit. */
async function enrollmentYear(db: Db, packageId: string | null) {
  if (!packageId) return null;
  const [year] = await db
    .select({
      enrollmentStart: membershipOffers.enrollmentStart,
      anniversary: membershipOffers.anniversary,
    })
    .from(benefitPackages)
    .innerJoin(membershipOffers, eq(membershipOffers.id, benefitPackages.offerId))
    .where(eq(benefitPackages.id, packageId));
  return year ?? null;
}

type AzureCreditFacts = Pick<typeof azureCredits.$inferSelect, 'id' | 'kind' | 'packageId'>;

/** The company's credits (or the one `creditId`) with their holders, transfer window and refund at risk. */
async function selectCredits(
  db: Db,
  companyId: string,
  { limit }: ListOptions,
  now: Date,
  creditId?: string,
): Promise<AzureCreditRow[]> {
  const t = azureCredits;
  const rows = await db
    .select({
      id: t.id,
      kind: t.kind,
      amountMinor: t.amountMinor,
      currency: t.currency,
      packageId: t.packageId,
      offerType: t.offerType,
      benefitType: t.benefitType,
      expiresOn: t.expiresOn,
    })
    .from(t)
    .where(and(eq(t.companyId, companyId), creditId ? eq(t.id, creditId) : undefined))
    .orderBy(asc(t.kind), asc(t.offerType), asc(t.id))
    .limit(limit);
  const h = azureCreditHolders;
  const holders = rows.length
    ? await db
        .select({
          creditId: h.creditId,
          userId: h.userId,
          displayName: users.displayName,
          email: users.email,
          kind: users.kind,
          subscription: subscriptionColumns,
          assignedAt: h.assignedAt,
        })
        .from(h)
        .innerJoin(users, eq(users.id, h.userId))
        .innerJoin(azureSubscriptions, eq(azureSubscriptions.id, h.subscriptionId))
        .where(
          and(
            eq(h.companyId, companyId),
            inArray(
              h.creditId,
              rows.map((r) => r.id),
            ),
          ),
        )
        .orderBy(asc(users.displayName), asc(h.id))
    : [];
  const atRisk = await refundsAtRisk(db, companyId, now);
  const today = isoDay(now);
  return Promise.all(
    rows.map(async ({ amountMinor, currency, packageId, ...row }) => {
      const year = row.kind === 'bulk' ? await enrollmentYear(db, packageId) : null;
      const transfer = year ? checkBulkTransfer(year, today) : null;
      return {
        ...row,
        amount: { amountMinor, currency },
        holders: holders
          .filter((holder) => holder.creditId === row.id)
          .map(({ creditId: _credit, assignedAt, ...holder }) => ({
            ...holder,
            assignedAt: assignedAt.toISOString(),
          })),
        transfer: transfer ? { open: transfer.allowed, lastDay: transfer.lastDay } : null,
        refundAtRisk: refundAtRiskOf(atRisk, packageId),
      };
    }),
  );
}

export const listAzureCredits = (db: Db, companyId: string, input: ListOptions, now: Date) =>
  selectCredits(db, companyId, input, now);

async function getCredit(db: Db, companyId: string, creditId: string, now: Date) {
  const [credit] = await selectCredits(db, companyId, { limit: 1 }, now, creditId);
  if (!credit) throw new AppError('NOT_FOUND', 'Credit not found');
  return credit;
}

/** Locks the credit row so changes of its holders run one at a time (one bulk holder, AZ-5). */
async function lockCredit(tx: Db, companyId: string, creditId: string): Promise<AzureCreditFacts> {
  const [credit] = await tx
    .select({
      id: azureCredits.id,
      kind: azureCredits.kind,
      packageId: azureCredits.packageId,
    })
    .from(azureCredits)
    .where(and(eq(azureCredits.id, creditId), eq(azureCredits.companyId, companyId)))
    .for('update');
  if (!credit) throw new AppError('NOT_FOUND', 'Credit not found');
  return credit;
}

async function audited(
  tx: Db,
  ctx: ActorContext,
  action: string,
  creditId: string,
  before: AzureCreditRow,
): Promise<AzureCreditRow> {
  const after = await getCredit(tx, ctx.session.companyId, creditId, ctx.clock.now());
  await recordAudit(tx, ctx, {
    action,
    targetType: 'azure_credit',
    targetId: creditId,
    before: { holders: before.holders },
    after: { holders: after.holders },
  });
  return after;
}

/** AZ-3/AZ-6, ROLE-3: give a directory user access to the credit on one of the company's subscriptions. */
export async function assignCredit(
  tx: Db,
  ctx: ActorContext,
  input: AssignCreditInput,
): Promise<AzureCreditRow> {
  const { companyId } = ctx.session;
  const now = ctx.clock.now();
  const credit = await lockCredit(tx, companyId, input.creditId);
  await requireActivationHere(tx, companyId);
  await requireDirectoryUser(tx, companyId, input.userId);
  const [subscription] = await tx
    .select(subscriptionColumns)
    .from(azureSubscriptions)
    .where(
      and(
        eq(azureSubscriptions.id, input.subscriptionId),
        eq(azureSubscriptions.companyId, companyId),
      ),
    );
  if (!subscription)
    throw new AppError('NOT_FOUND', 'Subscription not found', {
      fieldErrors: { subscriptionId: ['Choose one of your Azure subscriptions'] },
    });
  const target = checkCreditTarget(credit.kind, subscription.offer);
  if (!target.allowed)
    throw refused(target.reason, { details: { offer: target.offer }, field: 'subscriptionId' });
  const before = await getCredit(tx, companyId, credit.id, now);
  const assignment = checkCreditAssignment({
    kind: credit.kind,
    holderCount: before.holders.length,
  });
  if (!assignment.allowed) throw refused(assignment.reason);
  const inserted = await tx
    .insert(azureCreditHolders)
    .values({
      companyId,
      creditId: credit.id,
      userId: input.userId,
      subscriptionId: subscription.id,
      assignedAt: now,
    })
    .onConflictDoNothing()
    .returning({ id: azureCreditHolders.id });
  if (inserted.length === 0) throw refused('CREDIT_ALREADY_HELD', { field: 'userId' });
  // MEM-4: giving access activates the credit, which ends the refund of its package.
  await recordFirstUse(tx, ctx, credit.packageId, 'activated');
  return audited(tx, ctx, 'azureCloud.assignCredit', credit.id, before);
}

/** AZ-4: monthly credit users can be removed at any time; bulk credit has no remove (AZ-5). */
export async function removeCreditUser(
  tx: Db,
  ctx: ActorContext,
  input: RemoveCreditUserInput,
): Promise<AzureCreditRow> {
  const { companyId } = ctx.session;
  const credit = await lockCredit(tx, companyId, input.creditId);
  const removal = checkCreditUserRemoval(credit.kind);
  if (!removal.allowed) throw refused(removal.reason);
  const before = await getCredit(tx, companyId, credit.id, ctx.clock.now());
  const removed = await tx
    .delete(azureCreditHolders)
    .where(
      and(
        eq(azureCreditHolders.creditId, credit.id),
        eq(azureCreditHolders.userId, input.userId),
        eq(azureCreditHolders.companyId, companyId),
      ),
    )
    .returning({ id: azureCreditHolders.id });
  if (removed.length === 0)
    throw new AppError('NOT_FOUND', 'This user has no access to this credit', {
      fieldErrors: { userId: ['This user has no access to this credit'] },
    });
  return audited(tx, ctx, 'azureCloud.removeCreditUser', credit.id, before);
}

/** AZ-5: bulk credit moves to another directory user, during the enrollment year only. */
export async function transferBulkCredit(
  tx: Db,
  ctx: ActorContext,
  input: TransferBulkCreditInput,
): Promise<AzureCreditRow> {
  const { companyId } = ctx.session;
  const now = ctx.clock.now();
  const credit = await lockCredit(tx, companyId, input.creditId);
  await requireActivationHere(tx, companyId);
  await requireDirectoryUser(tx, companyId, input.toUserId, 'toUserId');
  const before = await getCredit(tx, companyId, credit.id, now);
  const transfer = checkCreditTransfer(
    {
      kind: credit.kind,
      transferOpen: before.transfer?.open ?? false,
      holderId: before.holders[0]?.userId ?? null,
    },
    input.toUserId,
  );
  if (!transfer.allowed)
    throw refused(transfer.reason, {
      details: { lastDay: before.transfer?.lastDay ?? null },
      ...(transfer.reason === 'TRANSFER_TO_SAME_USER' ? { field: 'toUserId' } : {}),
    });
  await tx
    .update(azureCreditHolders)
    .set({ userId: input.toUserId, assignedAt: now })
    .where(
      and(eq(azureCreditHolders.creditId, credit.id), eq(azureCreditHolders.companyId, companyId)),
    );
  return audited(tx, ctx, 'azureCloud.transferBulkCredit', credit.id, before);
}
