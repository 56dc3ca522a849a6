import { buildVsSubscription, mockServer, renderModule, trpcHandlers } from '@pbc/testing';
import { screen, within } from '@testing-library/react';
import { expect, it } from 'vitest';
import module from './module.js';

it('VS-1 lists the subscriptions with seats total, used and free', async () => {
  mockServer.use(...trpcHandlers({ 'visualStudio.list': { items: [buildVsSubscription({ edition: 'Visual Studio Enterprise', seatsTotal: 25, seatsUsed: 3 })] } }));
  renderModule(module);
  const row = (await screen.findAllByTestId('benefit-row'))[0]!;
  expect(within(row).getAllByRole('cell').map((c) => c.textContent).slice(0, 4)).toEqual(['Visual Studio Enterprise', '25', '3', '22']);
});

it('X-1 shows the page in zh-CN', async () => {
  renderModule(module, { locale: 'zh-CN' });
  expect(await screen.findByRole('heading', { name: 'Visual Studio 订阅' })).toBeInTheDocument();
  expect(await screen.findAllByTestId('benefit-row')).toHaveLength(2);
  expect(screen.getByRole('columnheader', { name: '权益类型' })).toBeInTheDocument();
});
