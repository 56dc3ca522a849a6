// Valid-looking input that once answered 500 (issue 10, item 6): each is now a 4xx at the field
// that is wrong, through the whole HTTP layer, and writes nothing.
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import type { Db } from '../db/database.js';
import { auditEvents } from '../modules/audit/schema.js';
import { productKeys } from '../modules/azure-cloud/schema.js';
import { users } from '../modules/identity/schema.js';
import {
  demoBenefits,
  CONTOSO_ID,
  DEMO_PASSWORD,
  demoProductKeys,
  demoUsers,
  seedId,
} from '../db/seed-ids.js';
import { productKeyHash } from '../modules/azure-cloud/product-keys.js';
import { testClock } from '../test/clock.js';
import { openSeededPglite } from '../test/databases.js';

interface TrpcError {
  message: string;
  data: {
    httpStatus: number;
    appCode: string | null;
    fieldErrors: Record<string, string[]>;
    details: Record<string, unknown> | null;
  };
}

describe('hostile input: a 4xx at the field, nothing written', () => {
  let app: FastifyInstance;
  let db: Db;
  let dispose: () => Promise<void>;
  let cookie = '';

  beforeAll(async () => {
    const opened = await openSeededPglite();
    db = opened.database.db;
    dispose = opened.dispose;
    app = await buildApp({
      db,
      clock: testClock(),
      logLevel: 'silent',
    });
    const signIn = await app.inject({
      method: 'POST',
      url: '/trpc/auth.signIn',
      payload: { email: demoUsers.globalAdmin.email, password: DEMO_PASSWORD },
    });
    cookie = signIn.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  });
  afterAll(async () => {
    await app.close();
    await dispose();
  });

  async function query(name: string, input: unknown) {
    const res = await app.inject({
      method: 'GET',
      url: `/trpc/${name}?input=${encodeURIComponent(JSON.stringify(input))}`,
      headers: { cookie },
    });
    return { status: res.statusCode, error: (res.json() as { error?: TrpcError }).error };
  }
  async function mutate(name: string, payload: unknown, headers: Record<string, string> = {}) {
    const res = await app.inject({
      method: 'POST',
      url: `/trpc/${name}`,
      headers: { cookie, 'content-type': 'application/json', ...headers },
      payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
    });
    return { status: res.statusCode, error: (res.json() as { error?: TrpcError }).error };
  }
  const auditCount = async (action: string) =>
    (await db.select().from(auditEvents).where(eq(auditEvents.action, action))).length;

  it('refuses a NUL byte in any string with a field error', async () => {
    const cases = [
      [await query('directory.list', { search: 'a\u0000' }), 'search'],
      [
        await mutate('directory.add', { email: 'nul@contoso.example', displayName: 'a\u0000' }),
        'displayName',
      ],
      [
        await mutate('membership.purchase', { offerType: 'gold', competencyArea: 'a\u0000' }),
        'competencyArea',
      ],
      [
        await mutate('membership.requestCancellation', {
          packageId: seedId('package', 1, 1),
          reason: 'a\u0000',
        }),
        'reason',
      ],
      [await query('audit.list', { filter: { action: 'a\u0000' } }), 'filter'],
    ] as const;
    for (const [answer, field] of cases) {
      expect(answer.status).toBe(400);
      expect(answer.error?.data.appCode).toBe('VALIDATION');
      expect(answer.error?.data.fieldErrors[field]?.[0]).toMatch(/NUL/);
    }
    expect(await db.select().from(users).where(eq(users.email, 'nul@contoso.example'))).toEqual([]);
    const csv = await app.inject({
      method: 'GET',
      url: '/api/audit.csv?action=a%00',
      headers: { cookie },
    });
    expect(csv.statusCode).toBe(400);
    expect(csv.json()).toMatchObject({ fieldErrors: { action: [expect.stringMatching(/NUL/)] } });
  });

  it('refuses year 0 in audit filters and cursors, and in the CSV export before its first byte', async () => {
    for (const filter of [{ from: '0000-01-01T00:00:00Z' }, { to: '0000-01-01T00:00:00Z' }]) {
      const answer = await query('audit.list', { filter });
      expect(answer.status).toBe(400);
      expect(answer.error?.data.fieldErrors.filter).toEqual(['Use a year from 0001 to 9999']);
    }
    const cursor = Buffer.from(
      JSON.stringify(['0000-01-01T00:00:00.000Z', seedId('user', 1, 1)]),
    ).toString('base64url');
    const paged = await query('audit.list', { cursor });
    expect(paged.status).toBe(400);
    expect(paged.error?.data.fieldErrors.cursor).toEqual(['Invalid cursor']);

    const csv = await app.inject({
      method: 'GET',
      url: '/api/audit.csv?from=0000-01-01T00:00:00Z',
      headers: { cookie },
    });
    expect(csv.statusCode).toBe(400);
    expect(csv.headers['content-type']).toMatch(/application\/json/);
    expect(csv.json()).toMatchObject({ fieldErrors: { from: ['Use a year from 0001 to 9999'] } });
  });

  it('VS-4 an upper-case id names the same user: a second seat is ALREADY_HOLDS_SEAT, not a 500', async () => {
    // Diego holds a seat of the Visual Studio subscription that still has free seats.
    const answer = await mutate('visualStudio.assign', {
      subscriptionId: demoBenefits.visualStudio.goldEnterprise.toUpperCase(),
      userId: seedId('user', 1, 4).toUpperCase(),
    });
    expect(answer.status).toBe(409);
    expect(answer.error?.data.details).toEqual({ reason: 'ALREADY_HOLDS_SEAT' });
    expect(answer.error?.data.fieldErrors.userId).toBeDefined();
  });

  it('AZ-5 an upper-case id of the current holder is TRANSFER_TO_SAME_USER, and nothing is audited', async () => {
    const bulk = demoBenefits.azureCredits.silverBulk;
    const diego = seedId('user', 1, 4);
    const assigned = await mutate('azureCloud.assignCredit', {
      creditId: bulk,
      userId: diego,
      subscriptionId: seedId('azureSubscription', 1, 1),
    });
    expect(assigned.status).toBe(200);
    const transfer = await mutate('azureCloud.transferBulkCredit', {
      creditId: bulk.toUpperCase(),
      toUserId: diego.toUpperCase(),
    });
    expect(transfer.status).toBe(409);
    expect(transfer.error?.data.details).toMatchObject({ reason: 'TRANSFER_TO_SAME_USER' });
    expect(await auditCount('azureCloud.transferBulkCredit')).toBe(0);
  });

  it('AZ-8 redeemKey onto a subscription that is not the company’s is NOT_FOUND at the field, like previewRedemption', async () => {
    const input = {
      key: demoProductKeys.office25,
      subscriptionId: randomUUID(),
      mode: 'extend',
    };
    const preview = await mutate('azureCloud.previewRedemption', input);
    const redeem = await mutate('azureCloud.redeemKey', {
      ...input,
      tenantId: CONTOSO_ID.toUpperCase(),
    });
    for (const answer of [preview, redeem]) {
      expect(answer.status).toBe(404);
      expect(answer.error?.data.fieldErrors.subscriptionId).toEqual([
        'Choose one of your license-based subscriptions',
      ]);
    }
    const [key] = await db
      .select({ redeemedAt: productKeys.redeemedAt })
      .from(productKeys)
      .where(
        and(
          eq(productKeys.companyId, CONTOSO_ID),
          eq(productKeys.keyHash, productKeyHash(demoProductKeys.office25)),
        ),
      );
    expect(key?.redeemedAt).toBeNull();
  });

  it('refuses input nested 20,000 levels deep with 400, with or without an Idempotency-Key', async () => {
    const deep = `{"email":${'['.repeat(20_000)}${']'.repeat(20_000)}}`;
    for (const headers of [{ 'idempotency-key': randomUUID() }, {} as Record<string, string>]) {
      const answer = await mutate('directory.add', deep, headers);
      expect(answer.status).toBe(400);
      expect(answer.error?.data.fieldErrors.email).toEqual(['Nest at most 32 levels deep']);
    }
  });

  it('answers TRACE with 405 on any path', async () => {
    for (const url of ['/', '/trpc/auth.me', '/api/audit.csv', '/healthz']) {
      const res = await app.inject({ method: 'TRACE', url, headers: { cookie } });
      expect(res.statusCode).toBe(405);
      expect(res.headers.allow).toBeDefined();
      expect(res.body).not.toContain(cookie);
    }
  });

  it('answers a broken remotes.json with 503 and a message that does not name the file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pbc-manifest-'));
    const file = path.join(dir, 'remotes.json');
    writeFileSync(file, '{"remotes":[]}');
    const served = await buildApp({ db, remotesManifest: file, logLevel: 'silent' });
    writeFileSync(file, '{"remotes": [');
    const res = await served.inject({ method: 'GET', url: '/remotes.json' });
    await served.close();
    rmSync(dir, { recursive: true, force: true });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ error: 'SERVICE_UNAVAILABLE' });
    expect(res.body).not.toContain(dir);
  });
});
