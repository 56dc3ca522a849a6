// Sign-in over HTTP: the cookie, sessions expiring, rate limits, the origin check and the CSV export.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import type { Db } from '../db/database.js';
import { eq } from 'drizzle-orm';
import { hashSessionToken } from '../modules/identity/tokens.js';
import { sessions } from '../modules/identity/schema.js';
import { rateLimitBuckets } from '../db/platform-schema.js';
import { DEMO_PASSWORD, demoUsers } from '../db/seed-ids.js';
import { recordAudit } from '../modules/audit/audit.js';
import { minutes, testClock } from '../test/clock.js';
import { openSeededPglite } from '../test/databases.js';
import { sessionOf } from '../test/sessions.js';
import { csvCell } from '../shared/csv.js';

describe('sessions, rate limits and cross-site protection over HTTP', () => {
  let app: FastifyInstance;
  let proxied: FastifyInstance;
  let db: Db;
  let dispose: () => Promise<void>;
  const clock = testClock();
  let address = 0;

  beforeAll(async () => {
    const opened = await openSeededPglite();
    db = opened.database.db;
    dispose = opened.dispose;
    const options = {
      db,
      clock,
      logLevel: 'silent' as const,
      sessionSettings: { idleMinutes: 60, absoluteHours: 12 },
      allowedOrigins: ['https://partner.example'],
    };
    app = await buildApp(options);
    proxied = await buildApp({ ...options, trustProxy: true });
  });
  afterAll(async () => {
    await app.close();
    await proxied.close();
    await dispose();
  });

  /** Each test signs in from its own address, so address limits of one test do not leak into another. */
  const nextAddress = () => `10.0.0.${++address}`;

  const signIn = (
    email: string,
    password = DEMO_PASSWORD,
    extra: { headers?: Record<string, string>; remoteAddress?: string; on?: FastifyInstance } = {},
  ) =>
    (extra.on ?? app).inject({
      method: 'POST',
      url: '/trpc/auth.signIn',
      remoteAddress: extra.remoteAddress ?? nextAddress(),
      headers: extra.headers,
      payload: { email, password },
    });

  const sessionCookie = (res: LightMyRequestResponse) => {
    const found = res.cookies.find((c) => c.name === 'pbc_session');
    if (!found) throw new Error(`no session cookie: ${res.body}`);
    return found;
  };
  const me = async (cookieValue: string) =>
    (
      await app.inject({
        method: 'GET',
        url: '/trpc/auth.me',
        cookies: { pbc_session: cookieValue },
      })
    ).json().result.data;
  const softwareStatus = async (cookieValue: string) =>
    (
      await app.inject({
        method: 'GET',
        url: '/trpc/software.list',
        cookies: { pbc_session: cookieValue },
      })
    ).statusCode;

  it('sign-in sets an HttpOnly, SameSite=Lax cookie on / and answers Me with the Global admins (ROLE-7)', async () => {
    const res = await signIn(demoUsers.partnerAdmin.email);
    expect(res.statusCode).toBe(200);
    const cookie = sessionCookie(res);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie.secure).toBeFalsy();
    expect(cookie.value).toHaveLength(43);
    const data = res.json().result.data;
    expect(data.user).toMatchObject({
      email: demoUsers.partnerAdmin.email,
      roles: ['mpn_partner_admin'],
    });
    expect(data.company.name).toBe('Contoso Partner Solutions');
    expect(data.globalAdmins.map((a: { email: string }) => a.email)).toContain(
      demoUsers.globalAdmin.email,
    );
    expect(await me(cookie.value)).toMatchObject({ user: { id: demoUsers.partnerAdmin.id } });
  });

  it('marks the cookie Secure behind an HTTPS proxy only when TRUST_PROXY is on', async () => {
    const https = { 'x-forwarded-proto': 'https' };
    expect(
      sessionCookie(await signIn(demoUsers.agent.email, DEMO_PASSWORD, { headers: https })).secure,
    ).toBeFalsy();
    const behindProxy = await signIn(demoUsers.agent.email, DEMO_PASSWORD, {
      headers: https,
      on: proxied,
    });
    expect(sessionCookie(behindProxy).secure).toBe(true);
  });

  it('sends HSTS over HTTPS only: not over plain HTTP, nor for X-Forwarded-Proto without TRUST_PROXY', async () => {
    const https = { 'x-forwarded-proto': 'https' };
    const hsts = async (on: FastifyInstance, headers: Record<string, string> = {}) =>
      (await on.inject({ method: 'GET', url: '/healthz', headers })).headers[
        'strict-transport-security'
      ];
    expect(await hsts(app)).toBeUndefined();
    expect(await hsts(app, https)).toBeUndefined();
    expect(await hsts(proxied)).toBeUndefined();
    expect(await hsts(proxied, https)).toBe('max-age=31536000; includeSubDomains');
  });

  it('marks every API answer Cache-Control: no-store (queries, mutations, refusals, batches)', async () => {
    const cookie = sessionCookie(await signIn(demoUsers.partnerAdmin.email)).value;
    const answers = await Promise.all([
      app.inject({ method: 'GET', url: '/trpc/software.list', cookies: { pbc_session: cookie } }),
      app.inject({ method: 'GET', url: '/trpc/auth.me,software.list?batch=1' }),
      app.inject({ method: 'GET', url: '/trpc/no.such.procedure' }),
      signIn(demoUsers.partnerAdmin.email, 'wrong password'),
      app.inject({
        method: 'POST',
        url: '/trpc/auth.signOut',
        payload: {},
        cookies: { pbc_session: cookie },
      }),
    ]);
    for (const res of answers) expect(res.headers['cache-control'], res.body).toBe('no-store');
  });

  it('answers every procedure but sign-in UNAUTHORIZED without a session, and auth.me null', async () => {
    const res = await app.inject({ method: 'GET', url: '/trpc/software.list' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.data).toMatchObject({
      code: 'UNAUTHORIZED',
      appCode: 'UNAUTHENTICATED',
    });
    expect(await me('not-a-token')).toBeNull();
  });

  it('sign-out revokes the session and clears the cookie: the old cookie is UNAUTHORIZED', async () => {
    const cookie = sessionCookie(await signIn(demoUsers.employee.email));
    const out = await app.inject({
      method: 'POST',
      // What the SDK's batch link sends for a call without input.
      url: '/trpc/auth.signOut?batch=1',
      payload: {},
      cookies: { pbc_session: cookie.value },
    });
    expect(out.statusCode, out.body).toBe(200);
    expect(sessionCookie(out)).toMatchObject({ value: '', path: '/' });
    expect(await softwareStatus(cookie.value)).toBe(401);
    expect(await me(cookie.value)).toBeNull();
  });

  it('a procedure without input takes no body or {} as a plain request too, and refuses anything else', async () => {
    const cookie = sessionCookie(await signIn(demoUsers.employee.email)).value;
    const me = await app.inject({ method: 'GET', url: '/trpc/auth.me?input=%7B%7D' });
    expect(me.statusCode, me.body).toBe(200);
    const extra = await app.inject({
      method: 'POST',
      url: '/trpc/auth.signOut',
      payload: { everything: true },
      cookies: { pbc_session: cookie },
    });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().error.data.appCode).toBe('VALIDATION');
    const out = await app.inject({
      method: 'POST',
      url: '/trpc/auth.signOut',
      payload: {},
      cookies: { pbc_session: cookie },
    });
    expect(out.statusCode, out.body).toBe(200);
    expect(await softwareStatus(cookie)).toBe(401);
  });

  it('ends a session idle longer than SESSION_IDLE_MINUTES; activity keeps it alive', async () => {
    const cookie = sessionCookie(await signIn(demoUsers.employee.email)).value;
    clock.advance(minutes(50));
    expect(await softwareStatus(cookie)).toBe(200);
    clock.advance(minutes(50));
    expect(await softwareStatus(cookie)).toBe(200);
    clock.advance(minutes(61));
    expect(await softwareStatus(cookie)).toBe(401);
  });

  it('SESSION_IDLE_MINUTES holds to the second: a 1-minute session used 30 s ago lives at 60 s and ends 60 s after its last request', async () => {
    const brief = await buildApp({
      db,
      clock,
      logLevel: 'silent',
      sessionSettings: { idleMinutes: 1, absoluteHours: 12 },
    });
    try {
      const cookie = sessionCookie(
        await signIn(demoUsers.employee.email, DEMO_PASSWORD, { on: brief }),
      ).value;
      const status = async () =>
        (
          await brief.inject({
            method: 'GET',
            url: '/trpc/software.list',
            cookies: { pbc_session: cookie },
          })
        ).statusCode;
      clock.advance(30_000);
      expect(await status()).toBe(200);
      clock.advance(30_000);
      expect(await status()).toBe(200);
      clock.advance(59_000);
      expect(await status()).toBe(200);
      clock.advance(60_000);
      expect(await status()).toBe(401);
    } finally {
      await brief.close();
    }
  });

  it('writes last_seen_at at most once a second', async () => {
    const cookie = sessionCookie(await signIn(demoUsers.employee.email)).value;
    const lastSeen = async () =>
      (
        await db
          .select({ at: sessions.lastSeenAt })
          .from(sessions)
          .where(eq(sessions.tokenHash, hashSessionToken(cookie)))
      )[0]!.at.getTime();
    const signedInAt = clock.now().getTime();
    clock.advance(500);
    await softwareStatus(cookie);
    expect(await lastSeen()).toBe(signedInAt);
    clock.advance(500);
    await softwareStatus(cookie);
    expect(await lastSeen()).toBe(clock.now().getTime());
  });

  it('ends a session SESSION_ABSOLUTE_HOURS after sign-in, however active', async () => {
    const cookie = sessionCookie(await signIn(demoUsers.employee.email)).value;
    for (let hour = 0; hour < 11; hour++) {
      clock.advance(minutes(59));
      expect(await softwareStatus(cookie)).toBe(200);
    }
    clock.advance(minutes(72));
    expect(await softwareStatus(cookie)).toBe(401);
  });

  it('answers a wrong password and an unknown email with the same message', async () => {
    const wrong = await signIn(demoUsers.guest.email, 'wrong password');
    const unknown = await signIn('nobody@contoso.example', 'wrong password');
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.json().error.message).toBe('Email or password is incorrect');
      expect(res.cookies).toEqual([]);
    }
  });

  it('rate limits failed sign-ins per account: the 6th attempt within 15 minutes is refused, even with the right password', async () => {
    await db.delete(rateLimitBuckets);
    for (let i = 0; i < 5; i++)
      expect((await signIn(demoUsers.userAdmin.email, 'nope')).statusCode).toBe(401);
    const limited = await signIn(demoUsers.userAdmin.email);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error).toMatchObject({
      message: 'Too many attempts, try again in 15 minutes',
      data: {
        code: 'TOO_MANY_REQUESTS',
        appCode: 'RATE_LIMITED',
        details: { retryAfterMinutes: 15 },
      },
    });
    // Unknown emails are limited the same way, so the answer tells nothing.
    for (let i = 0; i < 5; i++) await signIn('ghost@contoso.example', 'nope');
    expect((await signIn('ghost@contoso.example', 'nope')).json().error.message).toBe(
      'Too many attempts, try again in 15 minutes',
    );
    clock.advance(minutes(15));
    expect((await signIn(demoUsers.userAdmin.email)).statusCode).toBe(200);
  });

  it('rate limits failed sign-ins per address: 20 failures over many accounts block the address', async () => {
    await db.delete(rateLimitBuckets);
    const remoteAddress = '192.0.2.7';
    for (let i = 0; i < 20; i++)
      await signIn(`someone${i}@contoso.example`, 'nope', { remoteAddress });
    const limited = await signIn(demoUsers.globalAdmin.email, DEMO_PASSWORD, { remoteAddress });
    expect(limited.statusCode).toBe(429);
    expect((await signIn(demoUsers.globalAdmin.email)).statusCode).toBe(200);
  });

  describe('origin check', () => {
    const post = (headers: Record<string, string>) =>
      app.inject({
        method: 'POST',
        url: '/trpc/auth.signIn',
        remoteAddress: nextAddress(),
        headers: { host: 'benefits.example', ...headers },
        payload: { email: demoUsers.agent.email, password: DEMO_PASSWORD },
      });

    it('refuses a cross-site POST with 403 before tRPC', async () => {
      const res = await post({ origin: 'https://evil.example' });
      expect(res.statusCode).toBe(403);
      expect(res.cookies).toEqual([]);
    });

    it('lets same-origin, configured-origin and origin-less POSTs through', async () => {
      expect((await post({ origin: 'http://benefits.example' })).statusCode).toBe(200);
      expect((await post({ origin: 'https://partner.example' })).statusCode).toBe(200);
      expect((await post({})).statusCode).toBe(200);
    });

    it('does not trust X-Forwarded-Proto without TRUST_PROXY', async () => {
      const res = await post({ origin: 'https://benefits.example', 'x-forwarded-proto': 'https' });
      expect(res.statusCode).toBe(403);
    });
  });

  it('echoes the request id as x-request-id', async () => {
    const res = await app.inject({ method: 'GET', url: '/healthz' });
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  describe('GET /api/audit.csv (X-2)', () => {
    it('quotes per RFC 4180 and defuses formulas', () => {
      expect(csvCell('plain')).toBe('plain');
      expect(csvCell('a,b')).toBe('"a,b"');
      expect(csvCell('say "hi"')).toBe('"say ""hi"""');
      expect(csvCell('two\nlines')).toBe('"two\nlines"');
      for (const formula of ['=1+1', '+1', '-1', '@SUM(A1)'])
        expect(csvCell(formula)).toBe(`'${formula}`);
      expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    });

    it('streams the filtered events as an attachment', async () => {
      const admin = await sessionOf(db, demoUsers.globalAdmin.id);
      await recordAudit(
        db,
        { session: admin, request: { id: 'req-csv' }, clock },
        {
          action: 'test.csv',
          targetType: 'note',
          targetId: '=cmd|calc',
          targetName: 'Note, the first',
          after: { text: 'a, "quoted" value' },
        },
      );
      const cookie = sessionCookie(await signIn(demoUsers.agent.email)).value;
      const res = await app.inject({
        method: 'GET',
        url: '/api/audit.csv?action=test.',
        cookies: { pbc_session: cookie },
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toBe('attachment; filename="activity.csv"');
      const lines = res.body.trimEnd().split('\r\n');
      expect(lines[0]).toBe(
        'at,actor,action,targetType,targetId,targetName,before,after,requestId',
      );
      expect(lines).toHaveLength(2);
      expect(lines[1]).toContain(',Grace Taylor,test.csv,note,\'=cmd|calc,"Note, the first",,');
      expect(lines[1]).toContain('"{""text"":""a, \\""quoted\\"" value""}"');
    });

    it('needs a session and the audit.read permission', async () => {
      expect((await app.inject({ method: 'GET', url: '/api/audit.csv' })).statusCode).toBe(401);
      const employee = sessionCookie(await signIn(demoUsers.employee.email)).value;
      const res = await app.inject({
        method: 'GET',
        url: '/api/audit.csv',
        cookies: { pbc_session: employee },
      });
      expect(res.statusCode).toBe(403);
    });

    it('answers a bad filter with 400', async () => {
      const cookie = sessionCookie(await signIn(demoUsers.agent.email)).value;
      const res = await app.inject({
        method: 'GET',
        url: '/api/audit.csv?from=yesterday',
        cookies: { pbc_session: cookie },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().fieldErrors.from).toBeDefined();
    });
  });
});
