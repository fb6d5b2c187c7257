import { useId } from 'react';
import { useT } from '../../i18n/useT';
import { Select } from '../../lib/ui/Field';
import { messages } from './messages';
import { useAnalysisView } from './viewState';

/**
 * The load balancer filter of Mapping and Diagnostics (one setting for both), shown only when the topology has
 * several: all of them, or one.
 */
export function LbFilterControl({ names }: { names: readonly string[] }) {
  const t = useT(messages);
  const id = useId();
  const { loadBalancer, setLoadBalancer } = useAnalysisView();
  if (names.length < 2) return null;
  const value = loadBalancer !== undefined && names.includes(loadBalancer) ? loadBalancer : '';
  return (
    <span className="analysis-toolbar__lb">
      <label htmlFor={id}>{t('lbFilter')}</label>
      <Select id={id} value={value} onChange={(e) => setLoadBalancer(e.target.value === '' ? undefined : e.target.value)} data-lb-filter>
        <option value="">{t('lbFilterAll', { n: names.length })}</option>
        {names.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </Select>
    </span>
  );
}
