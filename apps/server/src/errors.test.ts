import { TRPCError } from '@trpc/server';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from './db/database.js';
import { companies, users } from './modules/identity/schema.js';
import { vsSeatAssignments } from './modules/visual-studio/schema.js';
import { seed } from './db/seed.js';
import { CONTOSO_ID, demoUsers, seedId } from './db/seed-ids.js';
import { AppError, databaseRefusal, databaseUnavailable, toClientError } from './errors.js';
import { testDatabases } from './test/databases.js';

/** What a statement rejected with. */
const rejection = (statement: Promise<unknown>) =>
  statement.then(
    () => {
      throw new Error('the statement succeeded');
    },
    (error: unknown) => error,
  );

describe('an unreachable database is recognised in one place', () => {
  it('by socket codes, SQLSTATEs of shutdown and connection failure, and node-postgres messages', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), {
      code: 'ECONNREFUSED',
    });
    const unavailable = [
      refused,
      new AggregateError([refused], 'every address refused'),
      Object.assign(new Error('terminating connection due to administrator command'), {
        code: '57P01',
      }),
      Object.assign(new Error('the database system is starting up'), { code: '57P03' }),
      Object.assign(new Error('connection failure'), { code: '08006' }),
      new Error('Connection terminated unexpectedly'),
      new Error('timeout exceeded when trying to connect'),
      // drizzle wraps the driver's error
      new Error('Failed query: select 1', { cause: refused }),
    ];
    for (const error of unavailable) expect(databaseUnavailable(error)).toBe(true);
    for (const error of [
      new Error('boom'),
      Object.assign(new Error('duplicate key'), { code: '23505' }),
      null,
      'ECONNREFUSED',
    ])
      expect(databaseUnavailable(error)).toBe(false);
  });

  it('becomes SERVICE_UNAVAILABLE with a message that says to try again', () => {
    const error = toClientError(
      new TRPCError({
        code: 'INTERNAL_SERVER_ERROR',
        cause: Object.assign(new Error('x'), { code: '57P01' }),
      }),
    );
    expect(error.code).toBe('SERVICE_UNAVAILABLE');
    expect(error.message).toMatch(/try again/);
    expect(error.cause).toBeInstanceOf(AppError);
  });
});

describe.each(testDatabases())('database refusals become typed 4xx on $kind', ({ open }) => {
  let db: Db;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    const opened = await open();
    db = opened.database.db;
    dispose = opened.dispose;
    await seed(db);
  });
  afterAll(() => dispose());

  it('a unique violation is CONFLICT ALREADY_EXISTS at the column it names', async () => {
    const error = await rejection(
      db.insert(users).values({
        companyId: CONTOSO_ID,
        email: demoUsers.employee.email,
        displayName: 'Twin',
        kind: 'member',
        createdAt: new Date(),
      }),
    );
    expect(databaseRefusal(error)).toMatchObject({
      code: 'CONFLICT',
      extras: {
        details: { reason: 'ALREADY_EXISTS' },
        fieldErrors: { email: ['This already exists'] },
      },
    });
    expect(toClientError(new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause: error })).code).toBe(
      'CONFLICT',
    );
  });

  it('a missing referenced row is NOT_FOUND; a row still referenced is CONFLICT', async () => {
    const missing = await rejection(
      db.insert(vsSeatAssignments).values({
        companyId: CONTOSO_ID,
        subscriptionId: '00000000-0000-4000-8000-000000000000',
        userId: seedId('user', 1, 3),
        assignedAt: new Date(),
      }),
    );
    expect(databaseRefusal(missing)).toMatchObject({
      code: 'NOT_FOUND',
      extras: { details: { reason: 'REFERENCE_NOT_FOUND' } },
    });
    const referenced = await rejection(db.delete(companies).where(eq(companies.id, CONTOSO_ID)));
    expect(databaseRefusal(referenced)).toMatchObject({
      code: 'CONFLICT',
      extras: { details: { reason: 'STILL_REFERENCED' } },
    });
  });

  it('a value the column cannot hold (bad text for a type, out of range) is VALIDATION', async () => {
    for (const statement of [
      sql`select 'not-a-uuid'::uuid`,
      sql`select '0000-01-01'::timestamptz`,
      sql`select 99999999999::int4`,
    ])
      expect(databaseRefusal(await rejection(db.execute(statement)))).toMatchObject({
        code: 'VALIDATION',
        extras: { details: { reason: 'VALUE_NOT_STORABLE' } },
      });
  });

  it('leaves other errors alone: they stay 500s, logged', () => {
    expect(databaseRefusal(new Error('boom'))).toBeNull();
    const internal = new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause: new Error('boom') });
    expect(toClientError(internal)).toBe(internal);
  });
});
