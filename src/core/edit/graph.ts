import type { LbTopology } from '../topology/schema';
import { nodeId, type NodeKind } from './ids';
import { targetVm } from './natUpkeep';

/** A wire between two elements, derived from the topology's references. */
export interface Wire {
  id: string;
  source: string;
  target: string;
  kind: 'frontend-rule' | 'rule-pool' | 'pool-vm' | 'frontend-natRule' | 'natRule-vm';
}

/** What wires are read from: a load balancer's elements and the VMs (a view, or a v2 load balancer with the VMs). */
export type WireSources = Pick<LbTopology, 'frontends' | 'rules' | 'backendPools' | 'vms' | 'inboundNatRules'>;

/**
 * Every wire the topology implies: frontend → rule, rule → backend pool, backend pool → VM, then
 * frontend → inbound NAT rule → VM.
 * Dangling references produce no wire (validation reports them).
 */
export function wiresOf(t: WireSources): Wire[] {
  const wires: Wire[] = [];
  const has = (kind: NodeKind, name: string) => names[kind].has(name);
  const names = {
    frontend: new Set(t.frontends.map((e) => e.name)),
    rule: new Set(t.rules.map((e) => e.name)),
    natRule: new Set((t.inboundNatRules ?? []).map((e) => e.name)),
    backendPool: new Set(t.backendPools.map((e) => e.name)),
    vm: new Set(t.vms.map((e) => e.name)),
  };
  const add = (kind: Wire['kind'], source: string, target: string) => wires.push({ id: `${source}->${target}`, source, target, kind });
  for (const rule of t.rules) {
    const r = nodeId('rule', rule.name);
    if (has('frontend', rule.frontend)) add('frontend-rule', nodeId('frontend', rule.frontend), r);
    if (has('backendPool', rule.backendPool)) add('rule-pool', r, nodeId('backendPool', rule.backendPool));
  }
  for (const pool of t.backendPools) {
    const seen = new Set<string>();
    for (const m of pool.members) {
      const vm = typeof m === 'string' ? m : m.vm;
      if (!has('vm', vm) || seen.has(vm)) continue;
      seen.add(vm);
      add('pool-vm', nodeId('backendPool', pool.name), nodeId('vm', vm));
    }
  }
  // After the existing wires, so adding NAT rules never reorders them.
  for (const nat of t.inboundNatRules ?? []) {
    const n = nodeId('natRule', nat.name);
    if (has('frontend', nat.frontend)) add('frontend-natRule', nodeId('frontend', nat.frontend), n);
    if (nat.target !== undefined && has('vm', targetVm(nat.target))) add('natRule-vm', n, nodeId('vm', targetVm(nat.target)));
  }
  return wires;
}
