import { Field, Select } from '@fluentui/react-components';

export interface ChoiceFieldProps<T extends string> {
  label: string;
  value: T | null;
  /** Each choice with its translated label, in the order shown. */
  options: readonly (readonly [value: T, label: string])[];
  onChange: (value: T | null) => void;
  /** Adds a first choice meaning "no choice" (null), e.g. "All" in a filter. */
  noneLabel?: string;
}

const none = '';

/** A labelled drop-down over a fixed set of string values: filters, language and OS pickers. */
export function ChoiceField<T extends string>({
  label,
  value,
  options,
  onChange,
  noneLabel,
}: ChoiceFieldProps<T>) {
  return (
    <Field label={label}>
      <Select
        value={value ?? none}
        onChange={(_, d) => onChange(options.find(([option]) => option === d.value)?.[0] ?? null)}
      >
        {noneLabel !== undefined && <option value={none}>{noneLabel}</option>}
        {options.map(([option, optionLabel]) => (
          <option key={option} value={option}>
            {optionLabel}
          </option>
        ))}
      </Select>
    </Field>
  );
}
