import { useId } from 'react';
import type { Severity } from '../../core/diagnostics/diagnostic';
import type { SeverityFilter } from './severity';

interface SeverityFilterControlProps {
  value: SeverityFilter;
  counts: Record<Severity, number>;
  onChange: (value: SeverityFilter) => void;
}

const CHOICES: { value: SeverityFilter; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'error', label: 'Errors' },
  { value: 'warning', label: 'Warnings' },
  { value: 'info', label: 'Info' },
];

/** Radio buttons (native arrow-key behaviour) choosing which severities the list shows, with counts. */
export function SeverityFilterControl({ value, counts, onChange }: SeverityFilterControlProps) {
  const name = useId();
  const total = counts.error + counts.warning + counts.info;
  return (
    <fieldset className="severity-filter">
      <legend className="severity-filter__legend">Show</legend>
      {CHOICES.map((c) => (
        <label key={c.value} className={`severity-filter__choice severity-filter__choice--${c.value}`}>
          <input type="radio" name={name} value={c.value} checked={value === c.value} onChange={() => onChange(c.value)} />
          {c.label} ({c.value === 'all' ? total : counts[c.value]})
        </label>
      ))}
    </fieldset>
  );
}
