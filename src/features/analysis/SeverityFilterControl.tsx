import { useId } from 'react';
import type { Severity } from '../../core/diagnostics/diagnostic';
import { useT } from '../../i18n/useT';
import { messages } from './messages';
import type { SeverityFilter } from './severity';

interface SeverityFilterControlProps {
  value: SeverityFilter;
  counts: Record<Severity, number>;
  onChange: (value: SeverityFilter) => void;
}

const CHOICES: { value: SeverityFilter; label: keyof typeof messages.en }[] = [
  { value: 'all', label: 'filterAll' },
  { value: 'error', label: 'filterErrors' },
  { value: 'warning', label: 'filterWarnings' },
  { value: 'info', label: 'filterInfo' },
];

/** Radio buttons (native arrow-key behaviour) choosing which severities the list shows, with counts. */
export function SeverityFilterControl({ value, counts, onChange }: SeverityFilterControlProps) {
  const t = useT(messages);
  const name = useId();
  const total = counts.error + counts.warning + counts.info;
  return (
    <fieldset className="severity-filter">
      <legend className="severity-filter__legend">{t('show')}</legend>
      {CHOICES.map((c) => (
        <label key={c.value} className={`severity-filter__choice severity-filter__choice--${c.value}`}>
          <input type="radio" name={name} value={c.value} checked={value === c.value} onChange={() => onChange(c.value)} />
          {t('filterCount', { label: t(c.label), n: c.value === 'all' ? total : counts[c.value] })}
        </label>
      ))}
    </fieldset>
  );
}
