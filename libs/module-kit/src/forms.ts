import { fieldIssueMessage, useLocale } from '@pbc/i18n';
import { formError } from '@pbc/sdk';

export interface FormErrorView {
  /** Per field, its problem in the user's language (for Fluent `Field validationMessage`). */
  fields: Record<string, string>;
  /** The i18n key of the whole error: the business reason, else the app code. */
  key: string;
  /** The whole error in the user's language. */
  message: string;
  /**
   * What to show above the form: `message`, unless every field the error names is one the form
   * shows (then the field says it, and a second, vaguer banner would only confuse), else null.
   */
  banner: string | null;
}

/**
 * what a failed mutation means for its form: each field's problem worded from its issue code
 * (`fieldIssueMessage`), and one translated message. `shownFields`: the inputs this form has.
 * `null` while there is no error.
 */
export function useFormError(
  error: unknown,
  shownFields: readonly string[] = [],
): FormErrorView | null {
  const { t } = useLocale();
  if (!error) return null;
  const { fields: issues, messageKey } = formError(error);
  const fields = Object.fromEntries(
    Object.entries(issues).map(([field, issue]) => [field, fieldIssueMessage(t, issue)]),
  );
  const message = t(messageKey);
  const named = Object.keys(fields);
  const atFields = named.length > 0 && named.every((field) => shownFields.includes(field));
  return { fields, key: messageKey, message, banner: atFields ? null : message };
}
