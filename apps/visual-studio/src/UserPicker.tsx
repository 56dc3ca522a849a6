import { useLocale } from '@pbc/i18n';
import { useTRPC } from '@pbc/sdk/react';
import { makeStyles, Select, tokens } from '@pbc/ui';
import { Field, Input } from '@pbc/ui/lists';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';

const useStyles = makeStyles({
  picker: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    alignItems: 'flex-end',
  },
});

/**
 * VS-2: a directory user, members and guests alike (AZ-3), picked from a list narrowed by a
 * search. `exclude`: users who cannot take this seat (they hold one of the subscription already).
 */
export function UserPicker({
  value,
  onChange,
  exclude,
  error,
}: {
  value: string;
  onChange: (userId: string) => void;
  exclude: ReadonlySet<string>;
  error?: string | undefined;
}) {
  const { t } = useLocale();
  const styles = useStyles();
  const trpc = useTRPC();
  const [search, setSearch] = useState('');
  const directory = useQuery({
    ...trpc.directory.list.queryOptions({ search: search.trim() || undefined }),
    placeholderData: keepPreviousData,
  });
  const candidates = (directory.data?.items ?? []).filter((user) => !exclude.has(user.id));
  return (
    <div className={styles.picker}>
      <Field label={t('visualStudio.searchUsers')}>
        <Input type="search" value={search} onChange={(_, d) => setSearch(d.value)} />
      </Field>
      <Field label={t('visualStudio.user')} validationMessage={error}>
        <Select value={value} onChange={(_, d) => onChange(d.value)}>
          <option value="">{t('visualStudio.chooseUser')}</option>
          {candidates.map((user) => (
            <option key={user.id} value={user.id}>
              {`${user.displayName} (${user.email}, ${t(`account.kinds.${user.kind}`)})`}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
