import type { InboundNatRule, PoolMember, LbTopology } from '../topology/schema';
import { nodeId, type NodeKind } from './ids';

/** The VM a NAT rule's target (or a pool member) names. */
export function targetVm(m: PoolMember): string {
  return typeof m === 'string' ? m : m.vm;
}

/**
 * The topology with every NAT rule passed through `edit`; the same object when it has no `inboundNatRules`,
 * so files written before NAT rules existed keep their shape.
 */
export function editNatRules(t: LbTopology, edit: (r: InboundNatRule) => InboundNatRule): LbTopology {
  return t.inboundNatRules ? { ...t, inboundNatRules: t.inboundNatRules.map(edit) } : t;
}

/** The NAT rule without a target: `target` is absent (not undefined) while a rule is not connected to a VM. */
export function withoutTarget(r: InboundNatRule): InboundNatRule {
  const { target: _gone, ...rest } = r;
  return rest;
}

/** A NAT rule loses what deleting one of its ends takes away: impact entries, one per NAT rule. */
export function natImpact(t: LbTopology, kind: NodeKind, name: string) {
  const rules = t.inboundNatRules ?? [];
  if (kind === 'frontend') {
    return rules
      .filter((r) => r.frontend === name)
      .map((r) => ({ affected: nodeId('natRule', r.name), key: 'impact.natFrontend' as const, params: { rule: r.name } }));
  }
  if (kind === 'vm') {
    return rules
      .filter((r) => r.target !== undefined && targetVm(r.target) === name)
      .map((r) => ({ affected: nodeId('natRule', r.name), key: 'impact.natTarget' as const, params: { rule: r.name, vm: name } }));
  }
  return [];
}

/** Clears the NAT rules' references to a deleted frontend or VM (a `{ vm, ip }` target goes too). */
export function natAfterRemove(t: LbTopology, kind: NodeKind, name: string): LbTopology {
  if (kind === 'frontend') return editNatRules(t, (r) => (r.frontend === name ? { ...r, frontend: '' } : r));
  if (kind === 'vm') return editNatRules(t, (r) => (r.target !== undefined && targetVm(r.target) === name ? withoutTarget(r) : r));
  return t;
}

/** Points the NAT rules' references at a renamed frontend or VM. */
export function natAfterRename(t: LbTopology, kind: NodeKind, name: string, newName: string): LbTopology {
  if (kind === 'frontend') return editNatRules(t, (r) => (r.frontend === name ? { ...r, frontend: newName } : r));
  if (kind !== 'vm') return t;
  return editNatRules(t, (r) => {
    if (r.target === undefined || targetVm(r.target) !== name) return r;
    return { ...r, target: typeof r.target === 'string' ? newName : { ...r.target, vm: newName } };
  });
}

/**
 * The first frontend port from 50001 up that no NAT rule uses yet, so new NAT rules do not collide at once.
 * @example firstFreeNatPort([{ frontendPort: 50001 }]) // 50002
 */
export function firstFreeNatPort(rules: readonly Pick<InboundNatRule, 'frontendPort'>[]): number {
  const used = new Set(rules.map((r) => r.frontendPort));
  let port = 50001;
  while (used.has(port) && port < 65534) port++;
  return port;
}

/**
 * Points a NAT rule at a target, or disconnects it (`undefined` removes the key rather than storing undefined).
 * @example setNatTarget(t, 'rdp1', { vm: 'VM2', ip: '10.0.0.15' })
 */
export function setNatTarget(t: LbTopology, rule: string, target: PoolMember | undefined): LbTopology {
  return editNatRules(t, (r) => (r.name !== rule ? r : target === undefined ? withoutTarget(r) : { ...r, target }));
}
