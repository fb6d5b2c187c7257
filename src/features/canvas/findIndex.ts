import type { ElementKind, ElementRef } from '../../core/diagnostics/diagnostic';
import type { Topology } from '../../core/topology/schema';

/** The kinds the find box offers: every element a user names (not the load balancer, which is one). */
export type FindKind = Exclude<ElementKind, 'loadBalancer'>;

/** One element the find box can reveal: what it selects, and the words it is found by. */
export interface FindEntry {
  kind: FindKind;
  name: string;
  /** Its address where it has one (a frontend's IP, a rule's IP:port, a VM's NIC IPs, a probe's port). */
  detail: string;
  /** What to select: the element, and for a probe (not on the canvas) the rules that use it too. */
  refs: ElementRef[];
  /** The element's load balancer (none for a VM), shown beside it when there are several. */
  loadBalancer?: string;
  // Lower-cased once, so a keystroke is a scan of plain strings.
  key: string;
  keyDetail: string;
}

/**
 * Every findable element of a topology, in the tables' order: per load balancer its frontends, rules, NAT rules and
 * pools, then the shared VMs, then the probes. Built once per topology; matching (matchFind) then only filters this list.
 */
export function findEntries(t: Topology): FindEntry[] {
  const entry = (kind: FindKind, name: string, detail: string, lb?: string, refs?: ElementRef[]): FindEntry => ({
    kind,
    name,
    detail,
    refs: refs ?? [lb === undefined ? { kind, name } : { kind, name, loadBalancer: lb }],
    ...(lb !== undefined && { loadBalancer: lb }),
    key: name.toLowerCase(),
    keyDetail: detail.toLowerCase(),
  });
  const out: FindEntry[] = [];
  for (const lb of t.loadBalancers) {
    const ipOf = new Map(lb.frontends.map((f) => [f.name, f.ip]));
    const l = lb.name;
    out.push(
      ...lb.frontends.map((f) => entry('frontend', f.name, f.ip, l)),
      ...lb.rules.map((r) => entry('rule', r.name, `${ipOf.get(r.frontend) ?? r.frontend}:${r.frontendPort}`, l)),
      ...(lb.inboundNatRules ?? []).map((r) => entry('natRule', r.name, `${ipOf.get(r.frontend) ?? r.frontend}:${r.frontendPort}`, l)),
      ...lb.backendPools.map((p) => entry('backendPool', p.name, '', l)),
    );
  }
  out.push(...t.vms.map((v) => entry('vm', v.name, [v.nic.ip, ...(v.nic.secondaryIps ?? [])].join(' '))));
  for (const lb of t.loadBalancers) {
    const usedBy = new Map<string, ElementRef[]>();
    for (const r of lb.rules)
      if (r.probe) usedBy.set(r.probe, [...(usedBy.get(r.probe) ?? []), { kind: 'rule', name: r.name, loadBalancer: lb.name }]);
    out.push(
      ...lb.probes.map((p) =>
        entry('probe', p.name, `:${p.port}`, lb.name, [
          { kind: 'probe', name: p.name, loadBalancer: lb.name },
          ...(usedBy.get(p.name) ?? []),
        ]),
      ),
    );
  }
  return out;
}

/**
 * The entries matching what the user typed, best first: the exact name, names that start with it, names that
 * contain it, then a whole address, then addresses that contain it; at most `limit`. Case does not matter; nothing typed matches nothing.
 * @example matchFind(findEntries(t), 'vm1', 3) // VM1, then VM10, VM11 (names starting with "vm1")
 */
export function matchFind(entries: readonly FindEntry[], query: string, limit = 12): FindEntry[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const tiers: FindEntry[][] = [[], [], [], [], []];
  for (const e of entries) {
    const at = e.key.indexOf(q);
    const tier = at >= 0 ? (e.key.length === q.length ? 0 : at === 0 ? 1 : 2) : addressTier(e.keyDetail, q);
    if (tier >= 0 && tiers[tier]!.length < limit) tiers[tier]!.push(e);
  }
  return tiers.flat().slice(0, limit);
}

// 3: one of the entry's addresses is exactly what was typed; 4: an address contains it; -1: none does.
function addressTier(detail: string, q: string): number {
  const at = detail.indexOf(q);
  if (at < 0) return -1;
  const whole = (i: number) => (i === 0 || detail[i - 1] === ' ') && (i + q.length === detail.length || detail[i + q.length] === ' ');
  for (let i = at; i >= 0; i = detail.indexOf(q, i + 1)) if (whole(i)) return 3;
  return 4;
}
