import type { LoadBalancer, LbTopology } from '../../../core/topology/schema';
import { useTopologyStore } from '../../../store/topologyStore';
import { parseAnyText, parseRequiredText } from '../draft';
import { plainOptions, SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { useLanguage, useT } from '../../../i18n/useT';
import { messages } from '../messages';
import { ProbeList } from './ProbeList';

/** The topology's title, the load balancer itself and its health probes (shown when nothing is selected). */
export function LoadBalancerForm() {
  const t = useT(messages);
  const language = useLanguage();
  const topology = useTopologyStore((s) => s.topology);
  const apply = useTopologyStore((s) => s.apply);
  const lb = topology.loadBalancer;
  const setTopology = (patch: Partial<Pick<LbTopology, 'name' | 'description'>>) => apply((t) => ({ ...t, ...patch }));
  const setLb = (patch: Partial<LoadBalancer>) => apply((t) => ({ ...t, loadBalancer: { ...t.loadBalancer, ...patch } }));
  return (
    <>
      <TextField label={t('topologyName')} value={topology.name} parse={parseAnyText} onCommit={(name) => setTopology({ name })} />
      <TextField
        label={t('description')}
        multiline
        value={topology.description ?? ''}
        parse={parseAnyText}
        onCommit={(d) => setTopology({ description: d === '' ? undefined : d })}
      />
      <fieldset className="inspector__group">
        <legend>{t('loadBalancer')}</legend>
        <TextField
          label={t('loadBalancerName')}
          value={lb.name}
          parse={(raw) => parseRequiredText(raw, t('loadBalancerNameWhat'), language)}
          onCommit={(name) => setLb({ name })}
        />
        <SelectField
          label={t('sku')}
          value={lb.sku}
          options={plainOptions(['Standard', 'Basic', 'Gateway'])}
          onChange={(sku) => setLb({ sku: sku as LoadBalancer['sku'] })}
          hint={t('skuHint')}
        />
        <SelectField
          label={t('type')}
          value={lb.type}
          options={plainOptions(['Public', 'Internal'])}
          onChange={(type) => setLb({ type: type as LoadBalancer['type'] })}
          hint={t('typeHint')}
        />
      </fieldset>
      <ProbeList />
    </>
  );
}
