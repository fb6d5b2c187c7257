import { useId } from 'react';
import { useT } from '../../i18n/useT';
import { Select } from '../../lib/ui/Field';
import type { PickedLb } from '../../store/lbPick';
import { messages } from './messages';

// The picker's value for "All load balancers": empty, which no load balancer's name can be.
const ALL = '';

/** What the Export tab writes (a topology with several load balancers): all of them (first, the default) or one. */
export function ExportLbPicker({ lb, all, setAll }: { lb: PickedLb; all: boolean; setAll: (all: boolean) => void }) {
  const t = useT(messages);
  const id = useId();
  return (
    <div className="interop-formats__option">
      <label htmlFor={id}>{t('exportLoadBalancer')}</label>{' '}
      <Select
        id={id}
        value={all ? ALL : lb.name}
        onChange={(e) => {
          const value = e.target.value;
          setAll(value === ALL);
          if (value !== ALL) lb.pick(value);
        }}
        data-export-lb
      >
        <option value={ALL}>{t('exportAllLoadBalancers')}</option>
        {lb.names.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </Select>
    </div>
  );
}
