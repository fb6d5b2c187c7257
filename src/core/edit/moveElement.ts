// Moving one element to another load balancer from a form (the inspector's "Move to load balancer"): which moves
// Azure's rules between load balancers allow, with the reason when not, and the move itself for every kind a load
// balancer holds, health probes included (moveToLoadBalancer moves the canvas's node kinds).
import { fill, type Locale } from '../i18n/locale';
import { lbIndex, lbView, withLb } from '../topology/design';
import type { FrontendRef, Topology } from '../topology/schema';
import { probeUsers, uniqueName, upsertProbe } from './elements';
import { elementsOf } from './ids';
import { moveToLoadBalancer, type LbKind } from './loadBalancers';
import { messages } from './messages';

/** What the inspector can move between load balancers: the canvas's kinds of a load balancer, and health probes. */
export type MovableKind = LbKind | 'probe';

const refersTo = (r: FrontendRef, lb: string, frontend: string) => r.loadBalancer === lb && r.frontend === frontend;

/**
 * Why `name` (of `kind`, in load balancer `from`) cannot move to `to`, in `locale`; undefined when it can. Refused: an
 * unknown load balancer or element, a probe a rule still uses (rules use their own load balancer's probes), a chained
 * frontend into an internal load balancer, a frontend of a Global pool into a Global load balancer, a Global pool
 * into a regional one.
 * @example moveProblem(t, 'lb', 'probe', 'hp', 'ilb') // 'Health probe hp is used by r1; …'
 */
export function moveProblem(
  t: Topology,
  from: string,
  kind: MovableKind,
  name: string,
  to: string,
  locale: Locale = 'en',
): string | undefined {
  const m = messages[locale];
  for (const lb of [from, to]) if (lbIndex(t, lb) < 0) return fill(m['lb.gone'], { name: lb });
  const source = lbView(t, from);
  const target = t.loadBalancers[lbIndex(t, to)]!;
  const elements = kind === 'probe' ? source.probes : elementsOf(source, kind);
  if (from === to || !elements.some((e) => e.name === name)) return m.gone;
  if (kind === 'probe') {
    const users = probeUsers(source, name);
    return users.length ? fill(m['move.probeInUse'], { probe: name, rules: users.join(', ') }) : undefined;
  }
  if (kind === 'frontend') {
    const fe = source.frontends.find((f) => f.name === name)!;
    if (fe.gatewayLoadBalancer && target.type !== 'Public') return fill(m['across.notPublic'], { lb: to });
    const inGlobalPool = t.loadBalancers.some((lb) =>
      lb.backendPools.some((p) => p.regionalFrontends?.some((r) => refersTo(r, from, name))),
    );
    if (inGlobalPool && target.tier === 'Global') return fill(m['across.fromGlobal'], { frontend: name });
  }
  if (kind === 'backendPool') {
    const pool = source.backendPools.find((p) => p.name === name)!;
    if (pool.regionalFrontends?.length && target.tier !== 'Global') return fill(m['across.notGlobal'], { lb: to });
  }
  return undefined;
}

/**
 * Moves `name` from `from` to `to` as one pure edit (renamed when `to` has that name: `hp` → `hp-1`), or explains
 * why not (see `moveProblem`). A probe moves unused (a rule keeps only a probe of its own load balancer).
 * @example moveElement(t, 'lb', 'rule', 'r1', 'ilb') // { ok: true, topology, name: 'r1' }
 */
export function moveElement(
  t: Topology,
  from: string,
  kind: MovableKind,
  name: string,
  to: string,
  locale: Locale = 'en',
): { ok: true; topology: Topology; name: string } | { ok: false; reason: string } {
  const reason = moveProblem(t, from, kind, name, to, locale);
  if (reason !== undefined) return { ok: false, reason };
  if (kind !== 'probe') return { ok: true, ...moveToLoadBalancer(t, from, kind, name, to) };
  const source = lbView(t, from);
  const probe = source.probes.find((p) => p.name === name)!;
  const taken = lbView(t, to).probes.map((p) => p.name);
  const newName = taken.includes(name) ? uniqueName(taken, `${name}-`) : name;
  const left = withLb(t, from, { ...source, probes: source.probes.filter((p) => p.name !== name) });
  const next = withLb(left, to, upsertProbe(lbView(left, to), { ...probe, name: newName }));
  return { ok: true, topology: next, name: newName };
}
