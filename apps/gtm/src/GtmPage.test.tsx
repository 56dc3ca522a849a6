import { renderModule } from '@pbc/testing';
import { screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import module from './module.js';

it('GTM-1 lists the offers with type, status and expiry', async () => {
  renderModule(module);
  expect(await screen.findByRole('cell', { name: 'Gold Core' })).toBeInTheDocument();
  expect(screen.getByRole('cell', { name: 'ISV Co-sell ready' })).toBeInTheDocument();
  expect(screen.getByRole('cell', { name: 'Jun 30, 2027' })).toBeInTheDocument();
});

it('X-1 shows offers in zh-CN with the seed wording', async () => {
  renderModule(module, { locale: 'zh-CN' });
  expect(await screen.findByRole('cell', { name: '金级核心' })).toBeInTheDocument();
  expect(screen.getByText('有效')).toBeInTheDocument();
  expect(screen.getByRole('columnheader', { name: '过期' })).toBeInTheDocument();
});
