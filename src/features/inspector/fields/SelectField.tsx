import { FieldShell } from './FieldShell';

/** One choice of a select. */
export interface Option {
  value: string;
  label: string;
}

interface SelectFieldProps {
  label: string;
  value: string;
  options: readonly Option[];
  onChange: (value: string) => void;
  hint?: string;
}

/**
 * A labelled select that commits on change (one undo step per choice). A stored value that is not
 * among the options (a dangling reference, a mis-cased protocol) is still shown, marked as unknown.
 */
export function SelectField({ label, value, options, onChange, hint }: SelectFieldProps) {
  const known = options.some((o) => o.value === value);
  const all = known ? options : [{ value, label: `${value} (unknown)` }, ...options];
  return (
    <FieldShell label={label} hint={hint}>
      {({ control, describedBy }) => (
        <select
          id={control}
          className="field__input"
          value={value}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value)}
        >
          {all.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

/** Options whose label is the value itself. */
export function plainOptions(values: readonly string[]): Option[] {
  return values.map((value) => ({ value, label: value }));
}
