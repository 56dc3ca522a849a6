import {
  Button,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { ChevronDownRegular, ChevronUpRegular } from '@fluentui/react-icons';
import { Fragment, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from './states.js';

export interface TableColumn<T> {
  id: string;
  header: ReactNode;
  render: (row: T) => ReactNode;
  /** Makes the column sortable by this value. */
  sortValue?: (row: T) => string | number;
}

/** The table's accessible name: a label, or the id of the heading that names it. */
type Name = { label: string; labelledBy?: never } | { labelledBy: string; label?: never };

/** Rows that expand: the chevron at the far right reveals `renderDetails` (SW-1, VS-1). */
type Details<T> =
  | {
      renderDetails: (row: T) => ReactNode;
      /** Names the row in the expand button's label ("Show details for …"). */
      rowName: (row: T) => string;
    }
  | { renderDetails?: never; rowName?: never };

/** React's key of a row: its `id` unless the rows have none. */
type RowId<T> = T extends { id: string }
  ? { rowId?: (row: T, index: number) => string }
  : { rowId: (row: T, index: number) => string };

export type DataTableProps<T> = Name &
  Details<T> &
  RowId<T> & {
    items: readonly T[];
    columns: readonly TableColumn<T>[];
    /** Each row's `data-testid` (details rows get `<rowTestId>-details`), what tests find rows by. */
    rowTestId: string;
    size?: 'small' | 'medium';
    /** Shown instead of the table when there is no row. */
    empty?: ReactNode;
  };

type Sort = { columnId: string; direction: 'ascending' | 'descending' };

const useStyles = makeStyles({
  // Columns share the width (Fluent's fixed layout): a long email or file name wraps inside its
  // column instead of running into the next one, and stays readable whole.
  cell: { overflowWrap: 'anywhere' },
  expandCell: { width: '48px', textAlign: 'end' },
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
  },
  details: { backgroundColor: tokens.colorNeutralBackground2, padding: tokens.spacingVerticalM },
});

/** The one table of the product: columns, sorting by any column with a `sortValue`, expandable rows. */
export function DataTable<T>(props: DataTableProps<T>) {
  const { items, columns, rowTestId, size, empty } = props;
  const rowId = (props.rowId ?? ((row: T) => (row as { id: string }).id)) as (
    row: T,
    index: number,
  ) => string;
  const details =
    props.renderDetails && props.rowName
      ? { render: props.renderDetails, name: props.rowName }
      : null;
  const styles = useStyles();
  const { t } = useTranslation();
  const [sort, setSort] = useState<Sort | null>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const sortable = columns.some((c) => c.sortValue);

  // Ids from the rows' own order, so a row keeps its id (and stays expanded) when sorted.
  const keyed = items.map((row, index) => ({ row, id: rowId(row, index) }));
  const sortValue = columns.find((c) => c.id === sort?.columnId)?.sortValue;
  const rows =
    sort && sortValue
      ? keyed.sort((a, b) => {
          const x = sortValue(a.row);
          const y = sortValue(b.row);
          const order =
            typeof x === 'number' && typeof y === 'number'
              ? x - y
              : String(x).localeCompare(String(y));
          return sort.direction === 'ascending' ? order : -order;
        })
      : keyed;

  if (items.length === 0 && empty !== undefined) return <EmptyState>{empty}</EmptyState>;

  const toggleSort = (columnId: string) =>
    setSort((s) => ({
      columnId,
      direction:
        s?.columnId === columnId && s.direction === 'ascending' ? 'descending' : 'ascending',
    }));
  const toggleRow = (id: string) =>
    setExpanded((open) => {
      const next = new Set(open);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  // In a sortable table every header is a button; the ones that do not sort are disabled.
  const notSorting = sortable ? { button: { disabled: true } } : {};

  return (
    <Table
      aria-label={props.label}
      aria-labelledby={props.labelledBy}
      sortable={sortable}
      size={size}
    >
      <TableHeader>
        <TableRow>
          {columns.map((c) =>
            c.sortValue ? (
              <TableHeaderCell
                key={c.id}
                sortDirection={sort?.columnId === c.id ? sort.direction : undefined}
                onClick={() => toggleSort(c.id)}
              >
                {c.header}
              </TableHeaderCell>
            ) : (
              <TableHeaderCell key={c.id} {...notSorting}>
                {c.header}
              </TableHeaderCell>
            ),
          )}
          {details && (
            <TableHeaderCell className={styles.expandCell} {...notSorting}>
              <span className={styles.visuallyHidden}>{t('common.details')}</span>
            </TableHeaderCell>
          )}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map(({ row, id }) => {
          const isOpen = expanded.has(id);
          const detailsId = `details-${id}`;
          return (
            <Fragment key={id}>
              <TableRow data-testid={rowTestId}>
                {columns.map((c) => (
                  <TableCell key={c.id} className={styles.cell}>
                    {c.render(row)}
                  </TableCell>
                ))}
                {details && (
                  <TableCell className={styles.expandCell}>
                    <Button
                      appearance="subtle"
                      icon={isOpen ? <ChevronUpRegular /> : <ChevronDownRegular />}
                      aria-expanded={isOpen}
                      aria-controls={isOpen ? detailsId : undefined}
                      aria-label={t(isOpen ? 'common.hideDetails' : 'common.showDetails', {
                        name: details.name(row),
                      })}
                      onClick={() => toggleRow(id)}
                    />
                  </TableCell>
                )}
              </TableRow>
              {details && isOpen && (
                <TableRow id={detailsId} data-testid={`${rowTestId}-details`}>
                  <TableCell colSpan={columns.length + 1} className={styles.details}>
                    {details.render(row)}
                  </TableCell>
                </TableRow>
              )}
            </Fragment>
          );
        })}
      </TableBody>
    </Table>
  );
}
