import { buildAzureCredit, mockServer, renderModule, trpcHandlers } from '@pbc/testing';
import { screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import module from './module.js';

it('AZ-2 lists monthly and bulk credit with amounts in the user locale', async () => {
  renderModule(module);
  expect(await screen.findByRole('cell', { name: 'Monthly credit' })).toBeInTheDocument();
  expect(screen.getByRole('cell', { name: '$100.00 per month' })).toBeInTheDocument();
  expect(screen.getByRole('cell', { name: '$13,000.00 per year' })).toBeInTheDocument();
});

it('X-1 shows credit in zh-CN with the seed wording', async () => {
  mockServer.use(...trpcHandlers({ 'azure.listCredits': { items: [buildAzureCredit({ kind: 'bulk', amount: { amountMinor: 600_000, currency: 'USD' } })] } }));
  renderModule(module, { locale: 'zh-CN' });
  expect(await screen.findByRole('cell', { name: 'Azure 批量（每年）额度' })).toBeInTheDocument();
  expect(screen.getByRole('cell', { name: '每年 US$6,000.00' })).toBeInTheDocument();
  expect(screen.getByRole('heading', { name: '基于使用情况的订阅' })).toBeInTheDocument();
});
