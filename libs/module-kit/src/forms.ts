import { useLocale } from '@pbc/i18n';
import { formError } from '@pbc/sdk';

/**
 * what a failed mutation means for its form: the first server message per field (for Fluent
 * `Field validationMessage`) and one translated message (by the business reason or `appCode`) with its i18n `key`.
 * `null` while there is no error.
 */
export function useFormError(
  error: unknown,
): { fields: Record<string, string>; key: string; message: string } | null {
  const { t } = useLocale();
  if (!error) return null;
  const { fields, messageKey } = formError(error);
  return { fields, key: messageKey, message: t(messageKey) };
}
