import { useId } from 'react';
import { useT } from '../../i18n/useT';
import { Select } from '../../lib/ui/Field';
import type { PickedLb } from '../../store/lbPick';
import { messages } from './messages';

/** Which load balancer the Export tab writes (a topology with several): the exporters take one at a time. */
export function ExportLbPicker({ lb }: { lb: PickedLb }) {
  const t = useT(messages);
  const id = useId();
  return (
    <div className="interop-formats__option">
      <label htmlFor={id}>{t('exportLoadBalancer')}</label>{' '}
      <Select id={id} value={lb.name} onChange={(e) => lb.pick(e.target.value)} data-export-lb>
        {lb.names.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </Select>
    </div>
  );
}
