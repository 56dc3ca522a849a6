// `npm start`: open the database, migrate, seed the demo data, serve.
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { seed } from './db/seed.js';
import { movableClock } from './http/test-clock.js';

const config = loadConfig();
const database = await openDatabase({
  databaseUrl: config.databaseUrl,
  pgliteDir: path.join(config.dataDir, 'pglite'),
});

try {
  await database.migrate();
  const seeded = await seed(database.db);
  const app = await buildApp({
    db: database.db,
    remotesManifest: config.remotesManifest,
    staticRoot: config.staticRoot,
    logLevel: config.logLevel,
    sessionSettings: config.sessions,
    trustProxy: config.trustProxy,
    allowedOrigins: config.allowedOrigins,
    ...(config.testClock ? { testClock: movableClock() } : {}),
  });

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    app.log.info(`${signal}: shutting down`);
    // Never hang on a stuck connection: give up after 10 s.
    setTimeout(() => process.exit(1), 10_000).unref();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  app.log.info(`database ${database.kind} migrated; demo data: ${seeded} rows inserted`);
  await app.listen({ port: config.port, host: config.host });
  const { port } = app.server.address() as AddressInfo;
  const host = ['0.0.0.0', '::'].includes(config.host) ? '127.0.0.1' : config.host;
  console.log(
    `Partner Benefits Center is running at http://${host}:${port} (database: ${database.kind})`,
  );
} catch (error) {
  await database.close();
  throw error;
}
