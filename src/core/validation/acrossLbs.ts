// Azure's rules between the load balancers of one design: which load balancers one IP configuration may be behind
// (AnotherInternalLoadBalancerExists and its public twin, SKU mixing), what two of them may deliver to it
// (acrossDeliveries.ts), and the references between them (Global pools, Gateway chains: acrossRefs.ts).
import { diagnostic, SOURCES, type Diagnostic } from '../diagnostics/diagnostic';
import type { LoadBalancerDef, PoolMember, Topology, Vm } from '../topology/schema';
import { checkDeliveriesAcross, configKey } from './acrossDeliveries';
import { reconcileOutbound } from './acrossOutbound';
import { checkReferencesAcross, lbRef } from './acrossRefs';
import type { Analysis } from './analyze';
import { names, text } from './catalogText';

/**
 * Every check across the load balancers of a topology; `analyses` are the per-load-balancer analyses in the
 * topology's order. Linear in the pools and references; rows are read only for IP configurations two load balancers
 * share.
 * @example checkAcrossLbs(t, parts.map((p) => p.analysis), out) // AnotherInternalLoadBalancerExists, …
 */
export function checkAcrossLbs(t: Topology, analyses: readonly Analysis[], out: Diagnostic[]): void {
  checkReferencesAcross(t, out);
  if (t.loadBalancers.length < 2) return;
  reconcileOutbound(t, out);
  const vms = new Map(t.vms.map((vm) => [vm.name, vm]));
  const inPools = new Map<string, { vm: string; lbs: Set<number> }>();
  const anyRef = new Map<string, Set<number>>();
  const skusOfVm = new Map<string, Set<number>>();
  t.loadBalancers.forEach((lb, i) => {
    // Gateway pools hold appliances reached through tunnels; Global pools hold frontends, not VMs (globalTier.ts).
    if (lb.sku === 'Gateway' || lb.tier === 'Global') return;
    const note = (m: PoolMember, pool: boolean) => {
      const key = memberKey(m, vms);
      if (key === undefined) return;
      const vm = typeof m === 'string' ? m : m.vm;
      if (pool) {
        let held = inPools.get(key);
        if (!held) inPools.set(key, (held = { vm, lbs: new Set() }));
        held.lbs.add(i);
      }
      add(anyRef, key, i);
      add(skusOfVm, vm, i);
    };
    for (const pool of lb.backendPools) for (const m of pool.members) note(m, true);
    for (const nat of lb.inboundNatRules ?? []) if (nat.target !== undefined) note(nat.target, false);
  });
  checkOneOfEachType(t.loadBalancers, inPools, out);
  checkSkuMix(t.loadBalancers, skusOfVm, out);
  const shared = new Set<string>();
  const sharedLbs = new Set<number>();
  for (const [key, lbs] of anyRef) {
    if (lbs.size < 2) continue;
    shared.add(key);
    for (const i of lbs) sharedLbs.add(i);
  }
  if (shared.size > 0) checkDeliveriesAcross(t.loadBalancers, analyses, shared, sharedLbs, out);
}

function add<K>(map: Map<K, Set<number>>, key: K, i: number): void {
  const set = map.get(key);
  if (set) set.add(i);
  else map.set(key, new Set([i]));
}

// A VM name is its primary IP configuration, as in a pool (model/resolve.ts); unknown VMs are references.ts's.
function memberKey(m: PoolMember, vms: ReadonlyMap<string, Vm>): string | undefined {
  if (typeof m !== 'string') return configKey(m.vm, m.ip);
  const vm = vms.get(m);
  return vm ? configKey(m, vm.nic.ip) : undefined;
}

/** Groups VMs by the set of load balancers they are held by, so one diagnostic names every VM of one overlap. */
function grouped(entries: Iterable<[vm: string, lbs: number[]]>): Map<string, { lbs: number[]; vms: Set<string> }> {
  const groups = new Map<string, { lbs: number[]; vms: Set<string> }>();
  for (const [vm, lbs] of entries) {
    const id = lbs.join(',');
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { lbs, vms: new Set() }));
    g.vms.add(vm);
  }
  return groups;
}

// Learn's deployment errors: one internal load balancer per set of VMs/NICs (AnotherInternalLoadBalancerExists);
// the public twin follows the limits (one public and one internal load balancer per VM) and the scale set code
// VMScaleSetCannotUseMultipleLoadBalancersOfSameType; Azure's code for a VM is not documented, so it is Floatplan's.
function checkOneOfEachType(
  lbs: readonly LoadBalancerDef[],
  inPools: ReadonlyMap<string, { vm: string; lbs: Set<number> }>,
  out: Diagnostic[],
): void {
  for (const type of ['Internal', 'Public'] as const) {
    const entries: [string, number[]][] = [];
    for (const { vm, lbs: held } of inPools.values()) {
      const ofType = [...held].filter((i) => lbs[i]!.type === type).sort((a, b) => a - b);
      if (ofType.length > 1) entries.push([vm, ofType]);
    }
    for (const { lbs: group, vms } of grouped(entries).values()) {
      const lbNames = group.map((i) => lbs[i]!.name);
      const vmList = [...vms].sort();
      const code = type === 'Internal' ? 'AnotherInternalLoadBalancerExists' : 'AnotherPublicLoadBalancerExists';
      out.push(
        diagnostic(
          'error',
          code,
          [...vmList.map((vm) => ({ kind: 'vm' as const, name: vm })), ...lbNames.map((n) => lbRef('loadBalancer', n, n))],
          text(code, { vms: names(vmList), lbs: names(lbNames) }),
          type === 'Internal' ? SOURCES.errorCodes : SOURCES.limits,
        ),
      );
    }
  }
}

// Learn (skus, Limitations): a standalone VM, availability set or scale set references one SKU, never both.
function checkSkuMix(lbs: readonly LoadBalancerDef[], skusOfVm: ReadonlyMap<string, Set<number>>, out: Diagnostic[]): void {
  const entries: [string, number[]][] = [];
  for (const [vm, held] of skusOfVm) {
    const list = [...held].sort((a, b) => a - b);
    if (list.some((i) => lbs[i]!.sku === 'Basic') && list.some((i) => lbs[i]!.sku === 'Standard')) entries.push([vm, list]);
  }
  for (const { lbs: group, vms } of grouped(entries).values()) {
    const basic = group.filter((i) => lbs[i]!.sku === 'Basic').map((i) => lbs[i]!.name);
    const standard = group.filter((i) => lbs[i]!.sku === 'Standard').map((i) => lbs[i]!.name);
    const vmList = [...vms].sort();
    out.push(
      diagnostic(
        'error',
        'LoadBalancerSkusMixedOnVm',
        [...vmList.map((vm) => ({ kind: 'vm' as const, name: vm })), ...[...basic, ...standard].map((n) => lbRef('loadBalancer', n, n))],
        text('LoadBalancerSkusMixedOnVm', { vms: names(vmList), basic: names(basic), standard: names(standard) }),
        SOURCES.skus,
      ),
    );
  }
}
