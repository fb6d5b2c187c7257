import { useId } from 'react';
import { Select } from './Field';

/** One choice of a SelectField: its value, its text, and the text's language when it differs from the page's. */
export interface SelectOption<V extends string> {
  value: V;
  label: string;
  lang?: string;
}

interface SelectFieldProps<V extends string> {
  label: string;
  value: V;
  options: readonly SelectOption<V>[];
  onChange: (value: V) => void;
  /** The wrapper's class (the place lays label and select out). */
  className?: string;
}

/** A label and a select of fixed choices, tied together by an id. */
export function SelectField<V extends string>({ label, value, options, onChange, className }: SelectFieldProps<V>) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      <Select id={id} value={value} onChange={(e) => onChange(e.target.value as V)}>
        {options.map((o) => (
          <option key={o.value} value={o.value} lang={o.lang}>
            {o.label}
          </option>
        ))}
      </Select>
    </div>
  );
}
