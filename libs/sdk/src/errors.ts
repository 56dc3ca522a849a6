import type { AppErrorCode, RefusalReason } from '@pbc/contract';

/** The `error.data` the server's error formatter sends (apps/server/README.md). */
export interface AppErrorData {
  code?: string;
  appCode?: AppErrorCode | null;
  fieldErrors?: Record<string, string[] | undefined>;
  /** `reason`: why a rule refused the change (one of the contract's `RefusalReason`s). */
  details?: { reason?: RefusalReason } | null;
}

export interface FormError {
  /** The first message per field, for Fluent `Field validationMessage`. */
  fields: Record<string, string>;
  /** An i18n key for the whole form: the business reason when there is one, else the app code. */
  messageKey: string;
}

/**
 * Turns whatever a mutation threw into field errors and one translatable message key; forms show
 * both. Network failures and unknown errors become `errors.appCodes.UNKNOWN`.
 */
export function formError(error: unknown): FormError {
  const data = (error as { data?: AppErrorData } | null)?.data;
  const fields = Object.fromEntries(
    Object.entries(data?.fieldErrors ?? {}).flatMap(([field, messages]) =>
      messages?.[0] ? [[field, messages[0]]] : [],
    ),
  );
  const reason = data?.details?.reason;
  const messageKey = reason
    ? `errors.reasons.${reason}`
    : `errors.appCodes.${data?.appCode ?? 'UNKNOWN'}`;
  return { fields, messageKey };
}
