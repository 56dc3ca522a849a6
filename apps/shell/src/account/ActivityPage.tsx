import { Button, Link, Select, Text, Title2 } from '@pbc/ui';
import { DataTable, Field, Input, type TableColumn } from '@pbc/ui/lists';
import { AuditFilter, inputLimits } from '@pbc/contract';
import { formatDateTime, useLocale } from '@pbc/i18n';
import { usePermission } from '@pbc/module-kit';
import type { RouterOutputs } from '@pbc/sdk';
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

type AuditEvent = RouterOutputs['audit']['list']['items'][number];

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
  const columns: TableColumn<AuditEvent>[] = [
    { id: 'when', header: t('account.when'), render: (event) => formatDateTime(event.at, locale) },
    {
      id: 'who',
      header: t('account.who'),
      render: (event) => event.actor?.displayName ?? t('account.system'),
    },
    {
      id: 'action',
      header: t('account.action'),
      render: (event) => (
        <>
          {t(`audit.actions.${event.action}`, { defaultValue: event.action })}{' '}
          <code className={styles.code}>{event.action}</code>
        </>
      ),
    },
    {
      id: 'target',
      header: t('account.target'),
      render: (event) => (
        <>
          {t(`audit.targets.${event.targetType}`, { defaultValue: event.targetType })}
          {': '}
          {event.targetName ?? event.targetId}
        </>
      ),
    },
  ];
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
          <Input
            {...inputLimits(AuditFilter.shape.action)}
            value={draft.action}
            onChange={set('action')}
            placeholder="directory"
          />
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
              <DataTable
                labelledBy="activity-title"
                items={data.pages.flatMap((page) => page.items)}
                columns={columns}
                rowTestId="audit-row"
              />
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
