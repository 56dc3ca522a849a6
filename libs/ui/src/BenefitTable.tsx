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
import { Fragment, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface BenefitColumn<T> {
  id: string;
  header: ReactNode;
  render: (row: T) => ReactNode;
  /** Makes the column sortable by this value. */
  sortValue?: (row: T) => string | number;
}

export interface BenefitTableProps<T extends { id: string }> {
  /** Accessible name of the table. */
  label: string;
  items: readonly T[];
  columns: readonly BenefitColumn<T>[];
  /** Names the row in the expand button's label ("Show details for …"). */
  rowName: (row: T) => string;
  /** What the expand chevron at the far right of a row reveals (SW-1, VS-1). */
  renderDetails: (row: T) => ReactNode;
}

type Sort = { columnId: string; direction: 'ascending' | 'descending' };

const useStyles = makeStyles({
  expandCell: { width: '48px', textAlign: 'end' },
  visuallyHidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)' },
  details: { backgroundColor: tokens.colorNeutralBackground2, padding: tokens.spacingVerticalM },
});

export function BenefitTable<T extends { id: string }>({
  label,
  items,
  columns,
  rowName,
  renderDetails,
}: BenefitTableProps<T>) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [sort, setSort] = useState<Sort | null>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());

  const rows = useMemo(() => {
    const sortValue = columns.find((c) => c.id === sort?.columnId)?.sortValue;
    if (!sort || !sortValue) return items;
    const factor = sort.direction === 'ascending' ? 1 : -1;
    return [...items].sort((a, b) => {
      const x = sortValue(a);
      const y = sortValue(b);
      return factor * (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y)));
    });
  }, [items, columns, sort]);

  const toggleSort = (columnId: string) =>
    setSort((s) => ({
      columnId,
      direction: s?.columnId === columnId && s.direction === 'ascending' ? 'descending' : 'ascending',
    }));
  const toggleRow = (id: string) =>
    setExpanded((open) => {
      const next = new Set(open);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <Table aria-label={label} sortable>
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
              <TableHeaderCell key={c.id} button={{ disabled: true }}>
                {c.header}
              </TableHeaderCell>
            ),
          )}
          <TableHeaderCell className={styles.expandCell} button={{ disabled: true }}>
            <span className={styles.visuallyHidden}>{t('common.details')}</span>
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => {
          const isOpen = expanded.has(row.id);
          const detailsId = `details-${row.id}`;
          return (
            <Fragment key={row.id}>
              <TableRow data-testid="benefit-row">
                {columns.map((c) => (
                  <TableCell key={c.id}>{c.render(row)}</TableCell>
                ))}
                <TableCell className={styles.expandCell}>
                  <Button
                    appearance="subtle"
                    icon={isOpen ? <ChevronUpRegular /> : <ChevronDownRegular />}
                    aria-expanded={isOpen}
                    aria-controls={isOpen ? detailsId : undefined}
                    aria-label={t(isOpen ? 'common.hideDetails' : 'common.showDetails', { name: rowName(row) })}
                    onClick={() => toggleRow(row.id)}
                  />
                </TableCell>
              </TableRow>
              {isOpen && (
                <TableRow id={detailsId} data-testid="benefit-row-details">
                  <TableCell colSpan={columns.length + 1} className={styles.details}>
                    {renderDetails(row)}
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
