import { useId } from 'react';
import { WHAT_IF_KEYS, type WhatIf } from '../../core/trace/whatIf';
import { useT } from '../../i18n/useT';
import { useUiStore } from '../../store/uiStore';
import { messages } from './messages';
import './whatIf.css';

/**
 * The what-if checkboxes in a collapsible side column (a disclosure button with aria-expanded), each with a one-line
 * explanation of the guest mistake it simulates. Collapsed by default so the stepper and the diagram come first; the
 * choice is kept in uiStore while the app runs.
 */
export function WhatIfSwitches({ value, onChange }: { value: WhatIf; onChange: (next: WhatIf) => void }) {
  const id = useId();
  const t = useT(messages);
  const open = useUiStore((s) => s.traceWhatIfOpen);
  const on = WHAT_IF_KEYS.filter((k) => value[k]).length;
  return (
    <div className="trace-side" data-open={open}>
      <button
        type="button"
        className="trace-side__toggle"
        aria-expanded={open}
        aria-controls={`${id}-switches`}
        onClick={() => useUiStore.getState().setTraceWhatIfOpen(!open)}
      >
        <span aria-hidden="true">{open ? '▾' : '▸'}</span> {t('whatIf')}
        {on > 0 && <span className="trace-side__count">{t('whatIfCount', { n: on })}</span>}
      </button>
      <fieldset id={`${id}-switches`} className="trace-whatif" hidden={!open}>
        <legend>{t('whatIf')}</legend>
        <p className="trace-whatif__intro">{t('whatIfIntro')}</p>
        {WHAT_IF_KEYS.map((key) => (
          <div key={key} className="trace-whatif__item">
            <input
              id={`${id}-${key}`}
              type="checkbox"
              checked={value[key] === true}
              aria-describedby={`${id}-${key}-help`}
              onChange={(e) => onChange({ ...value, [key]: e.target.checked })}
            />
            <label htmlFor={`${id}-${key}`}>{t(`whatIf.${key}`)}</label>
            <span id={`${id}-${key}-help`} className="trace-whatif__help">
              {t(`whatIfHelp.${key}`)}
            </span>
          </div>
        ))}
      </fieldset>
    </div>
  );
}
