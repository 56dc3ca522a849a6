import type { TechnicalIds } from '@pbc/contract';
import { useLocale } from '@pbc/i18n';
import { useFormError } from '@pbc/module-kit';
import { useTRPC } from '@pbc/sdk/react';
import { Button, ErrorState, Text } from '@pbc/ui';
import { CopyButton } from '@pbc/ui/lists';
import { useMutation } from '@tanstack/react-query';
import { useTechnicalStyles } from './styles.js';

/**
 * TECH-3: the benefit's Access ID and Contract ID, shown on request to every user of the company
 * (each reveal is audited, X-2), each with Copy.
 */
export function IdsPanel({ benefitId }: { benefitId: string }) {
  const { t } = useLocale();
  const trpc = useTRPC();
  const styles = useTechnicalStyles();
  const reveal = useMutation(trpc.technical.revealIds.mutationOptions());
  const error = useFormError(reveal.error);
  return (
    <div className={styles.stack} data-testid="technical-ids">
      <Text className={styles.muted}>{t('technical.idsHelp')}</Text>
      {reveal.data ? (
        <div className={styles.toolbar}>
          <IdRow label={t('technical.accessId')} value={reveal.data.accessId} />
          <IdRow label={t('technical.contractId')} value={reveal.data.contractId} />
        </div>
      ) : (
        <div>
          <Button disabled={reveal.isPending} onClick={() => reveal.mutate({ benefitId })}>
            {t('technical.showIds')}
          </Button>
        </div>
      )}
      {error && <ErrorState message={error.message} data-testid="form-error" />}
    </div>
  );
}

function IdRow({ label, value }: { label: string; value: TechnicalIds['accessId'] }) {
  const { t } = useLocale();
  const styles = useTechnicalStyles();
  return (
    <div className={styles.stack}>
      <Text weight="semibold">{label}</Text>
      <div className={styles.toolbar}>
        <Text className={styles.id} aria-label={label}>
          {value}
        </Text>
        <CopyButton size="small" text={value} label={t('technical.copyNamed', { name: label })} />
      </div>
    </div>
  );
}
