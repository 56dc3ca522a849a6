import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';
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
}

const migrationsFolder = path.resolve(import.meta.dirname, '../../drizzle');

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    // Migrations print NOTICEs ("schema already exists") that are not worth a log line.
    const client = postgres(options.databaseUrl, {
      max: options.maxConnections ?? 10,
      onnotice: () => {},
    });
    const db = drizzlePostgres(client);
    return {
      db,
      kind: 'postgres',
      migrate: () => migratePostgres(db, { migrationsFolder }),
      close: () => client.end({ timeout: 5 }),
    };
  }
  if (options.pgliteDir) mkdirSync(options.pgliteDir, { recursive: true });
  // One process per folder: a second server would run a second database over the same files.
  const lock = options.pgliteDir ? lockDataDir(options.pgliteDir) : undefined;
  const client = await PGlite.create(options.pgliteDir).catch((error: unknown) => {
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
