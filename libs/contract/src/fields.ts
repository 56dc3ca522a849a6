// What a form field needs from the contract: the limits of its schema (for `maxLength`, `min`…)
// and its problems as codes with their limits, never as zod's English text. The server sends the
// same codes (`error.data.fieldIssues`), so the UI words every field error in the user's language.
import { z } from 'zod';
import type { RefusalReason } from './refusals.js';

/**
 * One problem of one input field. `code` is zod's issue code (`too_big`, `too_small`,
 * `invalid_format`, `invalid_type`, `invalid_value`, `custom`…) with the limit it broke, or
 * `refused` with the reason of a rule about that field, or `not_found` for an id that names
 * nothing of the caller's company.
 */
export interface FieldIssue {
  code: string;
  /** What was measured: `string` (characters), `number`, `array` (entries)… */
  origin?: string;
  minimum?: number;
  maximum?: number;
  /** False: the limit itself is not allowed (`.lt`, `.gt`). */
  inclusive?: boolean;
  /** `invalid_format`: `email`, `uuid`, `regex`, `date`, `datetime`… */
  format?: string;
  reason?: RefusalReason;
}

/** A zod issue as a `FieldIssue`: its code and limits, without its English message. */
export function fieldIssueOf(issue: z.core.$ZodIssue): FieldIssue {
  const limit = (value: number | bigint) => Number(value);
  switch (issue.code) {
    case 'too_big':
      return {
        code: issue.code,
        origin: issue.origin,
        maximum: limit(issue.maximum),
        ...(issue.inclusive === false ? { inclusive: false } : {}),
      };
    case 'too_small':
      return {
        code: issue.code,
        origin: issue.origin,
        minimum: limit(issue.minimum),
        ...(issue.inclusive === false ? { inclusive: false } : {}),
      };
    case 'invalid_format':
      return { code: issue.code, format: issue.format };
    default:
      return { code: issue.code };
  }
}

/** The issues of a failed parse by input field (the first path segment, as `z.flattenError`). */
export function fieldIssuesOf(error: z.ZodError): Record<string, FieldIssue[]> {
  const byField: Record<string, FieldIssue[]> = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (field === undefined) continue;
    (byField[String(field)] ??= []).push(fieldIssueOf(issue));
  }
  return byField;
}

/** What an `<input>` for a value of `schema` should carry, read from the schema's own checks. */
export interface InputLimits {
  minLength?: number;
  maxLength?: number;
  min?: number;
  max?: number;
}

/** The schema a value is checked by, through `.optional()`, `.default()`, `.transform()`… */
function innermost(schema: z.ZodType): z.ZodType {
  let current: z.ZodType = schema;
  for (let depth = 0; depth < 10; depth++) {
    if (current instanceof z.ZodPipe) current = current.in as z.ZodType;
    else if (
      current instanceof z.ZodOptional ||
      current instanceof z.ZodNullable ||
      current instanceof z.ZodDefault
    )
      current = current.unwrap() as z.ZodType;
    else break;
  }
  return current;
}

/** `maxLength` and `minLength` of a string schema, `min` and `max` of a number schema. */
export function inputLimits(schema: z.ZodType): InputLimits {
  const inner = innermost(schema);
  const defined = (limits: Record<string, number | null | undefined>): InputLimits =>
    Object.fromEntries(
      Object.entries(limits).filter(([, v]) => typeof v === 'number' && Number.isFinite(v)),
    );
  // By the definition's type, not the class: `z.email()` is a string format, not a `ZodString`.
  const type = inner.def.type;
  if (type === 'string') {
    const text = inner as z.ZodString;
    return defined({ minLength: text.minLength, maxLength: text.maxLength });
  }
  if (type === 'number') {
    const number = inner as z.ZodNumber;
    return defined({ min: number.minValue, max: number.maxValue });
  }
  return {};
}
