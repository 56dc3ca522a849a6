import { buildReportArea, mockServer, renderWithProviders, trpcHandlers } from '@pbc/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import { reportCsv } from './reportCsv.js';
import { ReportsPage } from './ReportsPage.js';

it('Insights the table shows each area’s figures, the same the chart draws', async () => {
  renderWithProviders(<ReportsPage />);
  const [software, vs] = await screen.findAllByTestId('report-row');
  expect(
    within(software!)
      .getAllByRole('cell')
      .map((c) => c.textContent),
  ).toEqual(['Software', '12', '3', '3', '9', '1', '2', '3']);
  expect(within(vs!).getAllByRole('cell')[0]).toHaveTextContent('Visual Studio subscriptions');
  expect(await screen.findByTestId('report-chart')).toBeInTheDocument();
});

it('Insights filtering by offer and area asks the server for those figures', async () => {
  const user = userEvent.setup();
  const asked: unknown[] = [];
  mockServer.use(
    ...trpcHandlers({
      'membership.report': (input) => {
        asked.push(input);
        return { asOf: '2026-11-24', areas: [buildReportArea({ module: 'technical' })] };
      },
    }),
  );
  renderWithProviders(<ReportsPage />);
  await screen.findByTestId('report-row');
  await user.selectOptions(screen.getByRole('combobox', { name: 'Offer' }), 'Gold');
  await user.selectOptions(
    screen.getByRole('combobox', { name: 'Benefit area' }),
    'Technical benefits',
  );
  await vi.waitFor(() => expect(asked.at(-1)).toEqual({ offerType: 'gold', module: 'technical' }));
});

it('Insights X-1 the report in zh-CN', async () => {
  renderWithProviders(<ReportsPage />, { locale: 'zh-CN' });
  expect(await screen.findByRole('heading', { name: '权益报告' })).toBeInTheDocument();
  expect(
    await screen.findByRole('columnheader', { name: '未使用，30 天内到期' }),
  ).toBeInTheDocument();
  expect(screen.getByRole('button', { name: '导出 CSV' })).toBeEnabled();
});

it('Insights the CSV has the table’s columns and figures, quoted where needed', () => {
  const headers = {
    area: 'Area',
    granted: 'Granted',
    activated: 'Activated',
    used: 'Used',
    unused: 'Unused',
    expiring30: 'In 30',
    expiring90: 'In 90',
    expiring120: 'In 120',
  };
  const csv = reportCsv(
    [buildReportArea({ module: 'azure-cloud' })],
    headers,
    () => 'Azure, and "cloud"',
  );
  expect(csv).toBe(
    'Area,Granted,Activated,Used,Unused,In 30,In 90,In 120\r\n' +
      '"Azure, and ""cloud""",10,4,4,6,1,2,3\r\n',
  );
});
