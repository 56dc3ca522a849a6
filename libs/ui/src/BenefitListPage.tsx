import { makeStyles, Title2, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { BenefitTable, type BenefitTableProps } from './BenefitTable.js';
import { QueryView, type ViewQuery } from './states.js';

export type ListQuery<T> = ViewQuery<{ items: readonly T[] }>;

export interface BenefitListPageProps<T extends { id: string }> extends Omit<
  BenefitTableProps<T>,
  'items' | 'label'
> {
  title: string;
  query: ListQuery<T>;
  /** Shown between the title and the table (notices, actions). */
  children?: ReactNode;
}

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

/** Title, then loading / error with retry / empty / the table: every benefit list page has this shape. */
export function BenefitListPage<T extends { id: string }>({
  title,
  query,
  children,
  ...table
}: BenefitListPageProps<T>) {
  const styles = useStyles();
  return (
    <section className={styles.page} aria-labelledby="benefit-page-title">
      <Title2 as="h1" id="benefit-page-title">
        {title}
      </Title2>
      {children}
      <QueryView query={query} isEmpty={(data) => data.items.length === 0}>
        {(data) => <BenefitTable label={title} items={data.items} {...table} />}
      </QueryView>
    </section>
  );
}
