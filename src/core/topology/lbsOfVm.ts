// Which load balancers send traffic to a VM: the inspector and the Scripts tab say so for a VM shared by several.
import type { LoadBalancerDef, PoolMember, Topology } from './schema';

const memberVm = (m: PoolMember): string => (typeof m === 'string' ? m : m.vm);

/** Whether one of the load balancer's backend pools or inbound NAT rules names the VM. */
function sendsTo(lb: LoadBalancerDef, vm: string): boolean {
  return (
    lb.backendPools.some((pool) => pool.members.some((m) => memberVm(m) === vm)) ||
    (lb.inboundNatRules ?? []).some((nat) => nat.target !== undefined && memberVm(nat.target) === vm)
  );
}

/**
 * The names of the load balancers a VM is behind (a pool member or a NAT rule's target), in the topology's order.
 * @example lbsOfVm(sandwich, 'NVA1') // ['public', 'ilb']
 */
export function lbsOfVm(t: Topology, vm: string): string[] {
  return t.loadBalancers.filter((lb) => sendsTo(lb, vm)).map((lb) => lb.name);
}
