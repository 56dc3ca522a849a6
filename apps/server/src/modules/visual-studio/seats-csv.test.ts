// The seat list as CSV (VS-1) and the browser tests' movable clock (PBC_TEST_CLOCK) over HTTP.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { DEMO_PASSWORD, demoUsers } from '../../db/seed-ids.js';
import { openSeededPglite } from '../../test/databases.js';
import { movableClock } from '../../http/test-clock.js';


describe('visual studio over HTTP', () => {
  let app: FastifyInstance;
  let plain: FastifyInstance;
  let dispose: () => Promise<void>;
  const clock = movableClock();

  beforeAll(async () => {
    const opened = await openSeededPglite();
    dispose = opened.dispose;
    const options = {
      db: opened.database.db,
      logLevel: 'silent' as const,
    };
    app = await buildApp({ ...options, testClock: clock });
    plain = await buildApp(options);
  });
  afterAll(async () => {
    await app.close();
    await plain.close();
    await dispose();
  });

  const signIn = async (email: string) => {
    const res = await app.inject({
      method: 'POST',
      url: '/trpc/auth.signIn',
      payload: { email, password: DEMO_PASSWORD },
    });
    return res.cookies.find((c) => c.name === 'pbc_session')!.value;
  };

  it('VS-1 exports every seat of the company with holder and unlock date, for any signed-in user', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/api/visual-studio/seats.csv',
      cookies: { pbc_session: await signIn(demoUsers.employee.email) },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = res.body.trimEnd().split('\r\n');
    expect(lines[0]).toBe('subscription,holder,email,kind,assignedAt,holderSince,unlocksAt');
    expect(lines).toHaveLength(5);
    expect(lines).toContain(
      'Visual Studio Enterprise,Adele Vance (Northwind),adele.vance@northwind.example,guest,2026-10-19T14:30:00.000Z,2026-10-19T14:30:00.000Z,2027-01-17T14:30:00.000Z',
    );
    expect(res.body).not.toContain('fabrikam.com');
  });

  it('VS-1 the export needs a session', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/visual-studio/seats.csv' });
    expect(res.statusCode).toBe(401);
  });

  it('PBC_TEST_CLOCK moves the server clock forward from this machine only', async () => {
    const before = clock.now().getTime();
    const res = await app.inject({ method: 'POST', url: '/__test/clock', payload: { days: 91 } });
    expect(res.statusCode).toBe(200);
    const moved = Date.parse(res.json<{ now: string }>().now) - before;
    expect(moved).toBeGreaterThanOrEqual(91 * 86_400_000);
    expect(moved).toBeLessThan(91 * 86_400_000 + 60_000);
    const remote = await app.inject({
      method: 'POST',
      url: '/__test/clock',
      remoteAddress: '10.0.0.9',
      payload: { days: 1 },
    });
    expect(remote.statusCode).toBe(403);
    const invalid = await app.inject({
      method: 'POST',
      url: '/__test/clock',
      payload: { days: -1 },
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json()).toMatchObject({ fieldErrors: { days: [expect.any(String)] } });
    const remoteReset = await app.inject({
      method: 'DELETE',
      url: '/__test/clock',
      remoteAddress: '10.0.0.9',
    });
    expect(remoteReset.statusCode).toBe(403);
    const reset = await app.inject({ method: 'DELETE', url: '/__test/clock' });
    expect(reset.statusCode).toBe(200);
    expect(Math.abs(Date.parse(reset.json<{ now: string }>().now) - Date.now())).toBeLessThan(
      60_000,
    );
  });

  it('without PBC_TEST_CLOCK there is no clock to move', async () => {
    const res = await plain.inject({ method: 'POST', url: '/__test/clock', payload: { days: 1 } });
    expect(res.statusCode).toBe(404);
  });
});
