import { makeStyles, Title2, tokens } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BenefitFilters, filterBenefits, noBenefitFilter } from './BenefitFilters.js';
import { BenefitTable, type BenefitTableProps } from './BenefitTable.js';
import { EmptyState, QueryView, type ViewQuery } from './states.js';

export type ListQuery<T> = ViewQuery<{ items: readonly T[] }>;

export interface BenefitListPageProps<T extends { id: string }> extends Omit<
  BenefitTableProps<T>,
  'items' | 'label'
> {
  title: string;
  query: ListQuery<T>;
  /** Shown between the title and the table (notices, actions). */
  children?: ReactNode;
  /** Shows the filter bar (text, offer type, benefit type); the text searched in a row. */
  searchText?: (row: T) => string;
  /** The table's accessible name when the page holds more than one table; default: `title`. */
  tableLabel?: string;
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
        {(data) => {
          const shown = searchText ? filterBenefits(data.items, filter, searchText) : data.items;
          return shown.length === 0 ? (
            <EmptyState>{t('common.noMatch')}</EmptyState>
          ) : (
            <BenefitTable label={tableLabel} items={shown} {...table} />
          );
        }}
      </QueryView>
    </section>
  );
}
