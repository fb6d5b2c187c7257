import { useId } from 'react';
import type { DeclaredParameter } from '../../core/import/declaredParameters';
import { useT } from '../../i18n/useT';
import { messages } from './messages';

interface ParametersFormProps {
  parameters: readonly DeclaredParameter[];
  values: Readonly<Record<string, string>>;
  disabled: boolean;
  onChange: (name: string, value: string) => void;
}

/**
 * One field per parameter the definition declares: its name, type and default, so a value is typed where it belongs
 * instead of as name=value lines. Empty means "use the default"; a parameter without one stays a placeholder.
 */
export function ParametersForm({ parameters, values, disabled, onChange }: ParametersFormProps) {
  const t = useT(messages);
  const id = useId();
  const required = parameters.filter((p) => p.defaultValue === undefined).length;
  return (
    <fieldset className="interop-params" disabled={disabled}>
      <legend>{t('paramsFormTitle', { count: parameters.length })}</legend>
      <p className="interop-muted">{required > 0 ? t('paramsFormRequired', { count: required }) : t('paramsFormAllDefaults')}</p>
      <div className="interop-params__grid">
        {parameters.map((p, i) => {
          const field = `${id}-p${i}`;
          const hint = `${field}-hint`;
          const value = values[p.name] ?? '';
          return (
            <div key={p.name} className="interop-params__row" data-parameter={p.name}>
              <label htmlFor={field}>
                <code>{p.name}</code>
                {p.type && <span className="interop-params__type">{p.type}</span>}
              </label>
              {p.allowed && p.allowed.length > 0 ? (
                <select id={field} value={value} aria-describedby={hint} onChange={(e) => onChange(p.name, e.currentTarget.value)}>
                  <option value="">
                    {p.defaultValue !== undefined ? t('paramsUseDefault', { value: p.defaultValue }) : t('paramsChoose')}
                  </option>
                  {p.allowed.map((a) => (
                    <option key={a} value={a}>
                      {a}
                    </option>
                  ))}
                </select>
              ) : (
                <input
                  id={field}
                  type={p.secure ? 'password' : 'text'}
                  autoComplete="off"
                  spellCheck={false}
                  value={value}
                  placeholder={p.defaultValue ?? t('paramsNoDefault')}
                  aria-describedby={hint}
                  onChange={(e) => onChange(p.name, e.currentTarget.value)}
                />
              )}
              <span id={hint} className="interop-muted interop-params__hint">
                {[
                  p.defaultValue !== undefined ? t('paramsDefault', { value: p.defaultValue }) : t('paramsRequired'),
                  p.description,
                  p.secure ? t('paramsSecure') : undefined,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
