// One load balancer's NSG plan in a design: a Global (cross-region) rule with floating IP delivers the global
// frontend IP to the regional load balancer's VMs (Learn, cross-region-overview), and with floating IP the NSG sees the
// frontend IP as the destination (plan.ts), so the NSG on their NICs must allow the global frontend IP too.
import { globalVmRows } from '../mapping/globalMapping';
import { lbView } from '../topology/design';
import type { Topology } from '../topology/schema';
import { analyzeTopology } from '../validation/analyzeTopology';
import { planNsg, type GlobalNsgFlow, type NsgPlan, type NsgPlanOptions } from './plan';

/**
 * {@link planNsg} of one load balancer of a design, with an Allow rule for each Global floating-IP flow its VMs receive.
 * @example planDesignNsg(cross, 'lb-west').rules[0]?.destinations // ['198.51.100.10'] … then ['203.0.113.50'] with floating IP on the Global rule
 */
export function planDesignNsg(t: Topology, lb: string | number, options: Omit<NsgPlanOptions, 'global'> = {}): NsgPlan {
  const view = lbView(t, lb);
  if (!t.loadBalancers.some((l) => l.tier === 'Global')) return planNsg(view, options);
  return planNsg(view, { ...options, global: globalFlows(t, view.loadBalancer.name) });
}

/** The Global floating-IP flows that reach `regional`'s VMs, one per rule, address, protocol and port, in mapping order. */
function globalFlows(t: Topology, regional: string): GlobalNsgFlow[] {
  const flows = new Map<string, GlobalNsgFlow>();
  for (const r of globalVmRows(t, analyzeTopology(t))) {
    if (!r.floatingIp || r.regionalLoadBalancer !== regional) continue;
    const name = `${r.loadBalancer}/${r.rule}`;
    const key = `${name} ${r.vmDestinationIp} ${r.protocol} ${r.vmDestinationPort}`;
    const flow = flows.get(key) ?? { name, protocol: r.protocol, destination: r.vmDestinationIp, port: r.vmDestinationPort, vms: [] };
    if (!flow.vms.includes(r.vm)) flow.vms.push(r.vm);
    flows.set(key, flow);
  }
  return [...flows.values()];
}
