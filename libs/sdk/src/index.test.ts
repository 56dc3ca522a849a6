import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { maxBatchCalls } from '@pbc/contract';
import { createClient, formError, idempotencyHeader, retryAfterSeconds } from './index.js';

const overview = {
  company: {
    id: '7b0c1f4e-8a55-4d7e-9b8e-2f1f7c3a9d01',
    name: 'Contoso',
    currency: 'USD',
    pmcMigrated: true,
  },
  offers: [],
};
const server = setupServer(
  // tRPC batches calls into `/trpc/<path>,<path>?batch=1` and answers one result per call.
  http.get('http://api.test/trpc/:paths', ({ params }) =>
    HttpResponse.json(
      String(params.paths)
        .split(',')
        .map(() => ({ result: { data: overview } })),
    ),
  ),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const client = createClient({ url: 'http://api.test/trpc' });

it('the plain client calls a procedure over HTTP and returns its typed output', async () => {
  const result = await client.membership.overview.query();
  expect(result.company.name).toBe('Contoso');
});

it('queries started at once share requests of at most maxBatchCalls calls, the server’s cap', async () => {
  const callsPerRequest: number[] = [];
  server.use(
    http.get('http://api.test/trpc/:paths', ({ params }) => {
      const paths = String(params.paths).split(',');
      callsPerRequest.push(paths.length);
      return HttpResponse.json(paths.map(() => ({ result: { data: overview } })));
    }),
  );
  const results = await Promise.all(
    Array.from({ length: 25 }, () => client.membership.overview.query()),
  );
  expect(results).toHaveLength(25);
  expect(callsPerRequest.reduce((sum, n) => sum + n, 0)).toBe(25);
  expect(Math.max(...callsPerRequest)).toBeLessThanOrEqual(maxBatchCalls);
});

it('X-3 sends a fresh Idempotency-Key per mutation and the same key when the call is retried', async () => {
  const keys: (string | null)[] = [];
  let failNext = true;
  server.use(
    http.post('http://api.test/trpc/auth.signOut', ({ request }) => {
      keys.push(request.headers.get(idempotencyHeader));
      if (failNext) {
        failNext = false;
        return HttpResponse.error(); // no answer: the sdk retries the same call
      }
      return HttpResponse.json([{ result: { data: null } }]);
    }),
  );
  await client.auth.signOut.mutate();
  await client.auth.signOut.mutate();
  expect(keys).toHaveLength(3);
  expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
  expect(keys[1]).toBe(keys[0]);
  expect(keys[2]).not.toBe(keys[0]);
});

it('X-3 turns a server error into field problems (codes, not English text) and a message key', () => {
  const error = {
    data: {
      appCode: 'VALIDATION',
      fieldErrors: { email: ['Already in the directory'], displayName: ['Too big'], roles: [] },
      fieldIssues: {
        email: [{ code: 'refused', reason: 'EMAIL_IN_DIRECTORY' }],
        displayName: [{ code: 'too_big', origin: 'string', maximum: 120 }],
      },
    },
  };
  expect(formError(error)).toEqual({
    fields: {
      email: { code: 'refused', reason: 'EMAIL_IN_DIRECTORY' },
      displayName: { code: 'too_big', origin: 'string', maximum: 120 },
    },
    messageKey: 'errors.appCodes.VALIDATION',
  });
  expect(formError({ data: { fieldErrors: { key: ['Bad key'] } } }).fields).toEqual({
    key: { code: 'custom' },
  });
  expect(
    formError({ data: { appCode: 'CONFLICT', details: { reason: 'LAST_GLOBAL_ADMIN' } } })
      .messageKey,
  ).toBe('errors.reasons.LAST_GLOBAL_ADMIN');
  expect(formError(new Error('offline')).messageKey).toBe('errors.appCodes.UNKNOWN');
});

it('X-6 sends the API token as Authorization: Bearer on queries and mutations', async () => {
  const seen: (string | null)[] = [];
  server.use(
    http.get('http://api.test/trpc/:paths', ({ request }) => {
      seen.push(request.headers.get('authorization'));
      return HttpResponse.json([{ result: { data: overview } }]);
    }),
    http.post('http://api.test/trpc/auth.signOut', ({ request }) => {
      seen.push(request.headers.get('authorization'));
      return HttpResponse.json([{ result: { data: null } }]);
    }),
  );
  const withToken = createClient({ url: 'http://api.test/trpc', token: 'pbc_secret' });
  await withToken.membership.overview.query();
  await withToken.auth.signOut.mutate();
  expect(seen).toEqual(['Bearer pbc_secret', 'Bearer pbc_secret']);
});

it('X-6 a 429 is sent again after its Retry-After with the same Idempotency-Key (X-3)', async () => {
  const calls: { key: string | null; at: number }[] = [];
  server.use(
    http.post('http://api.test/trpc/auth.signOut', ({ request }) => {
      calls.push({ key: request.headers.get(idempotencyHeader), at: Date.now() });
      if (calls.length === 1)
        return HttpResponse.json(
          { error: 'TOO_MANY_REQUESTS' },
          { status: 429, headers: { 'retry-after': '1' } },
        );
      return HttpResponse.json([{ result: { data: null } }]);
    }),
  );
  await client.auth.signOut.mutate();
  expect(calls).toHaveLength(2);
  expect(calls[1]!.key).toBe(calls[0]!.key);
  expect(calls[1]!.at - calls[0]!.at).toBeGreaterThanOrEqual(950);
});

it('X-6 a 429 whose wait is too long, or past the retries, is the caller’s error', async () => {
  let calls = 0;
  server.use(
    http.get('http://api.test/trpc/:paths', () => {
      calls++;
      return HttpResponse.json(
        { error: 'TOO_MANY_REQUESTS' },
        { status: 429, headers: { 'retry-after': '3600' } },
      );
    }),
  );
  await expect(client.membership.overview.query()).rejects.toThrow();
  expect(calls).toBe(1);
  expect(retryAfterSeconds('120')).toBe(120);
  expect(retryAfterSeconds(new Date(Date.now() + 5000).toUTCString())).toBeLessThanOrEqual(6);
  expect(retryAfterSeconds('soon')).toBeNull();
});
