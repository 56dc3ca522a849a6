import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createClient } from './index.js';

const overview = {
  company: { id: '7b0c1f4e-8a55-4d7e-9b8e-2f1f7c3a9d01', name: 'Contoso', currency: 'USD', pmcMigrated: true },
  offers: [],
};
const server = setupServer(
  // tRPC batches calls into `/trpc/<path>,<path>?batch=1` and answers one result per call.
  http.get('http://api.test/trpc/:paths', ({ params }) =>
    HttpResponse.json(String(params.paths).split(',').map(() => ({ result: { data: overview } }))),
  ),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

it('the plain client calls a procedure over HTTP and returns its typed output', async () => {
  const client = createClient({ url: 'http://api.test/trpc' });
  const result = await client.membership.overview.query();
  expect(result.company.name).toBe('Contoso');
});
