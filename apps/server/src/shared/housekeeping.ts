// Housekeeping: rows that only matter for a while are deleted once they cannot matter any more,
// so the session, rate-limit and idempotency tables stay small however long the server runs.
import { isNotNull, lt, or } from 'drizzle-orm';
import type { SessionSettings } from '../config.js';
import type { Db } from '../db/database.js';
import { sessions } from '../modules/identity/schema.js';
import { idempotencyRecords, rateLimitBuckets } from '../db/platform-schema.js';

const hourMs = 60 * 60_000;

/** How long a finished row is kept. */
export const retention = {
  /** A retried mutation replays its first answer for this long; later it runs again. */
  idempotencyHours: 24,
  /** Longer than any rate-limit window, so no live counter is reset early. */
  rateLimitHours: 24,
} as const;

export interface Purged {
  sessions: number;
  rateLimitBuckets: number;
  idempotencyRecords: number;
}

/** Deletes ended sessions (revoked, past their absolute or idle limit), old counters and old idempotency records. */
export async function purgeExpired(db: Db, now: Date, settings: SessionSettings): Promise<Purged> {
  const before = (ms: number) => new Date(now.getTime() - ms);
  const ended = await db
    .delete(sessions)
    .where(
      or(
        isNotNull(sessions.revokedAt),
        lt(sessions.expiresAt, now),
        lt(sessions.lastSeenAt, before(settings.idleMinutes * 60_000)),
      ),
    )
    .returning({ id: sessions.id });
  const counters = await db
    .delete(rateLimitBuckets)
    .where(lt(rateLimitBuckets.windowStart, before(retention.rateLimitHours * hourMs)))
    .returning({ key: rateLimitBuckets.key });
  const replies = await db
    .delete(idempotencyRecords)
    .where(lt(idempotencyRecords.createdAt, before(retention.idempotencyHours * hourMs)))
    .returning({ id: idempotencyRecords.id });
  return {
    sessions: ended.length,
    rateLimitBuckets: counters.length,
    idempotencyRecords: replies.length,
  };
}
