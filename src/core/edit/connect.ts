import { fill, type Locale } from '../i18n/locale';
import type { Topology } from '../topology/schema';
import { parseNodeId, type NodeKind } from './ids';
import { messages } from './messages';

export type Verdict = { ok: true; note?: string } | { ok: false; reason: string };

const NEXT: Partial<Record<NodeKind, NodeKind>> = { frontend: 'rule', rule: 'backendPool', backendPool: 'vm' };

/**
 * Whether a wire from `source` to `target` (node ids) is allowed: frontend → rule, rule → backend pool,
 * backend pool → VM. Used while dragging a connection and when importing files; reasons and notes are in `locale`.
 * @example canConnect(t, 'frontend:FIP1', 'vm:VM1') // { ok: false, reason: 'A frontend connects to a rule, ...' }
 */
export function canConnect(t: Topology, source: string, target: string, locale: Locale = 'en'): Verdict {
  const m = messages[locale];
  const s = parseNodeId(source);
  const d = parseNodeId(target);
  if (!s || !d) return { ok: false, reason: m.notConnectable };
  if (!exists(t, s.kind, s.name) || !exists(t, d.kind, d.name)) return { ok: false, reason: m.gone };
  const next = NEXT[s.kind];
  if (next !== d.kind) {
    return {
      ok: false,
      reason: next
        ? fill(m.wrongTarget, { source: m[`kind.${s.kind}`], next: m[`kind.${next}`], target: m[`kind.${d.kind}`] })
        : m.vmIsEnd,
    };
  }
  if (s.kind === 'frontend') {
    const rule = t.rules.find((r) => r.name === d.name)!;
    if (rule.frontend === s.name) return { ok: false, reason: fill(m.sameFrontend, { rule: d.name, frontend: s.name }) };
    return rule.frontend && exists(t, 'frontend', rule.frontend)
      ? { ok: true, note: fill(m.movesFrontend, { rule: d.name, from: rule.frontend, to: s.name }) }
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
  if (pool.members.some((m) => (typeof m === 'string' ? m : m.vm) === d.name)) {
    return { ok: false, reason: fill(m.alreadyMember, { vm: d.name, pool: s.name }) };
  }
  return { ok: true };
}

/**
 * Applies a wire: sets the rule's frontend or backend pool, or adds the VM to the pool.
 * Returns the topology unchanged when `canConnect` refuses.
 */
export function connect(t: Topology, source: string, target: string): Topology {
  if (!canConnect(t, source, target).ok) return t;
  const s = parseNodeId(source)!;
  const d = parseNodeId(target)!;
  if (s.kind === 'frontend') return { ...t, rules: t.rules.map((r) => (r.name === d.name ? { ...r, frontend: s.name } : r)) };
  if (s.kind === 'rule') return { ...t, rules: t.rules.map((r) => (r.name === s.name ? { ...r, backendPool: d.name } : r)) };
  return { ...t, backendPools: t.backendPools.map((p) => (p.name === s.name ? { ...p, members: [...p.members, d.name] } : p)) };
}

/** Removes a wire: the rule loses its frontend or pool (""), or the VM leaves the pool. */
export function disconnect(t: Topology, source: string, target: string): Topology {
  const s = parseNodeId(source);
  const d = parseNodeId(target);
  if (!s || !d) return t;
  if (s.kind === 'frontend' && d.kind === 'rule') {
    return { ...t, rules: t.rules.map((r) => (r.name === d.name && r.frontend === s.name ? { ...r, frontend: '' } : r)) };
  }
  if (s.kind === 'rule' && d.kind === 'backendPool') {
    return { ...t, rules: t.rules.map((r) => (r.name === s.name && r.backendPool === d.name ? { ...r, backendPool: '' } : r)) };
  }
  if (s.kind === 'backendPool' && d.kind === 'vm') {
    return {
      ...t,
      backendPools: t.backendPools.map((p) =>
        p.name === s.name ? { ...p, members: p.members.filter((m) => (typeof m === 'string' ? m : m.vm) !== d.name) } : p),
    };
  }
  return t;
}

function exists(t: Topology, kind: NodeKind, name: string): boolean {
  switch (kind) {
    case 'frontend':
      return t.frontends.some((e) => e.name === name);
    case 'rule':
      return t.rules.some((e) => e.name === name);
    case 'backendPool':
      return t.backendPools.some((e) => e.name === name);
    case 'vm':
      return t.vms.some((e) => e.name === name);
  }
}
