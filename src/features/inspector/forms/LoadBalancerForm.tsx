import { LB_TIERS, type LoadBalancer } from '../../../core/topology/schema';
import { applyInLb, useLbTopology } from '../../../store/lbFocus';
import { useTopologyStore } from '../../../store/topologyStore';
import { useUiStore } from '../../../store/uiStore';
import { renameLoadBalancer } from '../../../core/edit/loadBalancers';
import { plainOptions, SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { useLanguage, useT } from '../../../i18n/useT';
import { messages } from '../messages';
import { ProbeList } from './ProbeList';

/** The focused load balancer itself (name, SKU, type, tier) and its health probes; each change is one undo step. */
export function LoadBalancerForm() {
  const t = useT(messages);
  const language = useLanguage();
  const lb = useLbTopology().loadBalancer;
  const topology = useTopologyStore((s) => s.topology);
  const apply = useTopologyStore((s) => s.apply);
  const setLb = (patch: Partial<LoadBalancer>) => applyInLb((v) => ({ ...v, loadBalancer: { ...v.loadBalancer, ...patch } }));
  return (
    <>
      <fieldset className="inspector__group" data-lb-form={lb.name}>
        <legend>{t('loadBalancerLegend', { name: lb.name })}</legend>
        <TextField
          label={t('loadBalancerName')}
          value={lb.name}
          // The core's own reason is the message (empty, taken, spaces): the UI never re-derives naming rules.
          parse={(raw) => {
            const result = renameLoadBalancer(topology, lb.name, raw, language);
            return result.ok ? { ok: true, value: raw } : { ok: false, problem: result.reason };
          }}
          onCommit={(name) => {
            apply((current) => {
              const result = renameLoadBalancer(current, lb.name, name);
              return result.ok ? result.topology : current;
            });
            // The focus names the load balancer: it follows the rename, as the selection does.
            useUiStore.getState().focusLb(name);
          }}
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
        <SelectField
          label={t('tier')}
          value={lb.tier ?? 'Regional'}
          options={plainOptions(LB_TIERS)}
          onChange={(tier) => setLb({ tier: tier as NonNullable<LoadBalancer['tier']> })}
          hint={t('tierHint')}
        />
      </fieldset>
      <ProbeList />
    </>
  );
}
