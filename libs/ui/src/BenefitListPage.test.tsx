import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createI18n } from '@pbc/i18n';
import { messages } from '@pbc/i18n/catalogs';
import { render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { expect, it } from 'vitest';
import { BenefitListPage, type TableColumn } from './lists.js';

type Row = {
  id: string;
  name: string;
  offerType: 'silver' | 'gold';
  benefitType: 'core' | 'incremental';
};
const columns: TableColumn<Row>[] = [{ id: 'name', header: 'Product', render: (r) => r.name }];

function page(children: ReactNode) {
  return render(
    <I18nextProvider i18n={createI18n('en-US', messages)}>
      <FluentProvider theme={webLightTheme}>{children}</FluentProvider>
    </I18nextProvider>,
  );
}

const query = (items: Row[]) => ({
  data: { items },
  isPending: false,
  isError: false,
  refetch: () => undefined,
});

it('MEM-3 MEM-8 rows of one name are told apart by offer type, then by benefit type; a unique name stays as it is', () => {
  const items: Row[] = [
    { id: 'a', name: 'Office Professional Plus 2019', offerType: 'gold', benefitType: 'core' },
    { id: 'b', name: 'Office Professional Plus 2019', offerType: 'silver', benefitType: 'core' },
    { id: 'c', name: 'Visio Professional 2019', offerType: 'gold', benefitType: 'core' },
    // A level's core seats beside the seats of a Gold competency.
    { id: 'd', name: 'Visual Studio Enterprise', offerType: 'gold', benefitType: 'core' },
    { id: 'e', name: 'Visual Studio Enterprise', offerType: 'gold', benefitType: 'incremental' },
  ];
  page(
    <BenefitListPage
      title="Software"
      query={query(items)}
      columns={columns}
      rowName={(r) => r.name}
      renderDetails={(r) => r.name}
    />,
  );
  expect(
    screen.getByRole('button', { name: 'Show details for Office Professional Plus 2019 (Gold)' }),
  ).toBeInTheDocument();
  expect(
    screen.getByRole('button', { name: 'Show details for Office Professional Plus 2019 (Silver)' }),
  ).toBeInTheDocument();
  expect(
    screen.getByRole('button', { name: 'Show details for Visio Professional 2019' }),
  ).toBeInTheDocument();
  expect(
    screen.getByRole('button', {
      name: 'Show details for Visual Studio Enterprise (Gold, Incremental benefit)',
    }),
  ).toBeInTheDocument();
  expect(
    screen.getByRole('button', {
      name: 'Show details for Visual Studio Enterprise (Gold, Core benefit)',
    }),
  ).toBeInTheDocument();
});
