// A frontend another load balancer or a NIC refers to (a Gateway chain, a Global pool's regional frontend) may be
// renamed or deleted in its own load balancer's view; the references follow, so no chain silently points nowhere.
import type { FrontendRef, LoadBalancerDef, Vm } from './schema';

/**
 * References to frontends of load balancer `lb` follow `changes` (old name → new name, or null when it is gone):
 * renamed where renamed, dropped where deleted. Elements that name none of them stay the same objects.
 * @example followFrontends(lbs, vms, 'gw', new Map([['fe', 'fe2']])).loadBalancers
 */
export function followFrontends(
  lbs: LoadBalancerDef[],
  vms: Vm[],
  lb: string,
  changes: ReadonlyMap<string, string | null>,
): { loadBalancers: LoadBalancerDef[]; vms: Vm[] } {
  const hit = (r: FrontendRef | undefined): r is FrontendRef => r !== undefined && r.loadBalancer === lb && changes.has(r.frontend);
  const moved = (r: FrontendRef): FrontendRef | null => {
    const to = changes.get(r.frontend)!;
    return to === null ? null : { ...r, frontend: to };
  };
  const loadBalancers = lbs.map((def) => {
    if (!def.frontends.some((fe) => hit(fe.gatewayLoadBalancer)) && !def.backendPools.some((p) => p.regionalFrontends?.some(hit)))
      return def;
    return {
      ...def,
      frontends: def.frontends.map((fe) => {
        if (!hit(fe.gatewayLoadBalancer)) return fe;
        const to = moved(fe.gatewayLoadBalancer);
        const { gatewayLoadBalancer: _gone, ...rest } = fe;
        return to ? { ...fe, gatewayLoadBalancer: to } : rest;
      }),
      backendPools: def.backendPools.map((p) =>
        p.regionalFrontends?.some(hit)
          ? { ...p, regionalFrontends: p.regionalFrontends.flatMap((r) => (hit(r) ? (moved(r) ?? []) : [r])) }
          : p,
      ),
    };
  });
  const nextVms = vms.some((vm) => hit(vm.nic.gatewayLoadBalancer))
    ? vms.map((vm) => {
        if (!hit(vm.nic.gatewayLoadBalancer)) return vm;
        const to = moved(vm.nic.gatewayLoadBalancer);
        const { gatewayLoadBalancer: _gone, ...nic } = vm.nic;
        return { ...vm, nic: to ? { ...vm.nic, gatewayLoadBalancer: to } : nic };
      })
    : vms;
  return { loadBalancers, vms: nextVms };
}
