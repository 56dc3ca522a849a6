import { useLocale } from '@pbc/i18n';
import { Button, MessageBar, MessageBarBody } from '@pbc/ui';
import { DialogActions, DialogBody, DialogContent, DialogTitle } from '@pbc/ui/lists';

/** TECH-7/TECH-8: a request dialog once the request is in: its number, and Close. */
export function RequestConfirmation({
  title,
  number,
  onClose,
}: {
  title: string;
  number: string;
  onClose: () => void;
}) {
  const { t } = useLocale();
  return (
    <DialogBody>
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        <MessageBar intent="success" layout="multiline" data-testid="request-confirmation">
          <MessageBarBody>{t('technical.submitted', { number })}</MessageBarBody>
        </MessageBar>
      </DialogContent>
      <DialogActions>
        <Button appearance="primary" onClick={onClose}>
          {t('common.close')}
        </Button>
      </DialogActions>
    </DialogBody>
  );
}
