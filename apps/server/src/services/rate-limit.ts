// Fixed-window counters in the database (several server instances share them), used for failed sign-ins.
import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { rateLimitBuckets } from '../db/schema.js';

export interface Limit {
  /** Bucket key, e.g. `signin:account:<email>`. */
  key: string;
  max: number;
  windowMinutes: number;
}

const minuteMs = 60_000;

/** Minutes until the first exhausted bucket of `limits` opens again; null when none is exhausted. */
export async function minutesUntilAllowed(
  db: Db,
  limits: Limit[],
  now: Date,
): Promise<number | null> {
  const rows = await db
    .select()
    .from(rateLimitBuckets)
    .where(
      inArray(
        rateLimitBuckets.key,
        limits.map((l) => l.key),
      ),
    );
  let wait = 0;
  for (const limit of limits) {
    const row = rows.find((r) => r.key === limit.key);
    if (!row || row.count < limit.max) continue;
    const opensAt = row.windowStart.getTime() + limit.windowMinutes * minuteMs;
    wait = Math.max(wait, opensAt - now.getTime());
  }
  return wait > 0 ? Math.ceil(wait / minuteMs) : null;
}

/** Counts one event in each bucket; a bucket whose window has passed starts a new one. */
export async function hit(db: Db, limits: Limit[], now: Date): Promise<void> {
  for (const limit of limits) {
    // Raw SQL parameters are sent as text: postgres-js does not serialize a Date there.
    const windowStartedBefore = new Date(now.getTime() - limit.windowMinutes * minuteMs);
    const expired = sql`${rateLimitBuckets.windowStart} <= ${windowStartedBefore.toISOString()}::timestamptz`;
    await db
      .insert(rateLimitBuckets)
      .values({ key: limit.key, count: 1, windowStart: now })
      .onConflictDoUpdate({
        target: rateLimitBuckets.key,
        set: {
          count: sql`case when ${expired} then 1 else ${rateLimitBuckets.count} + 1 end`,
          windowStart: sql`case when ${expired} then ${now.toISOString()}::timestamptz else ${rateLimitBuckets.windowStart} end`,
        },
      });
  }
}

export async function reset(db: Db, limits: Limit[]): Promise<void> {
  await db.delete(rateLimitBuckets).where(
    inArray(
      rateLimitBuckets.key,
      limits.map((l) => l.key),
    ),
  );
}
