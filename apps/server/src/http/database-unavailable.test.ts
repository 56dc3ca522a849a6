// While PostgreSQL is away (here: nobody listens on its port) every call answers 503
// SERVICE_UNAVAILABLE with a message that says to try again, tRPC and CSV routes alike, at once.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { openDatabase, type Database } from '../db/database.js';
import { DEMO_PASSWORD, demoUsers } from '../db/seed-ids.js';
import { freePort } from '../test/postgres-cluster.js';

describe('every call answers 503 while the database cannot be reached', () => {
  let database: Database;
  let app: FastifyInstance;
  // A session cookie is read from the database first: that read fails like any other.
  const cookie = { cookie: `pbc_session=${'a'.repeat(43)}` };

  beforeAll(async () => {
    database = await openDatabase({
      databaseUrl: `postgres://postgres@127.0.0.1:${await freePort()}/absent`,
    });
    app = await buildApp({
      db: database.db,
      logLevel: 'silent',
    });
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('tRPC queries, mutations and batches: 503, appCode UNAVAILABLE, "try again"', async () => {
    const calls = [
      app.inject({ method: 'GET', url: '/trpc/directory.list', headers: cookie }),
      app.inject({
        method: 'POST',
        url: '/trpc/auth.signIn',
        payload: { email: demoUsers.globalAdmin.email, password: DEMO_PASSWORD },
      }),
      app.inject({
        method: 'GET',
        url: '/trpc/membership.overview,software.list?batch=1',
        headers: cookie,
      }),
    ];
    for (const res of await Promise.all(calls)) {
      expect(res.statusCode).toBe(503);
      const body = res.json() as
        | { error: { message: string; data: { code: string; appCode: string } } }
        | { error: { message: string; data: { code: string; appCode: string } } }[];
      for (const { error } of Array.isArray(body) ? body : [body]) {
        expect(error.data).toMatchObject({ code: 'SERVICE_UNAVAILABLE', appCode: 'UNAVAILABLE' });
        expect(error.message).toMatch(/database cannot be reached.*try again/);
      }
    }
  });

  it('the CSV exports: 503 SERVICE_UNAVAILABLE', async () => {
    for (const url of ['/api/audit.csv', '/api/visual-studio/seats.csv']) {
      const res = await app.inject({ method: 'GET', url, headers: cookie });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toMatchObject({ error: 'SERVICE_UNAVAILABLE' });
    }
  });
});
