import { Button, Link, Select, Text, Title2 } from '@pbc/ui';
import {
  Field,
  Input,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@pbc/ui/lists';
import { formatDateTime, useLocale } from '@pbc/i18n';
import { usePermission } from '@pbc/module-kit';
import { useTRPC } from '@pbc/sdk/react';
import { PermissionState, QueryView } from '@pbc/ui';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { usePageStyles } from '../pageStyles.js';

interface Filters {
  actorId: string;
  action: string;
  /** `YYYY-MM-DD` from the date inputs, read as whole days in the user's time zone. */
  from: string;
  to: string;
}
const noFilters: Filters = { actorId: '', action: '', from: '', to: '' };

/** The `audit.list` filter for what the form holds: empty fields filter nothing. */
function toAuditFilter({ actorId, action, from, to }: Filters) {
  return {
    ...(actorId ? { actorId } : {}),
    ...(action.trim() ? { action: action.trim() } : {}),
    ...(from ? { from: new Date(`${from}T00:00:00`).toISOString() } : {}),
    ...(to ? { to: new Date(`${to}T23:59:59.999`).toISOString() } : {}),
  };
}

/** `/account/activity`: the audit log with filters, paging and the same filters as CSV. */
export function ActivityPage() {
  const { t, locale } = useLocale();
  const styles = usePageStyles();
  const trpc = useTRPC();
  const read = usePermission('audit.read');
  const [draft, setDraft] = useState<Filters>(noFilters);
  const [filter, setFilter] = useState(() => toAuditFilter(noFilters));
  const directory = useQuery(trpc.directory.list.queryOptions({}));
  const events = useInfiniteQuery(
    trpc.audit.list.infiniteQueryOptions(
      { filter, limit: 50 },
      { enabled: read.allowed, getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  const apply = (event: FormEvent) => {
    event.preventDefault();
    setFilter(toAuditFilter(draft));
  };
  const set = (key: keyof Filters) => (_: unknown, data: { value: string }) =>
    setDraft((d) => ({ ...d, [key]: data.value }));
  return (
    <section className={styles.page} aria-labelledby="activity-title">
      <Title2 as="h1" id="activity-title">
        {t('account.activityTitle')}
      </Title2>
      <Text>{t('account.activityIntro')}</Text>
      {!read.allowed && read.anyOf.length > 0 && <PermissionState missing={read} />}
      <form className={styles.toolbar} onSubmit={apply}>
        <Field label={t('account.who')}>
          <Select value={draft.actorId} onChange={set('actorId')}>
            <option value="">{t('account.anyone')}</option>
            {directory.data?.items.map((user) => (
              <option key={user.id} value={user.id}>
                {user.displayName}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('account.what')}>
          <Input value={draft.action} onChange={set('action')} placeholder="directory" />
        </Field>
        <Field label={t('account.from')}>
          <Input type="date" value={draft.from} onChange={set('from')} />
        </Field>
        <Field label={t('account.to')}>
          <Input type="date" value={draft.to} onChange={set('to')} />
        </Field>
        <Button type="submit" disabled={!read.allowed}>
          {t('account.apply')}
        </Button>
        {read.allowed && (
          <Link href={`/api/audit.csv?${new URLSearchParams(filter).toString()}`} download>
            {t('account.exportCsv')}
          </Link>
        )}
      </form>
      {read.allowed && (
        <QueryView
          query={events}
          isEmpty={(data) => data.pages.every((page) => page.items.length === 0)}
        >
          {(data) => (
            <>
              <Table aria-labelledby="activity-title">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>{t('account.when')}</TableHeaderCell>
                    <TableHeaderCell>{t('account.who')}</TableHeaderCell>
                    <TableHeaderCell>{t('account.action')}</TableHeaderCell>
                    <TableHeaderCell>{t('account.target')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {data.pages
                    .flatMap((page) => page.items)
                    .map((event) => (
                      <TableRow key={event.id} data-testid="audit-row">
                        <TableCell>{formatDateTime(event.at, locale)}</TableCell>
                        <TableCell>{event.actor?.displayName ?? t('account.system')}</TableCell>
                        <TableCell>
                          {t(`audit.actions.${event.action}`, { defaultValue: event.action })}{' '}
                          <code className={styles.code}>{event.action}</code>
                        </TableCell>
                        <TableCell>
                          {t(`audit.targets.${event.targetType}`, {
                            defaultValue: event.targetType,
                          })}
                          {': '}
                          {event.targetName ?? event.targetId}
                        </TableCell>
                      </TableRow>
                    ))}
                </TableBody>
              </Table>
              {events.hasNextPage && (
                <Button
                  onClick={() => void events.fetchNextPage()}
                  disabled={events.isFetchingNextPage}
                >
                  {t('account.loadMore')}
                </Button>
              )}
            </>
          )}
        </QueryView>
      )}
    </section>
  );
}
