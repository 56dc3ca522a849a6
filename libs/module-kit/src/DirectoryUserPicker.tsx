// `@pbc/module-kit/directory`: not a shared singleton (see vite.ts), so the shell's first screen
// never loads the list components it uses; each module that picks users bundles this small file.
import { directorySearchMaxLength } from '@pbc/contract';
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

export interface DirectoryUserPickerProps {
  /** The select's label: who the user becomes ("User", "New user"). */
  label: string;
  value: string;
  onChange: (userId: string) => void;
  /** Users who cannot be chosen here (they already hold the seat or the credit). */
  exclude?: Iterable<string>;
  /** The server's field error for this choice (X-3). */
  error?: string | undefined;
  required?: boolean;
}

/**
 * A user of the company directory, members and guests alike (AZ-3, VS-2), picked from a list
 * the search narrows on the server, so a large directory stays usable.
 */
export function DirectoryUserPicker({
  label,
  value,
  onChange,
  exclude = [],
  error,
  required = false,
}: DirectoryUserPickerProps) {
  const { t } = useLocale();
  const styles = useStyles();
  const trpc = useTRPC();
  const [search, setSearch] = useState('');
  const directory = useQuery({
    ...trpc.directory.list.queryOptions({ search: search.trim() || undefined }),
    placeholderData: keepPreviousData,
  });
  const excluded = new Set(exclude);
  const candidates = (directory.data?.items ?? []).filter((user) => !excluded.has(user.id));
  return (
    <div className={styles.picker}>
      <Field label={t('directoryPicker.search')}>
        <Input
          type="search"
          maxLength={directorySearchMaxLength}
          value={search}
          onChange={(_, d) => setSearch(d.value)}
        />
      </Field>
      <Field label={label} required={required} validationMessage={error}>
        <Select value={value} onChange={(_, d) => onChange(d.value)}>
          <option value="">{t('directoryPicker.choose')}</option>
          {candidates.map((user) => (
            <option key={user.id} value={user.id}>
              {`${user.displayName} (${user.email}, ${t(`common.userKinds.${user.kind}`)})`}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
