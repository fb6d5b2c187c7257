import { LB_TIERS, type LoadBalancer } from '../../../core/topology/schema';
import { applyInLb, useLbTopology } from '../../../store/lbFocus';
import { useTopologyStore } from '../../../store/topologyStore';
import { useUiStore } from '../../../store/uiStore';
import { parseRequiredText } from '../draft';
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
  const all = useTopologyStore((s) => s.topology.loadBalancers);
  const setLb = (patch: Partial<LoadBalancer>) => applyInLb((v) => ({ ...v, loadBalancer: { ...v.loadBalancer, ...patch } }));
  return (
    <>
      <fieldset className="inspector__group" data-lb-form={lb.name}>
        <legend>{t('loadBalancerLegend', { name: lb.name })}</legend>
        <TextField
          label={t('loadBalancerName')}
          value={lb.name}
          parse={(raw) =>
            raw !== lb.name && all.some((other) => other.name === raw)
              ? { ok: false, problem: t('loadBalancerNameTaken', { name: raw }) }
              : parseRequiredText(raw, t('loadBalancerNameWhat'), language)
          }
          onCommit={(name) => {
            setLb({ name });
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
