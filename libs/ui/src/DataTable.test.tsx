import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createI18n } from '@pbc/i18n';
import { messages } from '@pbc/i18n/catalogs';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { expect, it } from 'vitest';
import { DataTable, type TableColumn } from './lists.js';

type Row = { id: string; name: string; quantity: number };
const rows: Row[] = [
  { id: 'a', name: 'Windows Server', quantity: 5 },
  { id: 'b', name: 'Office', quantity: 25 },
  { id: 'c', name: 'SQL Server', quantity: 2 },
];
const columns: TableColumn<Row>[] = [
  { id: 'name', header: 'Product', render: (r) => r.name, sortValue: (r) => r.name },
  { id: 'quantity', header: 'Quantity', render: (r) => r.quantity, sortValue: (r) => r.quantity },
];

function Providers({ children }: { children: ReactNode }) {
  return (
    <I18nextProvider i18n={createI18n('en-US', messages)}>
      <FluentProvider theme={webLightTheme}>{children}</FluentProvider>
    </I18nextProvider>
  );
}

const firstCells = () =>
  screen
    .getAllByTestId('benefit-row')
    .map((row) => within(row).getAllByRole('cell')[0]?.textContent);

it('sorts by a column and expands a row from the chevron at its far right (SW-1)', async () => {
  const user = userEvent.setup();
  render(
    <Providers>
      <DataTable
        label="Software"
        items={rows}
        columns={columns}
        rowTestId="benefit-row"
        rowName={(r) => r.name}
        renderDetails={(r) => `Keys of ${r.name}`}
      />
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
  expect(screen.getByTestId('benefit-row-details')).toHaveTextContent('Keys of Office');
  await user.click(screen.getByRole('button', { name: 'Quantity' }));
  expect(firstCells()).toEqual(['SQL Server', 'Windows Server', 'Office']);
  expect(screen.getByText('Keys of Office')).toBeVisible(); // the row stays open when sorted
  await user.click(screen.getByRole('button', { name: 'Hide details for Office' }));
  expect(screen.queryByText('Keys of Office')).not.toBeInTheDocument();
});

it('a plain table: named by its heading, headers that are not buttons, no expand column', () => {
  type Line = { email: string; outcome: string };
  const lines: Line[] = [
    { email: 'a@contoso.example', outcome: 'Gets a seat' },
    { email: 'a@contoso.example', outcome: 'Already holds a seat' },
  ];
  render(
    <Providers>
      <h2 id="outcome-title">What happens</h2>
      <DataTable
        labelledBy="outcome-title"
        items={lines}
        columns={[
          { id: 'email', header: 'Email', render: (l) => l.email },
          { id: 'outcome', header: 'Outcome', render: (l) => l.outcome },
        ]}
        rowTestId="bulk-row"
        rowId={(l, i) => `${i}-${l.email}`}
      />
    </Providers>,
  );
  const table = screen.getByRole('table', { name: 'What happens' });
  expect(
    within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent),
  ).toEqual(['Email', 'Outcome']);
  expect(within(table).queryByRole('button')).not.toBeInTheDocument();
  expect(screen.getAllByTestId('bulk-row').map((r) => r.textContent)).toEqual([
    'a@contoso.exampleGets a seat',
    'a@contoso.exampleAlready holds a seat',
  ]);
});

it('shows the empty text instead of a table without rows', () => {
  render(
    <Providers>
      <DataTable
        label="Software"
        items={[]}
        columns={columns}
        rowTestId="benefit-row"
        empty="No benefits match the filters."
      />
    </Providers>,
  );
  expect(screen.queryByRole('table')).not.toBeInTheDocument();
  expect(screen.getByTestId('empty-state')).toHaveTextContent('No benefits match the filters.');
});
