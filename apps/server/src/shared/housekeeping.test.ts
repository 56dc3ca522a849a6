import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { sessions } from '../modules/identity/schema.js';
import { idempotencyRecords, rateLimitBuckets } from '../db/platform-schema.js';
import { seed } from '../db/seed.js';
import { CONTOSO_ID, demoUsers } from '../db/seed-ids.js';
import { days, minutes } from '../test/clock.js';
import { testDatabases } from '../test/databases.js';
import { purgeExpired, retention } from './housekeeping.js';

const settings = { idleMinutes: 60, absoluteHours: 12 };
const now = new Date('2026-11-24T12:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);
const hours = (n: number) => minutes(60 * n);

describe.each(testDatabases())('housekeeping on $kind', ({ open }) => {
  let database: Database;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ database, dispose } = await open());
    await seed(database.db, now);
  });
  afterAll(() => dispose());

  it('deletes ended sessions, old counters and old idempotency records, and keeps the live ones', async () => {
    const { db } = database;
    const session = (
      tokenHash: string,
      lastSeenAt: Date,
      expiresAt: Date,
      revokedAt: Date | null = null,
    ) => ({
      tokenHash,
      userId: demoUsers.globalAdmin.id,
      companyId: CONTOSO_ID,
      createdAt: ago(hours(1)),
      lastSeenAt,
      expiresAt,
      revokedAt,
    });
    await db
      .insert(sessions)
      .values([
        session('live', ago(minutes(5)), new Date(now.getTime() + hours(11))),
        session('revoked', ago(minutes(5)), new Date(now.getTime() + hours(11)), ago(minutes(1))),
        session('past-absolute', ago(minutes(5)), ago(1)),
        session(
          'idle',
          ago(minutes(settings.idleMinutes + 1)),
          new Date(now.getTime() + hours(11)),
        ),
      ]);
    await db.insert(rateLimitBuckets).values([
      { key: 'signin:account:recent', count: 3, windowStart: ago(minutes(10)) },
      {
        key: 'signin:account:old',
        count: 5,
        windowStart: ago(hours(retention.rateLimitHours) + 1),
      },
    ]);
    const record = (key: string, createdAt: Date) => ({
      companyId: CONTOSO_ID,
      key,
      procedure: 'directory.add',
      requestHash: 'h',
      createdAt,
    });
    await db
      .insert(idempotencyRecords)
      .values([record('recent', ago(hours(1))), record('old', ago(days(1) + 1))]);

    expect(await purgeExpired(db, now, settings)).toEqual({
      sessions: 3,
      rateLimitBuckets: 1,
      idempotencyRecords: 1,
    });
    expect((await db.select({ t: sessions.tokenHash }).from(sessions)).map((r) => r.t)).toEqual([
      'live',
    ]);
    expect(
      (await db.select({ k: rateLimitBuckets.key }).from(rateLimitBuckets)).map((r) => r.k),
    ).toEqual(['signin:account:recent']);
    expect(
      (await db.select({ k: idempotencyRecords.key }).from(idempotencyRecords)).map((r) => r.k),
    ).toEqual(['recent']);
    // A second run finds nothing left to delete.
    expect(await purgeExpired(db, now, settings)).toEqual({
      sessions: 0,
      rateLimitBuckets: 0,
      idempotencyRecords: 0,
    });
  });
});
