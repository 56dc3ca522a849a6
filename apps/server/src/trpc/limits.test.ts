// Rate limits that neither concurrency nor batching walks through: sign-in (5 failures per
// account, 20 per address, 15 min) and unknown product keys (AZ-8: 10 per user, 30 per company)
// take an attempt before the check, in one statement; a batched HTTP request carries at most a
// few calls and never more than one mutation. Concurrency is real on PostgreSQL only.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import type { Database } from '../db/database.js';
import { seed } from '../db/seed.js';
import {
  CONTOSO_ADMIN_ID,
  DEMO_PASSWORD,
  demoProductKeys,
  demoUsers,
  seedId,
} from '../db/seed-ids.js';
import { testClock } from '../test/clock.js';
import { testDatabases } from '../test/databases.js';
import { failure } from '../test/failure.js';
import { sessionOf } from '../test/sessions.js';
import type { Clock, Session } from './context.js';
import { createContextInner } from './context.js';
import { createCaller } from './router.js';

/** How many calls ended with each outcome: `OK` or the tRPC error code. */
async function outcomes(calls: Promise<unknown>[]): Promise<Record<string, number>> {
  const settled = await Promise.allSettled(calls);
  const tally: Record<string, number> = {};
  for (const result of settled) {
    const outcome =
      result.status === 'fulfilled' ? 'OK' : (await failure(Promise.reject(result.reason))).code;
    tally[outcome] = (tally[outcome] ?? 0) + 1;
  }
  return tally;
}

describe.each(testDatabases())('limits on $kind', ({ kind, open }) => {
  let database: Database;
  let dispose: () => Promise<void>;
  let app: FastifyInstance;
  let keyUsers: Session[];
  // Every test starts a day after the previous one, so no window of one test is open in the next.
  let day = 0;
  const nextClock = () => testClock(new Date(Date.UTC(2026, 10, 24 + ++day, 9)));
  let address = 0;
  const nextAddress = () => `198.51.100.${++address}`;

  beforeAll(async () => {
    ({ database, dispose } = await open({ maxConnections: 20 }));
    await seed(database.db, new Date('2026-11-24T09:00:00Z'));
    app = await buildApp({ db: database.db, logLevel: 'silent' });
    // Contoso users who may redeem keys (ROLE-4).
    keyUsers = await Promise.all(
      [
        demoUsers.partnerAdmin.id,
        demoUsers.globalAdmin.id,
        CONTOSO_ADMIN_ID,
        seedId('user', 1, 2),
      ].map((id) => sessionOf(database.db, id)),
    );
  });
  afterAll(async () => {
    await app.close();
    await dispose();
  });

  const signIn = (clock: Clock, email: string, password: string, clientAddress: string) =>
    createCaller(
      createContextInner({ db: database.db, clock, request: { clientAddress } }),
    ).auth.signIn({
      email,
      password,
    });
  const preview = (clock: Clock, session: Session, key: string) =>
    createCaller(
      createContextInner({ db: database.db, clock, session }),
    ).azureCloud.previewRedemption({
      key,
      subscriptionId: null,
    });
  const guess = (n: number) => `GUESS-${String(n).padStart(5, '0')}-QQQQQ-QQQQQ-QQQQQ`;

  it('a successful sign-in gives back its own attempt only: 4 failures, a success and 1 failure limit the account', async () => {
    const clock = nextClock();
    const { email } = demoUsers.agent;
    const from = nextAddress();
    for (let i = 0; i < 4; i++)
      expect((await failure(signIn(clock, email, 'nope', from))).code).toBe('UNAUTHORIZED');
    await signIn(clock, email, DEMO_PASSWORD, from);
    expect((await failure(signIn(clock, email, 'nope', from))).code).toBe('UNAUTHORIZED');
    // Five failures in the window: the right password waits too.
    expect((await failure(signIn(clock, email, DEMO_PASSWORD, from))).code).toBe(
      'TOO_MANY_REQUESTS',
    );
  });

  it('AZ-8 a key of the company is no guess: previewing one 15 times limits nobody', async () => {
    const clock = nextClock();
    for (let i = 0; i < 15; i++) await preview(clock, keyUsers[0]!, demoProductKeys.office400);
    expect((await failure(preview(clock, keyUsers[0]!, guess(1)))).code).toBe('NOT_FOUND');
  });

  if (kind === 'postgres') {
    it('30 concurrent wrong sign-ins to one account: exactly 5 passwords checked, 25 refused', async () => {
      const clock = nextClock();
      const from = nextAddress();
      const tally = await outcomes(
        Array.from({ length: 30 }, () => signIn(clock, demoUsers.employee.email, 'nope', from)),
      );
      expect(tally).toEqual({ UNAUTHORIZED: 5, TOO_MANY_REQUESTS: 25 });
    });

    it('9 wrong passwords and the right one at once: 5 checked, 5 refused', async () => {
      const clock = nextClock();
      const from = nextAddress();
      const { email } = demoUsers.userAdmin;
      const tally = await outcomes([
        ...Array.from({ length: 9 }, () => signIn(clock, email, 'nope', from)),
        signIn(clock, email, DEMO_PASSWORD, from),
      ]);
      expect((tally.UNAUTHORIZED ?? 0) + (tally.OK ?? 0)).toBe(5);
      expect(tally.TOO_MANY_REQUESTS).toBe(5);
    });

    it('30 concurrent wrong sign-ins from one address to 30 accounts: exactly 20 checked', async () => {
      const clock = nextClock();
      const from = nextAddress();
      const tally = await outcomes(
        Array.from({ length: 30 }, (_, i) =>
          signIn(clock, `nobody${i}@contoso.example`, 'nope', from),
        ),
      );
      expect(tally).toEqual({ UNAUTHORIZED: 20, TOO_MANY_REQUESTS: 10 });
    });

    it('AZ-8 40 concurrent unknown keys from one user: exactly 10 looked up, 30 refused', async () => {
      const clock = nextClock();
      const tally = await outcomes(
        Array.from({ length: 40 }, (_, n) => preview(clock, keyUsers[0]!, guess(n))),
      );
      expect(tally).toEqual({ NOT_FOUND: 10, TOO_MANY_REQUESTS: 30 });
    });

    it('AZ-8 40 concurrent unknown keys from four users of one company: exactly 30 looked up', async () => {
      const clock = nextClock();
      const tally = await outcomes(
        keyUsers.flatMap((session) =>
          Array.from({ length: 10 }, (_, n) => preview(clock, session, guess(n))),
        ),
      );
      expect(tally).toEqual({ NOT_FOUND: 30, TOO_MANY_REQUESTS: 10 });
    });
  }

  describe('batched requests', () => {
    const batch = (paths: string[], inputs: unknown[]) =>
      app.inject({
        method: 'POST',
        url: `/trpc/${paths.join(',')}?batch=1`,
        remoteAddress: nextAddress(),
        payload: Object.fromEntries(inputs.map((input, i) => [i, input])),
      });

    it('refuses a batch of 10 sign-ins with 400, before any password is checked', async () => {
      const { email } = demoUsers.partnerAdmin;
      const res = await batch(
        Array.from({ length: 10 }, () => 'auth.signIn'),
        Array.from({ length: 9 }, () => ({ email, password: 'nope' })).concat({
          email,
          password: DEMO_PASSWORD,
        }),
      );
      expect(res.statusCode).toBe(400);
      expect(res.cookies).toEqual([]);
      const errors = res.json() as { error: { message: string; data: { code: string } } }[];
      expect(errors).toHaveLength(10);
      for (const { error } of errors) {
        expect(error.data.code).toBe('BAD_REQUEST');
        expect(error.message).toMatch(/one per request/);
      }
      // Nothing was counted: five wrong passwords are still checked one by one.
      const clock = testClock();
      const from = nextAddress();
      for (let i = 0; i < 5; i++)
        expect((await failure(signIn(clock, email, 'nope', from))).code).toBe('UNAUTHORIZED');
    });

    it('refuses a mutation batched with a query; takes a mutation alone in the batch format (the SDK’s)', async () => {
      const mixed = await batch(
        ['auth.me', 'auth.signIn'],
        [{}, { email: demoUsers.guest.email, password: DEMO_PASSWORD }],
      );
      expect(mixed.statusCode).toBe(400);
      expect(mixed.cookies).toEqual([]);
      const alone = await batch(
        ['auth.signIn'],
        [{ email: demoUsers.guest.email, password: DEMO_PASSWORD }],
      );
      expect(alone.statusCode).toBe(200);
      expect(alone.cookies.map((c) => c.name)).toEqual(['pbc_session']);
    });

    it('answers a batch of 10 queries and refuses 11 with 400', async () => {
      const queries = (n: number) =>
        app.inject({
          method: 'GET',
          url: `/trpc/${Array.from({ length: n }, () => 'auth.me').join(',')}?batch=1`,
        });
      const ten = await queries(10);
      expect(ten.statusCode).toBe(200);
      expect(ten.json()).toHaveLength(10);
      const eleven = await queries(11);
      expect(eleven.statusCode).toBe(400);
      expect(eleven.json().error).toMatchObject({
        message: 'Batch call exceeds maximum size',
        data: { code: 'BAD_REQUEST' },
      });
    });
  });
});
