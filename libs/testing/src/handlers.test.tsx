import { useTRPC } from '@pbc/sdk/react';
import { useQuery } from '@tanstack/react-query';
import { screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { mockServer, renderWithProviders, testTrpcUrl, trpcHandlers } from './index.js';

function Products() {
  const trpc = useTRPC();
  const software = useQuery(trpc.software.list.queryOptions({}));
  const overview = useQuery(trpc.membership.overview.queryOptions());
  if (software.isError) return <p>failed</p>;
  return (
    <p>
      {overview.data?.company.name}: {software.data?.items.map((i) => i.name['en-US']).join(', ')}
    </p>
  );
}

it('answers batched tRPC calls from the demo fixtures', async () => {
  renderWithProviders(<Products />);
  expect(
    await screen.findByText(/Contoso Ltd\.: Windows Server 2019 Datacenter, SQL Server/),
  ).toBeInTheDocument();
});

it('fails a procedure on request', async () => {
  mockServer.use(...trpcHandlers({ 'software.list': 'error' }));
  renderWithProviders(<Products />);
  expect(await screen.findByText('failed')).toBeInTheDocument();
});

it('answers a void procedure without data, and a procedure it has no mock for with NOT_FOUND', async () => {
  const signOut = await fetch(`${testTrpcUrl}/auth.signOut?batch=1`, {
    method: 'POST',
    body: '{}',
  });
  expect(await signOut.json()).toEqual([{ result: {} }]);
  const unknown = await fetch(`${testTrpcUrl}/nothing.here?batch=1&input=%7B%7D`);
  expect(unknown.status).toBe(207);
  expect(await unknown.json()).toEqual([
    {
      error: {
        message: 'No mock for nothing.here',
        code: -32004,
        data: { code: 'NOT_FOUND', path: 'nothing.here' },
      },
    },
  ]);
});
