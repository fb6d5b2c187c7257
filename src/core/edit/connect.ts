import { fill, type Locale } from '../i18n/locale';
import type { LbTopology } from '../topology/schema';
import { elementsOf, parseNodeId, type NodeKind } from './ids';
import { messages } from './messages';
import { editNatRules, targetVm, withoutTarget } from './natUpkeep';

export type Verdict = { ok: true; note?: string } | { ok: false; reason: string };

// The two chains: frontend → rule → backend pool → VM, and frontend → inbound NAT rule → VM.
const NEXT: Partial<Record<NodeKind, readonly NodeKind[]>> = {
  frontend: ['rule', 'natRule'],
  rule: ['backendPool'],
  natRule: ['vm'],
  backendPool: ['vm'],
};

/**
 * Whether a wire from `source` to `target` (node ids) is allowed: frontend → rule or NAT rule, rule → backend pool,
 * backend pool → VM, NAT rule → VM. Used while dragging a connection and when importing files; reasons and notes are in `locale`.
 * @example canConnect(t, 'frontend:FIP1', 'vm:VM1') // { ok: false, reason: 'A frontend connects to a rule or ...' }
 */
export function canConnect(t: LbTopology, source: string, target: string, locale: Locale = 'en'): Verdict {
  const m = messages[locale];
  const s = parseNodeId(source);
  const d = parseNodeId(target);
  if (!s || !d) return { ok: false, reason: m.notConnectable };
  if (!exists(t, s.kind, s.name) || !exists(t, d.kind, d.name)) return { ok: false, reason: m.gone };
  const next = NEXT[s.kind];
  if (!next) return { ok: false, reason: m.vmIsEnd };
  if (!next.includes(d.kind))
    return { ok: false, reason: fill(m[`wrongTarget.${s.kind as Exclude<NodeKind, 'vm'>}`], { target: m[`a.${d.kind}`] }) };
  if (s.kind === 'frontend' && d.kind === 'rule') {
    const rule = t.rules.find((r) => r.name === d.name)!;
    if (rule.frontend === s.name) return { ok: false, reason: fill(m.sameFrontend, { rule: d.name, frontend: s.name }) };
    return rule.frontend && exists(t, 'frontend', rule.frontend)
      ? { ok: true, note: fill(m.movesFrontend, { rule: d.name, from: rule.frontend, to: s.name }) }
      : { ok: true };
  }
  if (s.kind === 'frontend') {
    const nat = t.inboundNatRules!.find((r) => r.name === d.name)!;
    if (nat.frontend === s.name) return { ok: false, reason: fill(m['nat.sameFrontend'], { rule: d.name, frontend: s.name }) };
    return nat.frontend && exists(t, 'frontend', nat.frontend)
      ? { ok: true, note: fill(m['nat.movesFrontend'], { rule: d.name, from: nat.frontend, to: s.name }) }
      : { ok: true };
  }
  if (s.kind === 'natRule') {
    // A NAT rule forwards to exactly one VM: a second wire moves it (like a rule's frontend), with a note saying so.
    const nat = t.inboundNatRules!.find((r) => r.name === s.name)!;
    const current = nat.target === undefined ? '' : targetVm(nat.target);
    if (current === d.name) return { ok: false, reason: fill(m['nat.sameVm'], { rule: s.name, vm: d.name }) };
    return current && exists(t, 'vm', current)
      ? { ok: true, note: fill(m['nat.movesVm'], { rule: s.name, from: current, to: d.name }) }
      : { ok: true };
  }
  if (s.kind === 'rule') {
    const rule = t.rules.find((r) => r.name === s.name)!;
    if (rule.backendPool === d.name) return { ok: false, reason: fill(m.samePool, { rule: s.name, pool: d.name }) };
    return rule.backendPool && exists(t, 'backendPool', rule.backendPool)
      ? { ok: true, note: fill(m.movesPool, { rule: s.name, from: rule.backendPool, to: d.name }) }
      : { ok: true };
  }
  const pool = t.backendPools.find((p) => p.name === s.name)!;
  if (pool.members.some((member) => targetVm(member) === d.name)) {
    return { ok: false, reason: fill(m.alreadyMember, { vm: d.name, pool: s.name }) };
  }
  return { ok: true };
}

/**
 * Applies a wire: sets the rule's or NAT rule's frontend, the rule's backend pool or the NAT rule's target VM
 * (its primary IP configuration), or adds the VM to the pool. Returns the topology unchanged when `canConnect` refuses.
 */
export function connect(t: LbTopology, source: string, target: string): LbTopology {
  if (!canConnect(t, source, target).ok) return t;
  const s = parseNodeId(source)!;
  const d = parseNodeId(target)!;
  if (s.kind === 'frontend' && d.kind === 'natRule') return editNatRules(t, (r) => (r.name === d.name ? { ...r, frontend: s.name } : r));
  if (s.kind === 'natRule') return editNatRules(t, (r) => (r.name === s.name ? { ...r, target: d.name } : r));
  if (s.kind === 'frontend') return { ...t, rules: t.rules.map((r) => (r.name === d.name ? { ...r, frontend: s.name } : r)) };
  if (s.kind === 'rule') return { ...t, rules: t.rules.map((r) => (r.name === s.name ? { ...r, backendPool: d.name } : r)) };
  return { ...t, backendPools: t.backendPools.map((p) => (p.name === s.name ? { ...p, members: [...p.members, d.name] } : p)) };
}

/** Removes a wire: the rule or NAT rule loses its frontend or pool (""), the NAT rule its target, or the VM leaves the pool. */
export function disconnect(t: LbTopology, source: string, target: string): LbTopology {
  const s = parseNodeId(source);
  const d = parseNodeId(target);
  if (!s || !d) return t;
  if (s.kind === 'frontend' && d.kind === 'rule') {
    return { ...t, rules: t.rules.map((r) => (r.name === d.name && r.frontend === s.name ? { ...r, frontend: '' } : r)) };
  }
  if (s.kind === 'frontend' && d.kind === 'natRule') {
    return editNatRules(t, (r) => (r.name === d.name && r.frontend === s.name ? { ...r, frontend: '' } : r));
  }
  if (s.kind === 'natRule' && d.kind === 'vm') {
    return editNatRules(t, (r) => (r.name === s.name && r.target !== undefined && targetVm(r.target) === d.name ? withoutTarget(r) : r));
  }
  if (s.kind === 'rule' && d.kind === 'backendPool') {
    return { ...t, rules: t.rules.map((r) => (r.name === s.name && r.backendPool === d.name ? { ...r, backendPool: '' } : r)) };
  }
  if (s.kind === 'backendPool' && d.kind === 'vm') {
    return {
      ...t,
      backendPools: t.backendPools.map((p) => (p.name === s.name ? { ...p, members: p.members.filter((m) => targetVm(m) !== d.name) } : p)),
    };
  }
  return t;
}

function exists(t: LbTopology, kind: NodeKind, name: string): boolean {
  return elementsOf(t, kind).some((e) => e.name === name);
}
