import { makeStyles, Title2, tokens } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BenefitFilters, filterBenefits, noBenefitFilter } from './BenefitFilters.js';
import { DataTable, type TableColumn } from './DataTable.js';
import { QueryView, type ViewQuery } from './states.js';

export type ListQuery<T> = ViewQuery<{ items: readonly T[] }>;

export interface BenefitListPageProps<T extends { id: string }> {
  title: string;
  query: ListQuery<T>;
  /** Shown between the title and the table (notices, actions). */
  children?: ReactNode;
  /** Shows the filter bar (text, offer type, benefit type); the text searched in a row. */
  searchText?: (row: T) => string;
  /** The table's accessible name when the page holds more than one table; default: `title`. */
  tableLabel?: string;
  columns: readonly TableColumn<T>[];
  /** Names the row in the expand button's label ("Show details for …"). */
  rowName: (row: T) => string;
  /** What the expand chevron at the far right of a row reveals (SW-1, VS-1). */
  renderDetails: (row: T) => ReactNode;
}

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

/** Title, then loading / error with retry / empty / the table: every benefit list page has this shape. */
export function BenefitListPage<T extends { id: string }>({
  title,
  query,
  children,
  searchText,
  tableLabel = title,
  ...table
}: BenefitListPageProps<T>) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [filter, setFilter] = useState(noBenefitFilter);
  return (
    <section className={styles.page} aria-labelledby="benefit-page-title">
      <Title2 as="h1" id="benefit-page-title">
        {title}
      </Title2>
      {children}
      {searchText && <BenefitFilters value={filter} onChange={setFilter} />}
      <QueryView query={query} isEmpty={(data) => data.items.length === 0}>
        {(data) => (
          <DataTable
            label={tableLabel}
            items={searchText ? filterBenefits(data.items, filter, searchText) : data.items}
            rowTestId="benefit-row"
            empty={t('common.noMatch')}
            {...table}
          />
        )}
      </QueryView>
    </section>
  );
}
