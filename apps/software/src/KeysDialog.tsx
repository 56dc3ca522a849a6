import type { RevealedKey, RevealedKeys } from '@pbc/contract';
import { useLocale } from '@pbc/i18n';
import {
  Button,
  ErrorState,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Text,
} from '@pbc/ui';
import {
  DialogActions,
  DialogBody,
  DialogContent,
  DialogTitle,
  FormDialog,
  CopyButton,
} from '@pbc/ui/lists';
import { keyDescription } from './keyText.js';
import { useSoftwareStyles } from './styles.js';

export interface KeysDialogProps {
  open: boolean;
  product: string;
  /** What "Get keys" answered; `keys` is null on a replayed request. */
  revealed: RevealedKeys | undefined;
  /** Why "Get keys" failed, translated. */
  error: string | null;
  onClose: () => void;
}

/** SW-2: the product keys with copy buttons, MAK counts (SW-4) and the special instructions. */
export function KeysDialog({ open, product, revealed, error, onClose }: KeysDialogProps) {
  const { t, locale } = useLocale();
  const styles = useSoftwareStyles();
  return (
    <FormDialog open={open} onClose={onClose}>
      <DialogBody>
        <DialogTitle>{t('software.keysTitle', { product })}</DialogTitle>
        <DialogContent className={styles.stack}>
          {error && <ErrorState message={error} data-testid="form-error" />}
          {revealed?.keys === null && <Text>{t('software.keysAgain')}</Text>}
          {revealed?.keys?.map((key) => (
            <KeyRow key={key.id} revealedKey={key} />
          ))}
          {revealed?.instructions && (
            <MessageBar intent="info" layout="multiline" data-testid="special-instructions">
              <MessageBarBody>
                <MessageBarTitle>{t('software.specialInstructions')}</MessageBarTitle>
                {revealed.instructions[locale]}
              </MessageBarBody>
            </MessageBar>
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

function KeyRow({ revealedKey }: { revealedKey: RevealedKey }) {
  const { t } = useLocale();
  const styles = useSoftwareStyles();
  return (
    <div className={styles.stack} data-testid="product-key">
      <Subtitle2>{keyDescription(t, revealedKey)}</Subtitle2>
      <div className={styles.toolbar}>
        <Text className={styles.key} aria-label={t('software.key')}>
          {revealedKey.key}
        </Text>
        <CopyButton size="small" text={revealedKey.key} />
      </div>
    </div>
  );
}
