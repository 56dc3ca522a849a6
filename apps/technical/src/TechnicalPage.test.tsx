import { renderModule } from '@pbc/testing';
import { screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import module from './module.js';

it('TECH-2 lists the technical benefits with allowance and status', async () => {
  renderModule(module);
  expect(
    await screen.findByRole('cell', { name: 'Microsoft Product Support incidents' }),
  ).toBeInTheDocument();
  expect(screen.getByRole('cell', { name: '20 incidents per year' })).toBeInTheDocument();
  expect(screen.getByText('Not activated')).toBeInTheDocument();
  expect(screen.getByText('Active')).toBeInTheDocument();
});

it('X-1 shows names and statuses in zh-CN', async () => {
  renderModule(module, { locale: 'zh-CN' });
  expect(await screen.findByRole('cell', { name: '技术预售和部署服务' })).toBeInTheDocument();
  expect(screen.getByRole('cell', { name: '每年 50 小时' })).toBeInTheDocument();
  expect(screen.getByText('未激活')).toBeInTheDocument();
});
