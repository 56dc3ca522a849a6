import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createI18n } from '@pbc/i18n';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { expect, it } from 'vitest';
import { BenefitTable, type BenefitColumn } from './lists.js';

type Row = { id: string; name: string; quantity: number };
const rows: Row[] = [
  { id: 'a', name: 'Windows Server', quantity: 5 },
  { id: 'b', name: 'Office', quantity: 25 },
  { id: 'c', name: 'SQL Server', quantity: 2 },
];
const columns: BenefitColumn<Row>[] = [
  { id: 'name', header: 'Product', render: (r) => r.name, sortValue: (r) => r.name },
  { id: 'quantity', header: 'Quantity', render: (r) => r.quantity, sortValue: (r) => r.quantity },
];

function Providers({ children }: { children: ReactNode }) {
  return (
    <I18nextProvider i18n={createI18n('en-US')}>
      <FluentProvider theme={webLightTheme}>{children}</FluentProvider>
    </I18nextProvider>
  );
}

const firstCells = () => screen.getAllByTestId('benefit-row').map((row) => within(row).getAllByRole('cell')[0]?.textContent);

it('sorts by a column and expands a row from the chevron at its far right (SW-1)', async () => {
  const user = userEvent.setup();
  render(
    <Providers>
      <BenefitTable label="Software" items={rows} columns={columns} rowName={(r) => r.name} renderDetails={(r) => `Keys of ${r.name}`} />
    </Providers>,
  );
  expect(firstCells()).toEqual(['Windows Server', 'Office', 'SQL Server']);

  await user.click(screen.getByRole('button', { name: 'Quantity' }));
  expect(firstCells()).toEqual(['SQL Server', 'Windows Server', 'Office']);
  await user.click(screen.getByRole('button', { name: 'Quantity' }));
  expect(firstCells()).toEqual(['Office', 'Windows Server', 'SQL Server']);

  const expand = screen.getByRole('button', { name: 'Show details for Office' });
  expect(expand).toHaveAttribute('aria-expanded', 'false');
  await user.click(expand);
  expect(screen.getByText('Keys of Office')).toBeVisible();
  await user.click(screen.getByRole('button', { name: 'Hide details for Office' }));
  expect(screen.queryByText('Keys of Office')).not.toBeInTheDocument();
});
