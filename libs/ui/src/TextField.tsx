import { Field, Input, type InputProps } from '@fluentui/react-components';
import { fieldIssueOf, inputLimits } from '@pbc/contract';
import { fieldIssueMessage } from '@pbc/i18n';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';

export interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /**
   * The contract's schema of this input: its limits go on the input (`maxLength`, `min`…), and
   * once the field is left its problems show as the server would word them.
   */
  schema: z.ZodType;
  /** The server's problem at this field, already worded (`useFormError`); it wins while shown. */
  error?: string | undefined;
  required?: boolean;
  hint?: string;
  type?: InputProps['type'];
  autoComplete?: string;
  spellCheck?: boolean;
  placeholder?: string;
}

/**
 * A labelled text or number input bound to its contract schema: a field error is always a
 * translated message with its limit (`fieldIssueMessage`), never zod's English text.
 */
export function TextField({
  label,
  value,
  onChange,
  schema,
  error,
  required = false,
  hint,
  type = 'text',
  ...input
}: TextFieldProps) {
  const { t } = useTranslation();
  const [left, setLeft] = useState(false);
  const issue =
    left && (value !== '' || required) ? schema.safeParse(value).error?.issues[0] : undefined;
  const message = error ?? (issue ? fieldIssueMessage(t, fieldIssueOf(issue)) : undefined);
  return (
    <Field label={label} required={required} hint={hint} validationMessage={message}>
      <Input
        {...input}
        {...inputLimits(schema)}
        type={type}
        value={value}
        onChange={(_, d) => onChange(d.value)}
        onBlur={() => setLeft(true)}
      />
    </Field>
  );
}
