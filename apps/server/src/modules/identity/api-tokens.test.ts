// X-6 over HTTP: a Global admin creates a token; `Authorization: Bearer` acts as it, scoped to its
// company and permissions, attributed in the audit log, exempt from the origin check, rate limited
// on its own; revoked or expired it is UNAUTHORIZED with the reason; a token creates no tokens.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { addDays, isoDay } from '@pbc/rules';
import { buildApp } from '../../app.js';
import type { Database } from '../../db/database.js';
import { seed } from '../../db/seed.js';
import { DEMO_PASSWORD, demoUsers } from '../../db/seed-ids.js';
import { auditEvents } from '../audit/schema.js';
import { days, testClock } from '../../test/clock.js';
import { testDatabases } from '../../test/databases.js';
import { apiTokens } from './schema.js';

describe.each(testDatabases())('API tokens on $kind (X-6)', ({ open }) => {
  let app: FastifyInstance;
  let database: Database;
  let dispose: () => Promise<void>;
  let admin = '';
  const clock = testClock();
  const today = () => isoDay(clock.now());
  const rateLimit = { max: 20, windowMs: 60_000 };

  beforeAll(async () => {
    ({ database, dispose } = await open());
    await seed(database.db);
    app = await buildApp({
      db: database.db,
      clock,
      logLevel: 'silent',
      allowedOrigins: [],
      tokenRateLimit: rateLimit,
    });
    admin = await signIn(demoUsers.globalAdmin.email);
  });
  afterAll(async () => {
    await app.close();
    await dispose();
  });

  async function signIn(email: string) {
    const res = await app.inject({
      method: 'POST',
      url: '/trpc/auth.signIn',
      payload: { email, password: DEMO_PASSWORD },
    });
    return res.cookies.find((c) => c.name === 'pbc_session')!.value;
  }
  const asAdmin = (method: 'GET' | 'POST', url: string, payload?: unknown) =>
    app.inject({ method, url, payload: payload as object, cookies: { pbc_session: admin } });
  const bearer = (text: string, extra: Record<string, string> = {}) => ({
    authorization: `Bearer ${text}`,
    ...extra,
  });
  const withToken = (text: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    app.inject({ method, url, payload: payload as object, headers: bearer(text) });
  const errorOf = (res: LightMyRequestResponse) => res.json().error.data;

  async function createToken(
    permissions: string[],
    name = 'Seat sync',
    expiresOn = addDays(today(), 30),
  ) {
    const res = await asAdmin('POST', '/trpc/apiTokens.create', { name, expiresOn, permissions });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().result.data as { token: { id: string; prefix: string }; secret: string };
  }

  it('shows the text once: pbc_ + 43 base64url characters; the list has its prefix, never the text or hash', async () => {
    const { token, secret } = await createToken(['benefits.read']);
    expect(secret).toMatch(/^pbc_[A-Za-z0-9_-]{43}$/);
    expect(token.prefix).toBe(secret.slice(0, 12));
    const [row] = await database.db.select().from(apiTokens).where(eq(apiTokens.id, token.id));
    expect(row!.tokenHash).not.toContain(secret.slice(4));
    const list = await asAdmin('GET', '/trpc/apiTokens.list');
    expect(list.body).not.toContain(secret);
    expect(list.json().result.data.items).toContainEqual(
      expect.objectContaining({
        id: token.id,
        name: 'Seat sync',
        prefix: token.prefix,
        permissions: ['benefits.read'],
        createdBy: { id: demoUsers.globalAdmin.id, displayName: 'Grace Taylor' },
        lastUsedAt: null,
        revokedAt: null,
      }),
    );
  });

  it('acts as the token: its company’s data with its permissions, refused beyond them (ROLE-8, permission table)', async () => {
    const { secret } = await createToken(['benefits.read']);
    const list = await withToken(secret, 'GET', '/trpc/visualStudio.list');
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().result.data.items.length).toBeGreaterThan(0);
    const subscriptionId = list.json().result.data.items[0].id as string;
    const assign = await withToken(secret, 'POST', '/trpc/visualStudio.assign', {
      subscriptionId,
      userId: demoUsers.employee.id,
    });
    expect(assign.statusCode).toBe(403);
    expect(errorOf(assign).details).toMatchObject({ permission: 'benefits.assign' });
    // The CSV export reads the caller the same way.
    const csv = await app.inject({
      method: 'GET',
      url: '/api/visual-studio/seats.csv',
      headers: bearer(secret),
    });
    expect(csv.statusCode).toBe(200);
    // A token without benefits.read reads neither the list nor its CSV.
    const mailOnly = await createToken(['mail.read'], 'Mail reader');
    const refusedCsv = await app.inject({
      method: 'GET',
      url: '/api/visual-studio/seats.csv',
      headers: bearer(mailOnly.secret),
    });
    expect(refusedCsv.statusCode).toBe(403);
  });

  it('every audit event it causes names the token; it needs no Origin match (no cookie, no CSRF)', async () => {
    const { secret, token } = await createToken(['benefits.read', 'benefits.assign'], 'Assigner');
    const list = await withToken(secret, 'GET', '/trpc/visualStudio.list');
    const subscription = list
      .json()
      .result.data.items.find(
        (s: { seatsUsed: number; seatsTotal: number }) => s.seatsUsed < s.seatsTotal,
      );
    const assign = await app.inject({
      method: 'POST',
      url: '/trpc/visualStudio.assign',
      headers: bearer(secret, { origin: 'https://elsewhere.example' }),
      payload: { subscriptionId: subscription.id, userId: demoUsers.agent.id },
    });
    expect(assign.statusCode, assign.body).toBe(200);
    const events = await database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'visualStudio.assign'));
    expect(events.at(-1)!.actorName).toBe(`API token “Assigner” (${token.prefix}…)`);
    // A cookie from another site is still refused: the exemption is the token's only.
    const crossSite = await app.inject({
      method: 'POST',
      url: '/trpc/auth.signOut',
      headers: { origin: 'https://elsewhere.example' },
      cookies: { pbc_session: admin },
      payload: {},
    });
    expect(crossSite.statusCode).toBe(403);
    const used = await asAdmin('GET', '/trpc/apiTokens.list');
    const listed = used.json().result.data.items.find((t: { id: string }) => t.id === token.id);
    expect(listed.lastUsedAt).toBe(clock.now().toISOString());
  });

  it('a token creates, lists and revokes no tokens, whatever it carries', async () => {
    const { secret } = await createToken(['benefits.read', 'directory.manage']);
    const create = await withToken(secret, 'POST', '/trpc/apiTokens.create', {
      name: 'Child',
      expiresOn: addDays(today(), 1),
      permissions: ['benefits.read'],
    });
    expect(create.statusCode).toBe(403);
    expect(errorOf(create).details).toMatchObject({
      permission: 'tokens.manage',
      reason: 'TOKEN_CANNOT_MANAGE_TOKENS',
    });
    expect((await withToken(secret, 'GET', '/trpc/apiTokens.list')).statusCode).toBe(403);
    // `tokens.manage` itself cannot be given to a token.
    const manage = await asAdmin('POST', '/trpc/apiTokens.create', {
      name: 'Manager',
      expiresOn: addDays(today(), 1),
      permissions: ['tokens.manage'],
    });
    expect(manage.statusCode).toBe(400);
    expect(Object.keys(errorOf(manage).fieldIssues)).toEqual(['permissions']);
  });

  it('refuses an expiry past a year or not after today, and permissions the creator lacks, at their field', async () => {
    const input = { name: 'Long', permissions: ['benefits.read'] };
    const tooLate = await asAdmin('POST', '/trpc/apiTokens.create', {
      ...input,
      expiresOn: addDays(today(), 366),
    });
    expect(tooLate.statusCode).toBe(400);
    expect(errorOf(tooLate).fieldIssues).toEqual({
      expiresOn: [{ code: 'refused', reason: 'TOKEN_EXPIRY_TOO_LATE' }],
    });
    const yearOk = await asAdmin('POST', '/trpc/apiTokens.create', {
      ...input,
      expiresOn: addDays(today(), 365),
    });
    expect(yearOk.statusCode).toBe(200);
    const past = await asAdmin('POST', '/trpc/apiTokens.create', { ...input, expiresOn: today() });
    expect(errorOf(past).fieldIssues).toEqual({
      expiresOn: [{ code: 'refused', reason: 'TOKEN_EXPIRY_PAST' }],
    });
    // The MPN partner admin lacks directory.manage (and tokens.manage: FORBIDDEN before that).
    const cookie = await signIn(demoUsers.partnerAdmin.email);
    const byPartner = await app.inject({
      method: 'POST',
      url: '/trpc/apiTokens.create',
      cookies: { pbc_session: cookie },
      payload: { ...input, expiresOn: addDays(today(), 5) },
    });
    expect(byPartner.statusCode).toBe(403);
  });

  it('revoked or expired: UNAUTHORIZED with the reason; an unknown token too', async () => {
    const { secret, token } = await createToken(['benefits.read'], 'Short', addDays(today(), 1));
    expect((await withToken(secret, 'GET', '/trpc/visualStudio.list')).statusCode).toBe(200);
    clock.advance(days(2));
    // The admin's session has ended by then too (12 hours at most).
    admin = await signIn(demoUsers.globalAdmin.email);
    const expired = await withToken(secret, 'GET', '/trpc/visualStudio.list');
    expect(expired.statusCode).toBe(401);
    expect(errorOf(expired)).toMatchObject({
      code: 'UNAUTHORIZED',
      details: { reason: 'TOKEN_EXPIRED' },
    });
    const live = await createToken(['benefits.read'], 'Revoked soon');
    const revoke = await asAdmin('POST', '/trpc/apiTokens.revoke', { id: live.token.id });
    expect(revoke.json().result.data.revokedAt).toBe(clock.now().toISOString());
    const revoked = await withToken(live.secret, 'GET', '/trpc/auth.me');
    expect(revoked.statusCode).toBe(401);
    expect(errorOf(revoked).details).toEqual({ reason: 'TOKEN_REVOKED' });
    const csv = await app.inject({
      method: 'GET',
      url: '/api/audit.csv',
      headers: bearer(live.secret),
    });
    expect(csv.statusCode).toBe(401);
    expect(csv.json().details).toEqual({ reason: 'TOKEN_REVOKED' });
    const unknown = await withToken(`pbc_${'x'.repeat(43)}`, 'GET', '/trpc/auth.me');
    expect(errorOf(unknown).details).toEqual({ reason: 'TOKEN_UNKNOWN' });
    expect(token.id).not.toBe(live.token.id);
  });

  it('has its own rate limit: over it 429 with Retry-After; sessions are not counted', async () => {
    const { secret } = await createToken(['benefits.read'], 'Busy');
    const statuses: number[] = [];
    for (let i = 0; i < rateLimit.max + 1; i++)
      statuses.push((await withToken(secret, 'GET', '/trpc/auth.me')).statusCode);
    expect(statuses.slice(0, rateLimit.max).every((s) => s === 200)).toBe(true);
    const over = await withToken(secret, 'GET', '/trpc/auth.me');
    expect(over.statusCode).toBe(429);
    expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
    expect(over.json()).toMatchObject({ error: 'TOO_MANY_REQUESTS' });
    // Another token, and the browser session, still pass.
    const other = await createToken(['benefits.read'], 'Calm');
    expect((await withToken(other.secret, 'GET', '/trpc/auth.me')).statusCode).toBe(200);
    expect((await asAdmin('GET', '/trpc/auth.me')).statusCode).toBe(200);
  });

  it('an Idempotency-Key replay of create answers the token without its text (X-3)', async () => {
    const payload = {
      name: 'Replayed',
      expiresOn: addDays(today(), 3),
      permissions: ['mail.read'],
    };
    const send = () =>
      app.inject({
        method: 'POST',
        url: '/trpc/apiTokens.create',
        cookies: { pbc_session: admin },
        headers: { 'idempotency-key': 'replay-create-token' },
        payload,
      });
    const first = (await send()).json().result.data;
    const second = (await send()).json().result.data;
    expect(first.secret).toMatch(/^pbc_/);
    expect(second).toEqual({ token: first.token, secret: null });
  });
});
