import { formatDate, useLocale } from '@pbc/i18n';
import { ConfirmDialog } from './ConfirmDialog.js';

export interface RefundWarningDialogProps {
  open: boolean;
  /** When the package stops being refundable (`refund.refundableUntil`); may be null while closed. */
  refundableUntil: string | null;
  /** What the action is, when it is not revealing a key (for example activating a benefit). */
  title?: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * MEM-5: shown before an action that voids the refund (revealing a key, activating) while the
 * package is refundable; ask `refundVoidWarning` from @pbc/rules whether to show it.
 */
export function RefundWarningDialog({
  refundableUntil,
  title,
  ...props
}: RefundWarningDialogProps) {
  const { t, locale } = useLocale();
  return (
    <ConfirmDialog
      {...props}
      title={title ?? t('refundWarning.title')}
      confirmLabel={t('refundWarning.confirm')}
      cancelLabel={t('refundWarning.cancel')}
    >
      {t('refundWarning.body', {
        date: refundableUntil ? formatDate(refundableUntil, locale) : '',
      })}
    </ConfirmDialog>
  );
}
