// Fixed-window attempt counters in the database (several server instances share them): failed
// sign-ins and unknown product keys. An attempt is taken before the check it guards, in one
// statement per bucket, so concurrent or batched calls cannot all pass a count read earlier; the
// caller gives it back when the outcome was not a failure.
import { and, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { rateLimitBuckets } from '../db/platform-schema.js';
import { AppError } from '../errors.js';

export interface Limit {
  /** Bucket key, e.g. `signin:account:<email>`. */
  key: string;
  max: number;
  windowMinutes: number;
}

/** The attempts taken, one per bucket, each in the window it was counted in. */
export type Reservation = readonly { key: string; windowStart: Date }[];

export type AttemptDecision =
  { allowed: true; reservation: Reservation } | { allowed: false; retryAfterMinutes: number };

const minuteMs = 60_000;
const b = rateLimitBuckets;

/**
 * Takes one attempt from every bucket of `limits`, or none when one of them is exhausted. Each
 * bucket's check and count are one `INSERT … ON CONFLICT DO UPDATE … WHERE`: PostgreSQL runs it
 * on the row's latest version under its lock, so of N concurrent callers exactly the free
 * attempts pass. A bucket whose window has passed starts a new one.
 */
export async function takeAttempt(db: Db, limits: Limit[], now: Date): Promise<AttemptDecision> {
  const taken: { key: string; windowStart: Date }[] = [];
  for (const limit of limits) {
    // Raw SQL parameters go as ISO text, which every driver passes the same way.
    const windowStartedBefore = new Date(now.getTime() - limit.windowMinutes * minuteMs);
    const expired = sql`${b.windowStart} <= ${windowStartedBefore.toISOString()}::timestamptz`;
    const [row] = await db
      .insert(b)
      .values({ key: limit.key, count: 1, windowStart: now })
      .onConflictDoUpdate({
        target: b.key,
        set: {
          count: sql`case when ${expired} then 1 else ${b.count} + 1 end`,
          windowStart: sql`case when ${expired} then ${now.toISOString()}::timestamptz else ${b.windowStart} end`,
        },
        setWhere: sql`${b.count} < ${limit.max} or ${expired}`,
      })
      .returning({ key: b.key, windowStart: b.windowStart });
    if (!row) {
      // Refused calls are not attempts: the buckets already taken get theirs back.
      await giveBack(db, taken);
      return { allowed: false, retryAfterMinutes: await minutesUntilOpen(db, limit, now) };
    }
    taken.push(row);
  }
  return { allowed: true, reservation: taken };
}

/**
 * Returns attempts that turned out not to be failures; a bucket that has restarted since keeps its
 * count. One row per statement, in key order: one UPDATE over several buckets locks its rows in
 * scan order, and concurrent give-backs sharing the company's bucket deadlocked (AZ-8 test).
 */
export async function giveBack(db: Db, reservation: Reservation): Promise<void> {
  const byKey = [...reservation].sort((x, y) => x.key.localeCompare(y.key));
  for (const { key, windowStart } of byKey) {
    await db
      .update(b)
      .set({ count: sql`${b.count} - 1` })
      .where(and(gt(b.count, 0), eq(b.key, key), eq(b.windowStart, windowStart)));
  }
}

async function minutesUntilOpen(db: Db, limit: Limit, now: Date): Promise<number> {
  const [row] = await db.select().from(b).where(eq(b.key, limit.key));
  const opensAt = (row?.windowStart.getTime() ?? now.getTime()) + limit.windowMinutes * minuteMs;
  return Math.max(1, Math.ceil((opensAt - now.getTime()) / minuteMs));
}

/** RATE_LIMITED with when to try again: `Too many attempts, try again in 15 minutes`. */
export function rateLimited(what: string, minutes: number): AppError {
  return new AppError(
    'RATE_LIMITED',
    `${what}, try again in ${minutes} minute${minutes === 1 ? '' : 's'}`,
    {
      details: { retryAfterMinutes: minutes },
    },
  );
}
