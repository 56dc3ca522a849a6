import { makeStyles, Title2, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { BenefitTable, type BenefitTableProps } from './BenefitTable.js';
import { EmptyState, ErrorState, LoadingState } from './states.js';

/** The part of a TanStack Query result the page needs (ui does not depend on the sdk). */
export interface ListQuery<T> {
  data: { items: readonly T[] } | undefined;
  isPending: boolean;
  isError: boolean;
  refetch: () => unknown;
}

export interface BenefitListPageProps<T extends { id: string }> extends Omit<BenefitTableProps<T>, 'items' | 'label'> {
  title: string;
  query: ListQuery<T>;
  /** Shown between the title and the table (notices, actions). */
  children?: ReactNode;
}

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

/** Title, then loading / error with retry / empty / the table: every benefit list page has this shape. */
export function BenefitListPage<T extends { id: string }>({ title, query, children, ...table }: BenefitListPageProps<T>) {
  const styles = useStyles();
  return (
    <section className={styles.page} aria-labelledby="benefit-page-title">
      <Title2 as="h1" id="benefit-page-title">
        {title}
      </Title2>
      {children}
      {query.isPending ? (
        <LoadingState />
      ) : query.isError || !query.data ? (
        <ErrorState data-testid="query-error" onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <EmptyState />
      ) : (
        <BenefitTable label={title} items={query.data.items} {...table} />
      )}
    </section>
  );
}
