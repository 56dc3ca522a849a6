import type { FieldIssue } from '@pbc/contract';
import type { TFunction } from 'i18next';

/** zod's `invalid_format` formats that are a date or an instant. */
const dateFormats = new Set(['date', 'datetime', 'time', 'duration']);

/**
 * one field's problem in the user's language, with the limit it broke ("Use at most 120
 * characters"). The one mapper from issue codes (zod's, or the server's `refused`/`not_found`) to
 * messages: zod's own English text is never shown.
 */
export function fieldIssueMessage(t: TFunction, issue: FieldIssue): string {
  const { code, origin, minimum = 0, maximum = 0, inclusive = true } = issue;
  const measured = origin === 'string' || origin === 'array' || origin === 'set';
  switch (code) {
    case 'refused':
      return issue.reason ? t(`errors.reasons.${issue.reason}`) : t('errors.fields.invalid');
    case 'not_found':
      return t('errors.fields.notFound');
    case 'too_big':
      if (measured) {
        const count = inclusive ? maximum : maximum - 1;
        return t(origin === 'string' ? 'errors.fields.tooLong' : 'errors.fields.tooManyEntries', {
          count,
        });
      }
      return t(inclusive ? 'errors.fields.atMost' : 'errors.fields.below', { maximum });
    case 'too_small':
      if (measured) {
        const count = inclusive ? minimum : minimum + 1;
        if (origin === 'string' && count === 1) return t('errors.fields.required');
        return t(origin === 'string' ? 'errors.fields.tooShort' : 'errors.fields.tooFewEntries', {
          count,
        });
      }
      return t(inclusive ? 'errors.fields.atLeast' : 'errors.fields.above', { minimum });
    case 'invalid_format':
      if (issue.format === 'email') return t('errors.fields.email');
      if (issue.format === 'uuid' || issue.format === 'guid') return t('errors.fields.choose');
      return t(dateFormats.has(issue.format ?? '') ? 'errors.fields.date' : 'errors.fields.format');
    case 'invalid_value':
    case 'invalid_union':
      return t('errors.fields.choose');
    case 'invalid_type':
      return t('errors.fields.required');
    default:
      return t('errors.fields.invalid');
  }
}
