import type { ReactNode } from 'react';

interface ToggleProps {
  label: string;
  hint: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (on: boolean) => void;
  /** Shown beside the toggle, e.g. a warning about what it does. */
  children?: ReactNode;
}

/** A labelled checkbox with a short hint of what it does. */
export function Toggle({ label, hint, checked, disabled = false, onChange, children }: ToggleProps) {
  return (
    <div className="scripts-toggle">
      <label>
        <input type="checkbox" checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)} /> {label}
        <span className="scripts-toggle__hint"> — {hint}</span>
      </label>
      {children}
    </div>
  );
}
