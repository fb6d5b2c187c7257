// Several load balancers of one file, each built by an importer as a one-load-balancer topology, become one version 2
// topology: every load balancer, one list of VMs (a VM behind two load balancers is one VM), and the references
// between them (a Gateway chain, a Global pool's regional frontends) checked against what was imported. A reference
// to a load balancer that is not there is left out and said (never dropped silently).
import type { FrontendRef, LbTopology, LoadBalancerDef, Topology, Vm } from '../topology/schema';
import { itext, type ImportText } from './text';

/** Where a reference that had to be left out is said: the finding's text and the path of the element holding it. */
type RefWarning = (text: ImportText, path?: string) => void;

/** One load balancer as an importer built it, the name it gets in the topology, and where it is in the input. */
interface BuiltLb {
  view: LbTopology;
  name: string;
  path?: string;
}

/**
 * The version 2 topology of every built load balancer, VMs shared by name (the first build of a VM wins; secondary
 * addresses and a Gateway chain another build saw are added), NSGs shared by name.
 * @example mergeLbs([{ view: publicLb, name: 'lb-pub' }, { view: ilb, name: 'lb-int' }], warn).loadBalancers.length // 2
 */
export function mergeLbs(built: readonly BuiltLb[], warn: RefWarning): Topology {
  const first = built[0]!.view;
  const vms = new Map<string, Vm>();
  const nsgs = new Map<string, NonNullable<Topology['networkSecurityGroups']>[number]>();
  for (const { view } of built) {
    for (const vm of view.vms) vms.set(vm.name, vms.has(vm.name) ? mergedVm(vms.get(vm.name)!, vm) : vm);
    for (const nsg of view.networkSecurityGroups ?? []) if (!nsgs.has(nsg.name)) nsgs.set(nsg.name, nsg);
  }
  const loadBalancers = built.map(({ view, name }) => lbDef(view, name));
  const topology: Topology = {
    version: 2,
    name: first.name,
    ...(first.description !== undefined && { description: first.description }),
    loadBalancers,
    vms: [...vms.values()],
    ...(nsgs.size > 0 && { networkSecurityGroups: [...nsgs.values()] }),
  };
  return resolveRefs(topology, built, warn);
}

function lbDef(view: LbTopology, name: string): LoadBalancerDef {
  return {
    ...view.loadBalancer,
    name,
    frontends: view.frontends,
    backendPools: view.backendPools,
    probes: view.probes,
    rules: view.rules,
    ...(view.inboundNatRules !== undefined && { inboundNatRules: view.inboundNatRules }),
    ...(view.outboundRules !== undefined && { outboundRules: view.outboundRules }),
  };
}

function mergedVm(a: Vm, b: Vm): Vm {
  const extra = (b.nic.secondaryIps ?? []).filter((ip) => ip !== a.nic.ip && !(a.nic.secondaryIps ?? []).includes(ip));
  const chain = a.nic.gatewayLoadBalancer ?? b.nic.gatewayLoadBalancer;
  if (extra.length === 0 && chain === a.nic.gatewayLoadBalancer) return a;
  return {
    ...a,
    nic: {
      ...a.nic,
      ...(extra.length > 0 && { secondaryIps: [...(a.nic.secondaryIps ?? []), ...extra] }),
      ...(chain && { gatewayLoadBalancer: chain }),
    },
  };
}

/**
 * Every reference names a load balancer and a frontend that were imported (names compared ignoring case, as Azure
 * does, and written as the topology has them); the others are left out with a warning.
 */
function resolveRefs(t: Topology, built: readonly BuiltLb[], warn: RefWarning): Topology {
  const byName = new Map(t.loadBalancers.map((lb) => [lb.name.toLowerCase(), lb]));
  // An importer names the target by the load balancer's resource name; a renamed duplicate keeps its old name too.
  built.forEach(({ view, name }) => {
    if (!byName.has(view.loadBalancer.name.toLowerCase()))
      byName.set(view.loadBalancer.name.toLowerCase(), byName.get(name.toLowerCase())!);
  });
  const resolve = (ref: FrontendRef, what: ImportText, path: string | undefined): FrontendRef | undefined => {
    const lb = byName.get(ref.loadBalancer.toLowerCase());
    const fe = lb?.frontends.find((f) => f.name.toLowerCase() === ref.frontend.toLowerCase());
    if (lb && fe) return { loadBalancer: lb.name, frontend: fe.name };
    warn(itext('ref.unresolved', { what, loadBalancer: ref.loadBalancer, frontend: ref.frontend }), path);
    return undefined;
  };
  const loadBalancers = t.loadBalancers.map((lb, i) => {
    const path = built[i]?.path;
    const frontends = lb.frontends.map((fe) => {
      if (!fe.gatewayLoadBalancer) return fe;
      const to = resolve(fe.gatewayLoadBalancer, itext('ref.frontendChain', { name: fe.name }), path);
      const { gatewayLoadBalancer: _gone, ...rest } = fe;
      return to ? { ...fe, gatewayLoadBalancer: to } : rest;
    });
    const backendPools = lb.backendPools.map((pool) => {
      if (!pool.regionalFrontends) return pool;
      const what = itext('ref.globalMember', { pool: pool.name });
      const regionalFrontends = pool.regionalFrontends.map((r) => resolve(r, what, path)).filter((r): r is FrontendRef => !!r);
      return { ...pool, regionalFrontends };
    });
    return { ...lb, frontends, backendPools };
  });
  const vms = t.vms.map((vm) => {
    if (!vm.nic.gatewayLoadBalancer) return vm;
    const to = resolve(vm.nic.gatewayLoadBalancer, itext('ref.nicChain', { nic: vm.nic.name }), undefined);
    const { gatewayLoadBalancer: _gone, ...nic } = vm.nic;
    return { ...vm, nic: to ? { ...nic, gatewayLoadBalancer: to } : nic };
  });
  return { ...t, loadBalancers, vms };
}

/**
 * The load balancer and frontend a frontend IP configuration id names, as written
 * (`…/loadBalancers/<lb>/frontendIPConfigurations/<frontend>`; Terraform's ids have the same shape).
 * @example frontendRefOf('/subscriptions/s/resourceGroups/g/providers/Microsoft.Network/loadBalancers/gw/frontendIPConfigurations/fe') // { loadBalancer: 'gw', frontend: 'fe' }
 */
export function frontendRefOf(id: string): FrontendRef | undefined {
  const s = id.split('/').filter((x) => x !== '');
  for (let i = 0; i + 3 < s.length; i++)
    if (s[i]!.toLowerCase() === 'loadbalancers' && s[i + 2]!.toLowerCase() === 'frontendipconfigurations')
      return { loadBalancer: s[i + 1]!, frontend: s[i + 3]! };
  return undefined;
}
