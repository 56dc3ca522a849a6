import type { AppErrorCode, FieldIssue, RefusalReason } from '@pbc/contract';

/** The `error.data` the server's error formatter sends (apps/server/README.md). */
export interface AppErrorData {
  code?: string;
  appCode?: AppErrorCode | null;
  /** English text per field, for API callers; the UI words `fieldIssues` instead. */
  fieldErrors?: Record<string, string[] | undefined>;
  /** Per field, its problems as codes with their limits or reasons (`FieldIssue`). */
  fieldIssues?: Record<string, FieldIssue[] | undefined>;
  /** `reason`: why a rule refused the change (one of the contract's `RefusalReason`s). */
  details?: { reason?: RefusalReason } | null;
}

export interface FormError {
  /** The first problem per field, to word at that field (`fieldIssueMessage` in @pbc/i18n). */
  fields: Record<string, FieldIssue>;
  /** An i18n key for the whole form: the business reason when there is one, else the app code. */
  messageKey: string;
}

/**
 * Turns whatever a mutation threw into field problems and one translatable message key; forms show
 * both. Network failures and unknown errors become `errors.appCodes.UNKNOWN`. A field the
 * server named without a code (an older server) is still marked, as `custom`.
 */
export function formError(error: unknown): FormError {
  const data = (error as { data?: AppErrorData } | null)?.data;
  const named = Object.keys({ ...data?.fieldErrors, ...data?.fieldIssues });
  const fields = Object.fromEntries(
    named.flatMap((field) => {
      const issue = data?.fieldIssues?.[field]?.[0];
      const text = data?.fieldErrors?.[field]?.[0];
      return issue ? [[field, issue]] : text ? [[field, { code: 'custom' }]] : [];
    }),
  );
  const reason = data?.details?.reason;
  const messageKey = reason
    ? `errors.reasons.${reason}`
    : `errors.appCodes.${data?.appCode ?? 'UNKNOWN'}`;
  return { fields, messageKey };
}
