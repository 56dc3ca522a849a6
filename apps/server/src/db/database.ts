import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.js';

/**
 * The driver-independent database services use; PGlite and PostgreSQL share one schema, whose
 * tables live with their modules (`modules/<id>/schema.ts`). Queries name their tables, so the
 * handle carries no schema of its own.
 */
export type Db = PgDatabase<PgQueryResultHKT>;

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  kind: DatabaseKind;
  /** Applies the committed migrations in apps/server/drizzle. */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** `postgres://…` selects PostgreSQL; otherwise PGlite is used. */
  databaseUrl?: string | undefined;
  /** PGlite data folder; `undefined` keeps the database in memory (tests). */
  pgliteDir?: string | undefined;
  /** PostgreSQL pool size (default 10); concurrency tests and benchmarks raise it. */
  maxConnections?: number | undefined;
  /** Told when PostgreSQL drops a connection outside a query (it restarted, an admin ended it). */
  onConnectionLost?: ((error: Error) => void) | undefined;
}

/**
 * How long a call waits for a pooled connection before it fails (and answers 503): an unreachable
 * host or a pool taken by stuck transactions must not hang requests. A refused connection fails
 * at once, so service resumes with the first call after PostgreSQL is back.
 */
const connectionTimeoutMs = 3_000;
/** How long `close()` waits for checked-out connections to come back. */
const closeTimeoutMs = 5_000;

const migrationsFolder = path.resolve(import.meta.dirname, '../../drizzle');

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.maxConnections ?? 10,
      connectionTimeoutMillis: connectionTimeoutMs,
      // Prepared statements (see `prepareStatements`) are still planned for their values on
      // every call: a generic plan, which PostgreSQL would pick after five calls, reads the whole
      // directory for a rare search term (an index walk in name order, filtering every row).
      options: '-c plan_cache_mode=force_custom_plan',
    });
    // node-postgres reports a connection lost while no query runs on it as an `error` event: on
    // the pool for an idle connection, on the client itself for one checked out (a transaction
    // between two statements). Unheard, an `error` event ends the process. The statement in
    // flight, if any, has already failed with the error, and the pool drops the dead connection.
    pool.on('connect', (client) => {
      client.on('error', (error) => options.onConnectionLost?.(error));
      prepareStatements(client);
    });
    // The pool repeats an idle connection's error, which its client's listener has just reported.
    pool.on('error', () => {});
    releaseLostConnections(pool);
    const db = drizzlePostgres(pool);
    return {
      db,
      kind: 'postgres',
      migrate: () => migratePostgres(db, { migrationsFolder }),
      close: () => endPool(pool),
    };
  }
  if (options.pgliteDir) mkdirSync(options.pgliteDir, { recursive: true });
  // One process per folder: a second server would run a second database over the same files.
  const lock = options.pgliteDir ? lockDataDir(options.pgliteDir) : undefined;
  // Loaded only when used: a server on PostgreSQL never holds PGlite's WebAssembly in memory.
  const [{ PGlite }, { pg_trgm }, { drizzle: drizzlePglite }, { migrate: migratePglite }] =
    await Promise.all([
      import('@electric-sql/pglite'),
      import('@electric-sql/pglite/contrib/pg_trgm'),
      import('drizzle-orm/pglite'),
      import('drizzle-orm/pglite/migrator'),
    ]);
  // pg_trgm backs the directory search's trigram indexes (the migrations create the extension).
  const client = await PGlite.create({
    ...(options.pgliteDir ? { dataDir: options.pgliteDir } : {}),
    extensions: { pg_trgm },
  }).catch((error: unknown) => {
    lock?.release();
    throw error;
  });
  const db = drizzlePglite(client);
  return {
    db,
    kind: 'pglite',
    migrate: () => migratePglite(db, { migrationsFolder }),
    close: () => client.close().finally(() => lock?.release()),
  };
}

/** Statements worth preparing: one query with a plan; DDL and the like are sent as they are. */
const preparable = /^\s*(?:select|insert|update|delete|with)\b/i;
/** At most this many statement texts get a name, so a connection never prepares without end. */
const maxPreparedStatements = 2000;
const statementNames = new Map<string, string>();

function statementNameOf(text: string): string | undefined {
  let name = statementNames.get(text);
  if (name === undefined && statementNames.size < maxPreparedStatements && preparable.test(text)) {
    name = `pbc_${createHash('sha1').update(text).digest('base64url')}`;
    statementNames.set(text, name);
  }
  return name;
}

/**
 * Sends the connection's statements as prepared statements, named after their text: PostgreSQL
 * parses each once per connection instead of on every call (and plans it for each call's values) (node-postgres prepares a
 * query that has a `name`, once per connection, and reuses it after).
 */
function prepareStatements(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  client.query = ((config: unknown, ...rest: unknown[]) => {
    if (
      config &&
      typeof config === 'object' &&
      'text' in config &&
      !('name' in config && config.name)
    ) {
      const name = statementNameOf((config as { text: string }).text);
      if (name) return query({ ...config, name }, ...rest);
    }
    return query(config, ...rest);
  }) as pg.PoolClient['query'];
}

/**
 * drizzle-orm 0.45's node-postgres `transaction()` sends BEGIN before the try/finally that releases
 * its pooled connection. When BEGIN fails because the connection was just lost (what a PostgreSQL
 * restart does to every open one), that connection is never released: the pool is one smaller for
 * good, and after a few restarts every transaction waits for a connection that never comes
 * (drizzle-team/drizzle-orm#6241; the fix, #6242, is unmerged in 0.45.4). So a connection handed to
 * drizzle is released, with its error, as soon as it is lost, and only once, whoever asks first.
 */
function releaseLostConnections(pool: pg.Pool): void {
  const connect = pool.connect.bind(pool) as (
    callback?: Parameters<pg.Pool['connect']>[0],
  ) => Promise<pg.PoolClient> | void;
  pool.connect = ((callback?: Parameters<pg.Pool['connect']>[0]) => {
    // `pool.query` checks out with a callback and releases correctly itself.
    if (callback) return connect(callback);
    return (connect() as Promise<pg.PoolClient>).then((client) => {
      const release = client.release.bind(client);
      let released = false;
      const releaseOnce = (error?: Error | boolean) => {
        if (released) return;
        released = true;
        client.removeListener('error', releaseOnce);
        release(error);
      };
      client.on('error', releaseOnce);
      client.release = releaseOnce;
      return client;
    });
  }) as pg.Pool['connect'];
}

/**
 * Ends the pool once its checked-out connections are back, waiting `closeTimeoutMs` at most: a
 * stuck transaction must not keep a shutting-down server (or a test's teardown) waiting.
 */
async function endPool(pool: pg.Pool): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, closeTimeoutMs);
    timer.unref();
  });
  await Promise.race([pool.end(), timeout]).finally(() => clearTimeout(timer));
}
