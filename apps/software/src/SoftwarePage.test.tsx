import { buildSoftwareBenefit, mockServer, renderModule, trpcHandlers } from '@pbc/testing';
import { screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import module from './module.js';

it('SW-1 lists the seeded software benefits with quantity, offer type, benefit type and expiry', async () => {
  renderModule(module);
  expect(await screen.findByRole('cell', { name: 'Windows Server 2019 Datacenter' })).toBeInTheDocument();
  expect(screen.getAllByTestId('benefit-row')).toHaveLength(3);
  expect(screen.getAllByText('Gold').length).toBeGreaterThan(0);
  expect(screen.getAllByText('Core benefit').length).toBeGreaterThan(0);
});

it('X-1 shows the page in zh-CN with the seed wording and Chinese dates', async () => {
  mockServer.use(...trpcHandlers({ 'software.list': { items: [buildSoftwareBenefit({ offerType: 'silver', expiresOn: '2027-06-30' })] } }));
  renderModule(module, { locale: 'zh-CN' });
  expect(await screen.findByRole('heading', { name: '软件' })).toBeInTheDocument();
  expect(await screen.findByText('银牌')).toBeInTheDocument();
  expect(screen.getByText('2027年6月30日')).toBeInTheDocument();
  expect(screen.getByRole('columnheader', { name: '到期日期' })).toBeInTheDocument();
});
