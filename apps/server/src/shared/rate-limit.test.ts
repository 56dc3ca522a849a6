// The attempt counters under concurrency (failed sign-ins, unknown product keys; issue 10's limits):
// many callers of one company take and give back attempts at once; every bucket ends where it
// began and no statement fails. One UPDATE over several buckets deadlocked here on PostgreSQL
// (40P01, a few in 1,500 calls), which a caller saw as a 500.
import { inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rateLimitBuckets } from '../db/platform-schema.js';
import { testDatabases } from '../test/databases.js';
import { giveBack, takeAttempt } from './rate-limit.js';

describe.each(testDatabases())('attempt counters on $kind', ({ open }) => {
  it('1,500 concurrent takes and give-backs over three users and their company: no failure, every count back to 0', async () => {
    const { database, dispose } = await open();
    try {
      const db = database.db;
      const now = new Date();
      const keys = ['user:a', 'user:b', 'user:c', 'company:x'].map((k) => `test-attempts:${k}`);
      const limits = (user: number) => [
        { key: keys[user]!, max: 1000, windowMinutes: 15 },
        { key: keys[3]!, max: 1000, windowMinutes: 15 },
      ];
      const failures: unknown[] = [];
      for (let round = 0; round < 50; round++) {
        const results = await Promise.allSettled(
          Array.from({ length: 30 }, async (_, i) => {
            const decision = await takeAttempt(db, limits(i % 3), now);
            if (decision.allowed) await giveBack(db, decision.reservation);
          }),
        );
        failures.push(...results.filter((r) => r.status === 'rejected').map((r) => r.reason));
      }
      expect(failures).toEqual([]);
      const buckets = await db
        .select({ count: rateLimitBuckets.count })
        .from(rateLimitBuckets)
        .where(inArray(rateLimitBuckets.key, keys));
      expect(buckets.map((b) => b.count)).toEqual([0, 0, 0, 0]);
    } finally {
      await dispose();
    }
  });
});
