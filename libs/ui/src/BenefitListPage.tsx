import { makeStyles, Title2, tokens } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BenefitFilters, filterBenefits, noBenefitFilter } from './BenefitFilters.js';
import { DataTable, type TableColumn } from './DataTable.js';
import { QueryView, type ViewQuery } from './states.js';

export type ListQuery<T> = ViewQuery<{ items: readonly T[] }>;

/** A benefit row; with its offer type when it has one (MEM-3). */
type BenefitRow = {
  id: string;
  offerType?: 'action_pack' | 'silver' | 'gold';
  benefitType?: 'core' | 'incremental';
};

export interface BenefitListPageProps<T extends BenefitRow> {
  title: string;
  query: ListQuery<T>;
  /** Shown between the title and the table (notices, actions). */
  children?: ReactNode;
  /** Shows the filter bar (text, offer type, benefit type); the text searched in a row. */
  searchText?: (row: T) => string;
  /** The table's accessible name when the page holds more than one table; default: `title`. */
  tableLabel?: string;
  columns: readonly TableColumn<T>[];
  /**
   * Names the row in the expand button's label ("Show details for …"); two rows of one name
   * (the same product from two levels) are told apart by their offer type.
   */
  rowName: (row: T) => string;
  /** What the expand chevron at the far right of a row reveals (SW-1, VS-1). */
  renderDetails: (row: T) => ReactNode;
}

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

/** Title, then loading / error with retry / empty / the table: every benefit list page has this shape. */
export function BenefitListPage<T extends BenefitRow>({
  title,
  query,
  children,
  searchText,
  tableLabel = title,
  rowName,
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
            rowName={distinctNames(data.items, rowName, (row, withBenefitType) =>
              t('common.nameWithOffer', {
                name: rowName(row),
                offer: [
                  t(`common.offerTypes.${row.offerType}`),
                  ...(withBenefitType ? [t(`common.benefitTypes.${row.benefitType}`)] : []),
                ].join(t('common.termSeparator')),
              }),
            )}
            {...table}
          />
        )}
      </QueryView>
    </section>
  );
}

/**
 * `rowName`, told apart where rows share it: by the offer type (the same product from two
 * levels), and by the benefit type too where that is not enough (a level's core seats beside a
 * competency's).
 */
function distinctNames<T extends BenefitRow>(
  items: readonly T[],
  rowName: (row: T) => string,
  terms: (row: T, withBenefitType: boolean) => string,
): (row: T) => string {
  const count = (key: (row: T) => string) => {
    const seen = new Map<string, number>();
    for (const row of items) seen.set(key(row), (seen.get(key(row)) ?? 0) + 1);
    return (row: T) => seen.get(key(row)) ?? 0;
  };
  const byName = count(rowName);
  const byNameAndOffer = count((row) => `${rowName(row)}\u0000${row.offerType}`);
  return (row) => {
    if (byName(row) < 2 || !row.offerType) return rowName(row);
    return terms(row, byNameAndOffer(row) > 1 && row.benefitType !== undefined);
  };
}
