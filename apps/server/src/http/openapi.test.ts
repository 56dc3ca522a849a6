// The OpenAPI document (issue 16): one operation per procedure of the router, valid OpenAPI 3.1 by
// a real validator, and two of its operations called with curl against a listening server with an
// API token, as a team without TypeScript would.
import { Validator } from '@seriousme/openapi-schema-validator';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { demoUsers } from '../db/seed-ids.js';
import { openSeededPglite } from '../test/databases.js';
import { appRouter } from '../trpc/router.js';
import { createApiToken } from '../modules/identity/api-tokens.js';
import { sessionOf } from '../test/sessions.js';
import { systemClock } from '../trpc/context.js';
import { addDays, isoDay } from '@pbc/rules';

const run = promisify(execFile);

describe('OpenAPI document', () => {
  let app: FastifyInstance;
  let origin = '';
  let token = '';
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    const opened = await openSeededPglite();
    dispose = opened.dispose;
    const db = opened.database.db;
    app = await buildApp({ db, logLevel: 'silent' });
    // Port 0: the system picks a free one.
    origin = await app.listen({ port: 0, host: '127.0.0.1' });
    const session = await sessionOf(db, demoUsers.globalAdmin.id);
    const created = await db.transaction((tx) =>
      createApiToken(
        tx,
        { session, request: { id: 'openapi-test' }, clock: systemClock },
        {
          name: 'curl',
          expiresOn: addDays(isoDay(new Date()), 2),
          permissions: ['benefits.read', 'benefits.assign'],
        },
      ),
    );
    token = created.secret!;
  });
  afterAll(async () => {
    await app.close();
    await dispose();
  });

  const document = async () =>
    (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();

  it('has an operation for every procedure of the router, with its method and permission', async () => {
    const doc = await document();
    const procedures = appRouter._def.procedures as unknown as Record<
      string,
      { _def: { type: string; meta?: { permission?: string } } }
    >;
    const missing = Object.entries(procedures).filter(([path, { _def }]) => {
      const operation = doc.paths[`/trpc/${path}`]?.[_def.type === 'query' ? 'get' : 'post'];
      return !operation || operation['x-permission'] !== _def.meta?.permission;
    });
    expect(missing.map(([path]) => path)).toEqual([]);
    expect(Object.keys(doc.paths)).toHaveLength(Object.keys(procedures).length);
  });

  it('is valid OpenAPI 3.1 (@seriousme/openapi-schema-validator)', async () => {
    const doc = await document();
    expect(doc.openapi).toBe('3.1.0');
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('a reference page renders it from files served here (no CDN)', async () => {
    const page = await app.inject({ method: 'GET', url: '/api/reference' });
    expect(page.statusCode).toBe(200);
    const sources = [...page.body.matchAll(/(?:src|href)="([^"]+)"/g)].map(([, url]) => url!);
    expect(sources.every((url) => url.startsWith('/api/reference/'))).toBe(true);
    for (const url of sources) {
      const asset = await app.inject({ method: 'GET', url });
      expect(asset.statusCode, url).toBe(200);
      expect(asset.body.length, url).toBeGreaterThan(0);
    }
  });

  it('two operations called with curl and an API token: list Visual Studio, assign a seat', async () => {
    const doc = await document();
    expect(doc.paths['/trpc/visualStudio.list'].get).toBeDefined();
    expect(doc.paths['/trpc/visualStudio.assign'].post).toBeDefined();
    const auth = `Authorization: Bearer ${token}`;
    const list = await run('curl', [
      '-sS',
      '--fail-with-body',
      '-H',
      auth,
      '--get',
      '--data-urlencode',
      'input={}',
      `${origin}/trpc/visualStudio.list`,
    ]);
    const subscriptions = JSON.parse(list.stdout).result.data.items as {
      id: string;
      seatsUsed: number;
      seatsTotal: number;
    }[];
    const free = subscriptions.find((s) => s.seatsUsed < s.seatsTotal)!;
    const assign = await run('curl', [
      '-sS',
      '--fail-with-body',
      '-X',
      'POST',
      '-H',
      auth,
      '-H',
      'content-type: application/json',
      '-H',
      'Idempotency-Key: curl-assign-1',
      '--data',
      JSON.stringify({ subscriptionId: free.id, userId: demoUsers.agent.id }),
      `${origin}/trpc/visualStudio.assign`,
    ]);
    expect(JSON.parse(assign.stdout).result.data).toMatchObject({
      subscriptionId: free.id,
      holder: { id: demoUsers.agent.id },
    });
  });
});
