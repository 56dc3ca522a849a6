import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { AdminContact, Role } from '@pbc/contract';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatList, useLocale } from '@pbc/i18n';

const useStyles = makeStyles({
  empty: {
    padding: tokens.spacingVerticalXXL,
    textAlign: 'center',
    color: tokens.colorNeutralForeground3,
  },
  loading: { padding: tokens.spacingVerticalXXL },
});

export function LoadingState({ label }: { label?: string }) {
  const styles = useStyles();
  const { t } = useTranslation();
  return <Spinner className={styles.loading} label={label ?? t('common.loading')} role="status" />;
}

export function EmptyState({ children }: { children?: ReactNode }) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <div className={styles.empty} data-testid="empty-state">
      <Text>{children ?? t('common.empty')}</Text>
    </div>
  );
}

export interface ErrorStateProps {
  message?: ReactNode;
  onRetry?: () => void;
  /** Lets tests and e2e tell a failed remote from a failed query. */
  'data-testid'?: string;
}

/** A contained error with a Retry button; the rest of the page keeps working. */
export function ErrorState({
  message,
  onRetry,
  'data-testid': testId = 'error-state',
}: ErrorStateProps) {
  const { t } = useTranslation();
  return (
    <MessageBar intent="error" layout="multiline" data-testid={testId} role="alert">
      <MessageBarBody>{message ?? t('common.loadFailed')}</MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button onClick={onRetry}>{t('common.retry')}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

/** The part of a TanStack Query result a view needs (ui does not depend on the sdk). */
export interface ViewQuery<T> {
  data: T | undefined;
  isPending: boolean;
  isError: boolean;
  refetch: () => unknown;
}

export interface QueryViewProps<T> {
  query: ViewQuery<T>;
  /** When true, the empty state shows instead of `children`. */
  isEmpty?: (data: T) => boolean;
  /** What the empty state says; default: "Nothing to show yet." */
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}

/** Loading, then an error with Retry, the empty state, or the data: the one shape of every query-backed view. */
export function QueryView<T>({ query, isEmpty, empty, children }: QueryViewProps<T>) {
  if (query.isPending) return <LoadingState />;
  if (query.isError || query.data === undefined) {
    return <ErrorState data-testid="query-error" onRetry={() => void query.refetch()} />;
  }
  if (isEmpty?.(query.data)) return <EmptyState>{empty}</EmptyState>;
  return <>{children(query.data)}</>;
}

/** What a user lacks for an action (ROLE-7): the roles any one of which would do, and who to ask. */
export interface MissingPermission {
  anyOf: readonly Role[];
  globalAdmins: readonly AdminContact[];
}

/** "This needs one of these roles: … Ask a Global admin of your company: …": one sentence for notices and disabled actions. */
export function usePermissionReason(): (missing: MissingPermission) => string {
  const { t, locale } = useLocale();
  // Any one of the roles grants it, and any one of the admins can help: "A or B".
  return ({ anyOf, globalAdmins }) => {
    const roles = formatList(
      anyOf.map((r) => t(`permission.roles.${r}`)),
      locale,
      'or',
    );
    const admins = formatList(
      globalAdmins.map((a) => `${a.displayName} (${a.email})`),
      locale,
      'or',
    );
    return `${t('permission.missing', { roles })} ${t('permission.askAdmins', { admins })}`;
  };
}

export interface PermissionStateProps {
  missing: MissingPermission;
  /** The page stays readable; the notice says so (ROLE-1). */
  readOnly?: boolean;
}

/** What is missing and who to ask, never an empty page (ROLE-7). */
export function PermissionState({ missing, readOnly = false }: PermissionStateProps) {
  const { t } = useTranslation();
  const reason = usePermissionReason();
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="permission-state">
      <MessageBarBody>
        <MessageBarTitle>{t('permission.title')}</MessageBarTitle>
        {readOnly && `${t('permission.readOnly')} `}
        {reason(missing)}
      </MessageBarBody>
    </MessageBar>
  );
}
