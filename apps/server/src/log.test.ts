// Error logs carry no SQL parameters: a failed query's values (password hashes, session token
// hashes) are redacted wherever they appear, while the SQL and the database's reason stay.
import { TRPCError } from '@trpc/server';
import { eq, sql } from 'drizzle-orm';
import pino from 'pino';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './db/database.js';
import { sessions, users } from './modules/identity/schema.js';
import { loggerOptions } from './log.js';
import { openDatabase } from './db/database.js';

const tokenHash = 'c2Vzc2lvbi10b2tlbi1oYXNoLW9mLXNvbWVvbmUtZWxzZQ';
const passwordHash = 'scrypt$32768$8$1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA';

/** What the server's logger writes for `log.error({ err }, …)`. */
function logged(err: unknown): string {
  let out = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      out += String(chunk);
      done();
    },
  });
  pino(loggerOptions('info'), stream).error({ err }, 'tRPC procedure failed');
  return out;
}

describe('error logs', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openDatabase({});
    await database.migrate();
  });
  afterAll(() => database.close());

  /** The error a failed query rejects with, wrapped as tRPC wraps it for `onError`. */
  const failedQuery = (query: Promise<unknown>) =>
    query.then(
      () => {
        throw new Error('the query was meant to fail');
      },
      (cause: unknown) => new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause }),
    );

  it('leave out the parameters of a failed session lookup, keeping the SQL and the reason', async () => {
    const error = await failedQuery(
      database.db.select().from(sessions).where(eq(sessions.id, tokenHash)),
    );
    const line = logged(error);
    expect(line).not.toContain(tokenHash);
    expect(line).toContain('params: [redacted]');
    expect(line).toContain('from \\"sessions\\"');
    expect(line).toContain('invalid input syntax for type uuid');
  });

  it('leave out a password hash written by a failing insert, and the params of a query error logged bare', async () => {
    const insert = database.db.insert(users).values({
      companyId: 'not-a-company',
      email: 'x@contoso.example',
      displayName: 'X',
      passwordHash,
    });
    const wrapped = await failedQuery(insert);
    expect(logged(wrapped)).not.toContain(passwordHash);
    const bare = (wrapped as TRPCError).cause;
    const line = logged(bare);
    expect(line).not.toContain(passwordHash);
    expect(JSON.parse(line).err.params).toBe('[redacted]');
  });

  it('keep errors that hold no parameters as they are', async () => {
    const error = await failedQuery(database.db.execute(sql`select 1 from no_such_table`));
    expect(JSON.parse(logged(error)).err.message).toContain(
      'relation "no_such_table" does not exist',
    );
  });
});
