import type {
  SoftwareDownloads,
  SoftwareLanguage,
  SoftwareOs,
  SoftwarePreferences,
} from '@pbc/contract';
import { formatBytes, useLocale } from '@pbc/i18n';
import { useFormError } from '@pbc/module-kit';
import { useTRPC } from '@pbc/sdk/react';
import { ErrorState, Link, LoadingState, Subtitle2, Text } from '@pbc/ui';
import { ChoiceField, DataTable, type TableColumn } from '@pbc/ui/lists';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSoftwareStyles } from './styles.js';

/**
 * SW-3: the display language and OS type pickers and the installation packages they select. The
 * choice is remembered per user: the server applies it when this component asks without one.
 */
export function Downloads({ benefitId }: { benefitId: string }) {
  const { t, locale } = useLocale();
  const styles = useSoftwareStyles();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [choice, setChoice] = useState<Partial<SoftwarePreferences>>({});
  const downloads = useQuery({
    ...trpc.software.downloads.queryOptions({ benefitId, ...choice }),
    placeholderData: keepPreviousData,
  });
  const save = useMutation({
    ...trpc.software.savePreferences.mutationOptions({
      // Other expanded products follow the remembered choice too.
      onSuccess: () =>
        queryClient.invalidateQueries({ queryKey: trpc.software.downloads.pathKey() }),
    }),
    // One after another, so the last choice is the one remembered.
    scope: { id: 'software.savePreferences' },
  });
  const saveError = useFormError(save.error);
  const languageName = new Intl.DisplayNames([locale], { type: 'language' });
  const titleId = `downloads-${benefitId}`;
  const columns: TableColumn<SoftwareDownloads['items'][number]>[] = [
    {
      id: 'file',
      header: t('software.file'),
      render: (file) => (
        <Link href={file.url} download={file.fileName}>
          {file.fileName}
        </Link>
      ),
    },
    {
      id: 'size',
      header: t('software.size'),
      render: (file) => formatBytes(file.sizeBytes, locale),
    },
    {
      id: 'checksum',
      header: t('software.checksum'),
      render: (file) => <span className={styles.checksum}>{file.sha256}</span>,
    },
  ];

  if (downloads.isPending) return <LoadingState />;
  if (downloads.isError) return <ErrorState onRetry={() => void downloads.refetch()} />;
  const { languages, oses, language, os, items } = downloads.data;
  const choose = (next: { language?: SoftwareLanguage; os?: SoftwareOs }) => {
    // The choice made so far wins over the answer shown, which may still be the previous one.
    const chosen = {
      language: next.language ?? choice.language ?? language,
      os: next.os ?? choice.os ?? os,
    };
    setChoice({ language: chosen.language ?? undefined, os: chosen.os ?? undefined });
    if (chosen.language && chosen.os) save.mutate({ language: chosen.language, os: chosen.os });
  };

  return (
    <section className={styles.stack} aria-labelledby={titleId}>
      <Subtitle2 as="h2" id={titleId}>
        {t('software.downloads')}
      </Subtitle2>
      {languages.length === 0 ? (
        <Text>{t('software.noDownloads')}</Text>
      ) : (
        <>
          <div className={styles.toolbar}>
            <ChoiceField
              label={t('software.language')}
              value={language}
              options={languages.map((l) => [l, languageName.of(l) ?? l] as const)}
              onChange={(l) => choose({ language: l ?? undefined })}
            />
            <ChoiceField
              label={t('software.os')}
              value={os}
              options={oses.map((o) => [o, t(`software.oses.${o}`)] as const)}
              onChange={(o) => choose({ os: o ?? undefined })}
            />
          </div>
          {saveError && <ErrorState message={saveError.message} data-testid="form-error" />}
          <DataTable
            labelledBy={titleId}
            size="small"
            items={items}
            columns={columns}
            rowTestId="download-row"
          />
        </>
      )}
    </section>
  );
}
