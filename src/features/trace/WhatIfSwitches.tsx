import { useId } from 'react';
import { WHAT_IF_KEYS, type WhatIf } from '../../core/trace/whatIf';
import { useT } from '../../i18n/useT';
import { messages } from './messages';

/** The what-if checkboxes, each with a one-line explanation of the guest mistake it simulates. */
export function WhatIfSwitches({ value, onChange }: { value: WhatIf; onChange: (next: WhatIf) => void }) {
  const id = useId();
  const t = useT(messages);
  return (
    <fieldset className="trace-whatif">
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
  );
}
