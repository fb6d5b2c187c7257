import type { LoadBalancer, Topology } from '../../../core/topology/schema';
import { useTopologyStore } from '../../../store/topologyStore';
import { parseAnyText, parseRequiredText } from '../draft';
import { plainOptions, SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';

/** The topology's title and the load balancer itself (shown when nothing is selected). */
export function LoadBalancerForm() {
  const topology = useTopologyStore((s) => s.topology);
  const apply = useTopologyStore((s) => s.apply);
  const lb = topology.loadBalancer;
  const setTopology = (patch: Partial<Pick<Topology, 'name' | 'description'>>) => apply((t) => ({ ...t, ...patch }));
  const setLb = (patch: Partial<LoadBalancer>) => apply((t) => ({ ...t, loadBalancer: { ...t.loadBalancer, ...patch } }));
  return (
    <>
      <TextField label="Topology name" value={topology.name} parse={parseAnyText} onCommit={(name) => setTopology({ name })} />
      <TextField
        label="Description"
        multiline
        value={topology.description ?? ''}
        parse={parseAnyText}
        onCommit={(d) => setTopology({ description: d === '' ? undefined : d })}
      />
      <fieldset className="inspector__group">
        <legend>Load balancer</legend>
        <TextField label="Load balancer name" value={lb.name} parse={(raw) => parseRequiredText(raw, 'load balancer name')} onCommit={(name) => setLb({ name })} />
        <SelectField
          label="SKU"
          value={lb.sku}
          options={plainOptions(['Standard', 'Basic', 'Gateway'])}
          onChange={(sku) => setLb({ sku: sku as LoadBalancer['sku'] })}
          hint="Basic and Gateway are kept for imported plans; limits follow the SKU."
        />
        <SelectField
          label="Type"
          value={lb.type}
          options={plainOptions(['Public', 'Internal'])}
          onChange={(type) => setLb({ type: type as LoadBalancer['type'] })}
          hint="HA ports needs Internal with Standard."
        />
      </fieldset>
    </>
  );
}
