import { useId } from 'react';
import { CodeInput } from '../../lib/ui/Field';
import { useT } from '../../i18n/useT';
import { openPortsValid } from './choices';
import { messages } from './messages';

interface OpenPortsFieldProps {
  value: string;
  onChange: (text: string) => void;
}

/**
 * "Open only these ports" for HA-ports rules: the load balancer forwards every port, and by default the script opens
 * every port in the host firewall; the ports typed here (tcp/443, udp/53) are opened instead. A typo is not applied.
 */
export function OpenPortsField({ value, onChange }: OpenPortsFieldProps) {
  const t = useT(messages);
  const id = useId();
  const valid = openPortsValid(value);
  return (
    <div className="scripts-open-ports">
      <label htmlFor={id}>{t('openPorts')}</label>
      <CodeInput
        id={id}
        value={value}
        spellCheck={false}
        aria-invalid={!valid}
        aria-describedby={`${id}-hint`}
        onChange={(e) => onChange(e.target.value)}
      />
      <span id={`${id}-hint`} className={valid ? 'scripts-toggle__hint' : 'scripts-open-ports__invalid'}>
        {t(valid ? 'openPortsHint' : 'openPortsInvalid')}
      </span>
    </div>
  );
}
