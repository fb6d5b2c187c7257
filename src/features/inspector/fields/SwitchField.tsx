import { useId } from 'react';

interface SwitchFieldProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
  /** Show as an on/off switch (role="switch") rather than a checkbox. */
  asSwitch?: boolean;
}

/** A labelled checkbox, or a switch for settings that read as on/off; commits on change. */
export function SwitchField({ label, checked, onChange, hint, asSwitch }: SwitchFieldProps) {
  const id = useId();
  return (
    <div className={asSwitch ? 'field field--check field--switch' : 'field field--check'}>
      <input
        id={id}
        type="checkbox"
        role={asSwitch ? 'switch' : undefined}
        checked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}
