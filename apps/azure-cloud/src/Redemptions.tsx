import type { Redemption, UndoRedemptionResult } from '@pbc/contract';
import { formatDateTime, useLocale } from '@pbc/i18n';
import { useFormError, usePermission } from '@pbc/module-kit';
import { useTRPC } from '@pbc/sdk/react';
import {
  ActionButton,
  Button,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  QueryView,
  Text,
  usePermissionReason,
} from '@pbc/ui';
import {
  ConfirmDialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogTitle,
  FormDialog,
  CopyButton,
} from '@pbc/ui/lists';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { usePageStyles } from './styles.js';

/**
 * AZ-11: the company's redeemed keys; a redemption on the wrong tenant is undone within 30 days
 * through a one-time replacement key, shown once.
 */
export function RedemptionsSection() {
  const trpc = useTRPC();
  const styles = usePageStyles();
  const { t } = useLocale();
  const redemptions = useQuery(trpc.azureCloud.listRedemptions.queryOptions({}));
  const [undoing, setUndoing] = useState<Redemption | null>(null);
  const [result, setResult] = useState<UndoRedemptionResult | null>(null);
  return (
    <section className={styles.page} aria-labelledby="redemptions-title">
      <Subtitle2 as="h2" id="redemptions-title">
        {t('azureCloud.redemptions')}
      </Subtitle2>
      <Text>{t('azureCloud.redemptionsIntro')}</Text>
      <QueryView
        query={redemptions}
        isEmpty={(data) => data.items.length === 0}
        empty={t('azureCloud.noRedemptions')}
      >
        {(data) => (
          <ul className={styles.holders}>
            {data.items.map((redemption) => (
              <RedemptionItem
                key={redemption.keyId}
                redemption={redemption}
                onUndo={() => setUndoing(redemption)}
              />
            ))}
          </ul>
        )}
      </QueryView>
      <UndoDialog
        redemption={undoing}
        onClose={() => setUndoing(null)}
        onUndone={(undone) => {
          setUndoing(null);
          setResult(undone);
        }}
      />
      <ReplacementKeyDialog result={result} onClose={() => setResult(null)} />
    </section>
  );
}

function RedemptionItem({ redemption, onUndo }: { redemption: Redemption; onUndo: () => void }) {
  const { t, locale } = useLocale();
  const styles = usePageStyles();
  const activate = usePermission('benefits.activate');
  const permissionReason = usePermissionReason();
  const reason = !activate.allowed
    ? permissionReason(activate)
    : redemption.undoRefusal && t(`errors.reasons.${redemption.undoRefusal}`);
  return (
    <li className={styles.details} data-testid="redemption">
      <Text weight="semibold">
        {t('azureCloud.redemption', {
          last: redemption.lastCharacters,
          product: redemption.product,
          seats: redemption.seats,
          count: redemption.seats,
          date: formatDateTime(redemption.redeemedAt, locale),
        })}
      </Text>
      <Text>
        {redemption.undoneAt
          ? t('azureCloud.undoneOn', { date: formatDateTime(redemption.undoneAt, locale) })
          : t('azureCloud.undoUntil', { date: formatDateTime(redemption.undoableUntil, locale) })}
      </Text>
      <div className={styles.actions}>
        <ActionButton reason={reason} onClick={onUndo}>
          {t('azureCloud.undo')}
        </ActionButton>
      </div>
    </li>
  );
}

function UndoDialog({
  redemption,
  onClose,
  onUndone,
}: {
  redemption: Redemption | null;
  onClose: () => void;
  onUndone: (result: UndoRedemptionResult) => void;
}) {
  const { t } = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const undo = useMutation(
    trpc.azureCloud.undoRedemption.mutationOptions({
      onSuccess: (result) => {
        onUndone(result);
        return queryClient.invalidateQueries({ queryKey: trpc.azureCloud.pathKey() });
      },
    }),
  );
  const error = useFormError(undo.error);
  const cancel = () => {
    undo.reset();
    onClose();
  };
  const names = {
    last: redemption?.lastCharacters,
    product: redemption?.product,
    seats: redemption?.seats,
    count: redemption?.seats,
  };
  return (
    <ConfirmDialog
      open={!!redemption}
      title={t('azureCloud.undoTitle', names)}
      confirmLabel={t('azureCloud.undo')}
      cancelLabel={t('common.cancel')}
      onConfirm={() => redemption && undo.mutate({ keyId: redemption.keyId })}
      onCancel={cancel}
      busy={undo.isPending}
      error={error?.message}
    >
      {t('azureCloud.undoConfirm', names)}
    </ConfirmDialog>
  );
}

/** The replacement key, once: the server keeps no copy of its text (a replay answers null). */
function ReplacementKeyDialog({
  result,
  onClose,
}: {
  result: UndoRedemptionResult | null;
  onClose: () => void;
}) {
  const { t } = useLocale();
  const styles = usePageStyles();
  const text = result?.replacementKeyText;
  return (
    <FormDialog open={!!result} onClose={onClose}>
      <DialogBody>
        <DialogTitle>{t('azureCloud.replacementTitle')}</DialogTitle>
        <DialogContent className={styles.form}>
          {text ? (
            <>
              <div className={styles.actions}>
                <Text font="monospace" aria-label={t('azureCloud.replacementKey')}>
                  {text}
                </Text>
                <CopyButton size="small" text={text} />
              </div>
              <MessageBar intent="warning" layout="multiline" data-testid="replacement-once">
                <MessageBarBody>{t('azureCloud.replacementOnce')}</MessageBarBody>
              </MessageBar>
            </>
          ) : (
            <Text>{t('azureCloud.replacementAgain')}</Text>
          )}
        </DialogContent>
        <DialogActions>
          <Button appearance="primary" onClick={onClose}>
            {t('common.close')}
          </Button>
        </DialogActions>
      </DialogBody>
    </FormDialog>
  );
}
