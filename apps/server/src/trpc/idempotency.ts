// a mutation retried with the same Idempotency-Key runs once and answers the first response.
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { idempotencyRecords } from '../db/platform-schema.js';
import { refused } from '../errors.js';

export type Claim = { kind: 'first' } | { kind: 'replay'; response: unknown };

export function requestHash(input: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(input ?? null))
    .digest('hex');
}

/**
 * Inside the mutation's transaction: claims the key, or finds the earlier request that did.
 * On PostgreSQL a concurrent claim of the same key waits on the unique index until the first
 * transaction ends, then replays its response (or claims the key if it rolled back).
 */
export async function claimIdempotencyKey(
  tx: Db,
  record: { companyId: string; key: string; procedure: string; requestHash: string; now: Date },
): Promise<Claim> {
  const { now, ...values } = record;
  const inserted = await tx
    .insert(idempotencyRecords)
    .values({ ...values, createdAt: now })
    .onConflictDoNothing()
    .returning({ id: idempotencyRecords.id });
  if (inserted.length > 0) return { kind: 'first' };
  const [earlier] = await tx
    .select()
    .from(idempotencyRecords)
    .where(
      and(
        eq(idempotencyRecords.companyId, record.companyId),
        eq(idempotencyRecords.key, record.key),
      ),
    );
  if (earlier?.procedure !== record.procedure || earlier.requestHash !== record.requestHash)
    throw refused('IDEMPOTENCY_KEY_REUSED');
  return { kind: 'replay', response: earlier.response };
}

export async function storeIdempotentResponse(
  tx: Db,
  record: { companyId: string; key: string; response: unknown },
): Promise<void> {
  await tx
    .update(idempotencyRecords)
    .set({ response: record.response ?? null })
    .where(
      and(
        eq(idempotencyRecords.companyId, record.companyId),
        eq(idempotencyRecords.key, record.key),
      ),
    );
}
