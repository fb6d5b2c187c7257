// References that cross a load balancer's bounds, walked in one place. A FrontendRef names a frontend of another load
// balancer: a public frontend's or a NIC's Gateway chain (`gatewayLoadBalancer`), a Global pool's regional frontend
// (`regionalFrontends`). Pools and inbound NAT rules name the shared VMs. Renaming or deleting a load balancer, a
// frontend or a VM, and moving a frontend, rewrite them all through these walkers, so no kind of reference is missed.
import type { FrontendRef, LoadBalancerDef, PoolMember, Vm } from './schema';

/** What becomes of one reference: the same object (unchanged), another reference, or null (it lets go). */
export type RefEdit = (r: FrontendRef) => FrontendRef | null;

/** Name changes: old name → new name, or null when it is gone. */
export type NameChanges = ReadonlyMap<string, string | null>;

/**
 * Every FrontendRef of `t` (frontends' and NICs' Gateway chains, Global pools' members) passed through `edit`, each
 * once. A dropped chain loses its field, a dropped pool member leaves its list (an emptied list stays, empty). Whatever
 * holds no changed reference stays the same object, and `t` itself comes back when nothing changed.
 * @example mapFrontendRefs(t, (r) => (r.loadBalancer === 'gw' ? null : r)) // every chain to gw let go
 */
export function mapFrontendRefs<T extends { loadBalancers: LoadBalancerDef[]; vms: Vm[] }>(t: T, edit: RefEdit): T {
  const loadBalancers = mapSame(t.loadBalancers, (lb) => {
    const frontends = mapSame(lb.frontends, (fe) => chained(fe, edit));
    const backendPools = mapSame(lb.backendPools, (pool) => {
      if (!pool.regionalFrontends) return pool;
      const kept: FrontendRef[] = [];
      let changed = false;
      for (const r of pool.regionalFrontends) {
        const next = edit(r);
        if (next !== r) changed = true;
        if (next) kept.push(next);
      }
      return changed ? { ...pool, regionalFrontends: kept } : pool;
    });
    return frontends === lb.frontends && backendPools === lb.backendPools ? lb : { ...lb, frontends, backendPools };
  });
  const vms = mapSame(t.vms, (vm) => {
    const nic = chained(vm.nic, edit);
    return nic === vm.nic ? vm : { ...vm, nic };
  });
  return loadBalancers === t.loadBalancers && vms === t.vms ? t : { ...t, loadBalancers, vms };
}

/**
 * The edit for a renamed load balancer and for renamed or deleted frontends of load balancer `lb` (its name after the
 * rename): references to `from` name `lb`, then references to a changed frontend of `lb` follow it or let go.
 * @example mapFrontendRefs(t, following('gw', { from: 'gw0', frontends: new Map([['fe', null]]) }))
 */
export function following(lb: string, { from = lb, frontends }: { from?: string; frontends?: NameChanges }): RefEdit {
  return (r) => {
    const named = r.loadBalancer === from && from !== lb ? { ...r, loadBalancer: lb } : r;
    if (named.loadBalancer !== lb || !frontends?.has(named.frontend)) return named;
    const to = frontends.get(named.frontend)!;
    return to === null ? null : { ...named, frontend: to };
  };
}

/**
 * Load balancer `lb` with the VMs its pools and inbound NAT rules name following `changes`: renamed where renamed,
 * left out where gone (a NAT rule loses its target). A load balancer that names none of them stays the same object.
 * @example followVms(lb, new Map([['VM1', 'web1']])).backendPools[0].members // ['web1', 'VM2']
 */
export function followVms(lb: LoadBalancerDef, changes: NameChanges): LoadBalancerDef {
  const member = (m: PoolMember): PoolMember | null => {
    const vm = typeof m === 'string' ? m : m.vm;
    if (!changes.has(vm)) return m;
    const to = changes.get(vm)!;
    if (to === null) return null;
    return typeof m === 'string' ? to : { ...m, vm: to };
  };
  const backendPools = mapSame(lb.backendPools, (pool) => {
    if (!pool.members.some((m) => changes.has(typeof m === 'string' ? m : m.vm))) return pool;
    return { ...pool, members: pool.members.map(member).filter((m): m is PoolMember => m !== null) };
  });
  const inboundNatRules =
    lb.inboundNatRules &&
    mapSame(lb.inboundNatRules, (nat) => {
      if (nat.target === undefined) return nat;
      const target = member(nat.target);
      if (target === nat.target) return nat;
      const { target: _gone, ...rest } = nat;
      return target === null ? rest : { ...nat, target };
    });
  return backendPools === lb.backendPools && inboundNatRules === lb.inboundNatRules
    ? lb
    : { ...lb, backendPools, ...(inboundNatRules && { inboundNatRules }) };
}

/**
 * Name changes between two lists of named things (VMs, frontends) as edits make them: the same count with another
 * name at a position is a rename (edits rename in place), a shorter list lost the names it no longer has. undefined: none.
 * @example nameChanges([{ name: 'a' }], [{ name: 'b' }]) // Map { 'a' => 'b' }
 */
export function nameChanges(before: readonly { name: string }[], after: readonly { name: string }[]): NameChanges | undefined {
  if (before === after) return undefined;
  const changes = new Map<string, string | null>();
  const afterNames = new Set(after.map((x) => x.name));
  if (before.length === after.length) {
    before.forEach((x, k) => {
      if (x.name !== after[k]!.name && !afterNames.has(x.name)) changes.set(x.name, after[k]!.name);
    });
  } else {
    for (const x of before) if (!afterNames.has(x.name)) changes.set(x.name, null);
  }
  return changes.size ? changes : undefined;
}

// A frontend or NIC with its Gateway chain edited; the same object when the edit keeps it.
function chained<X extends { gatewayLoadBalancer?: FrontendRef }>(x: X, edit: RefEdit): X {
  const r = x.gatewayLoadBalancer;
  if (!r) return x;
  const next = edit(r);
  if (next === r) return x;
  if (next) return { ...x, gatewayLoadBalancer: next };
  const { gatewayLoadBalancer: _gone, ...rest } = x;
  return rest as X;
}

// xs mapped by f; xs itself when f kept every element.
function mapSame<X>(xs: X[], f: (x: X) => X): X[] {
  let out: X[] | undefined;
  for (let k = 0; k < xs.length; k++) {
    const y = f(xs[k]!);
    if (!out && y !== xs[k]) out = xs.slice(0, k);
    out?.push(y);
  }
  return out ?? xs;
}
