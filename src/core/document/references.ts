// The references v2 names between load balancers, as the design documents (report, diagrams) list and draw them.
import type { FrontendRef, Topology } from '../topology/schema';

/** One reference from an element to another load balancer's frontend. */
export interface LbReference {
  /** `gateway`: a frontend chained to a Gateway load balancer; `nic`: a NIC chained to one; `global`: a Global pool member. */
  kind: 'gateway' | 'nic' | 'global';
  /** The referring element: a frontend, a VM (its NIC) or a Global backend pool; `loadBalancer` undefined for a VM. */
  from: { kind: 'frontend' | 'vm' | 'backendPool'; name: string; loadBalancer?: string };
  to: FrontendRef;
}

/**
 * Every reference between load balancers, in topology order: frontends' chains, Global pools' members, NICs' chains.
 * @example designReferences(t)[0] // { kind: 'gateway', from: { kind: 'frontend', name: 'pub', loadBalancer: 'web' }, to: { loadBalancer: 'nva', frontend: 'gw' } }
 */
export function designReferences(t: Topology): LbReference[] {
  const out: LbReference[] = [];
  for (const lb of t.loadBalancers) {
    for (const fe of lb.frontends)
      if (fe.gatewayLoadBalancer)
        out.push({ kind: 'gateway', from: { kind: 'frontend', name: fe.name, loadBalancer: lb.name }, to: fe.gatewayLoadBalancer });
    for (const pool of lb.backendPools)
      for (const r of pool.regionalFrontends ?? [])
        out.push({ kind: 'global', from: { kind: 'backendPool', name: pool.name, loadBalancer: lb.name }, to: r });
  }
  for (const vm of t.vms)
    if (vm.nic.gatewayLoadBalancer) out.push({ kind: 'nic', from: { kind: 'vm', name: vm.name }, to: vm.nic.gatewayLoadBalancer });
  return out;
}
