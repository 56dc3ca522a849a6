// Database factories for tests: PGlite always, PostgreSQL too when DATABASE_URL is set.
// A suite written over `testDatabases()` runs once per driver; each run gets its own database.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database, type DatabaseKind } from '../db/database.js';
import { seed } from '../db/seed.js';
import { allJobs } from '../jobs/registry.js';
import { prepareJobQueues } from '../jobs/queue.js';

export interface TestDatabase {
  kind: DatabaseKind;
  /** A fresh, migrated database and the function that disposes of it. */
  open(options?: { maxConnections?: number }): Promise<{
    database: Database;
    /** PostgreSQL only: the database's URL, for processes a test starts. */
    url?: string;
    dispose(): Promise<void>;
  }>;
}

const pglite: TestDatabase = {
  kind: 'pglite',
  async open() {
    const database = await openDatabase({});
    await database.migrate();
    await prepareJobQueues(database.db, allJobs);
    return { database, dispose: () => database.close() };
  },
};

/** Runs one statement on its own connection to the server of `url`. */
async function maintenance(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A throwaway `pbc_test_<random>` database on the server of `url`, dropped on dispose. */
function postgresAt(url: string): TestDatabase {
  return {
    kind: 'postgres',
    async open(options = {}) {
      const name = `pbc_test_${randomBytes(6).toString('hex')}`;
      await maintenance(url, `CREATE DATABASE ${name}`);
      const testUrl = new URL(url);
      testUrl.pathname = `/${name}`;
      const database = await openDatabase({ ...options, databaseUrl: testUrl.toString() });
      await database.migrate();
      await prepareJobQueues(database.db, allJobs);
      return {
        database,
        url: testUrl.toString(),
        async dispose() {
          await database.close();
          await maintenance(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        },
      };
    },
  };
}

export function testDatabases(
  env: Record<string, string | undefined> = process.env,
): TestDatabase[] {
  return env.DATABASE_URL ? [pglite, postgresAt(env.DATABASE_URL)] : [pglite];
}

/** A migrated in-memory PGlite with the demo data, for suites that need one database only. */
export async function openSeededPglite() {
  const opened = await pglite.open();
  await seed(opened.database.db);
  return opened;
}
