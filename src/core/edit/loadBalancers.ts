// Edits of the load balancers of a v2 topology as wholes: add one, rename it, delete it, and move an element from one
// to another. Each is one pure function, so the app applies it as one undo step.
import { fill, type Locale } from '../i18n/locale';
import { lbIndex, lbView, nodeIdIn, withLb } from '../topology/design';
import { mapFrontendRefs } from '../topology/frontendRefs';
import type { FrontendRef, LoadBalancerDef, Topology } from '../topology/schema';
import { addElement, nameProblem, removeElement, uniqueName, type Element } from './elements';
import { elementsOf, namesOf, type NodeKind } from './ids';
import { messages } from './messages';

/** The kinds that belong to one load balancer (a VM belongs to none: every load balancer shares them). */
export type LbKind = Exclude<NodeKind, 'vm'>;

/**
 * Adds a load balancer with a free name (`lb1`, `lb2`, …) and no elements: Standard and public unless `over` says.
 * @example addLoadBalancer(t).name // 'lb1'
 */
export function addLoadBalancer(
  t: Topology,
  over: Partial<Pick<LoadBalancerDef, 'sku' | 'type' | 'tier'>> = {},
): { topology: Topology; name: string } {
  const name = uniqueName(
    t.loadBalancers.map((lb) => lb.name),
    'lb',
  );
  const lb: LoadBalancerDef = { name, sku: 'Standard', type: 'Public', ...over, frontends: [], backendPools: [], probes: [], rules: [] };
  return { topology: { ...t, loadBalancers: [...t.loadBalancers, lb] }, name };
}

/**
 * Renames a load balancer, or explains why not (in `locale`): its layout keys, the Gateway chains and Global pool
 * members of other load balancers, and the NICs chained to it follow.
 * @example renameLoadBalancer(t, 'lb', 'ilb') // { ok: true, topology }
 */
export function renameLoadBalancer(
  t: Topology,
  name: string,
  newName: string,
  locale: Locale = 'en',
): { ok: true; topology: Topology } | { ok: false; reason: string } {
  const i = lbIndex(t, name);
  if (i < 0) return { ok: false, reason: fill(messages[locale]['lb.gone'], { name }) };
  const problem = nameProblem(
    t.loadBalancers.map((lb) => lb.name),
    name,
    newName,
    'kind.loadBalancer',
    locale,
  );
  if (problem !== undefined) return { ok: false, reason: problem };
  if (newName === name) return { ok: true, topology: t };
  const view = lbView(t, i);
  // withLb follows the rename into every reference to it (frontendRefs.ts).
  return { ok: true, topology: withLb(t, i, { ...view, loadBalancer: { ...view.loadBalancer, name: newName } }) };
}

/**
 * Deletes a load balancer with its elements and their positions; other load balancers' chains to it and pool members
 * of it, and NICs chained to it, let go. The last load balancer stays (a design has at least one): see `canRemoveLoadBalancer`.
 */
export function removeLoadBalancer(t: Topology, name: string): Topology {
  if (t.loadBalancers.length <= 1 || lbIndex(t, name) < 0) return t;
  const layout = t.layout && Object.fromEntries(Object.entries(t.layout).filter(([key]) => nodeIdIn(key, name) === undefined));
  const left = { ...t, loadBalancers: t.loadBalancers.filter((lb) => lb.name !== name), ...(layout && { layout }) };
  return mapFrontendRefs(left, (r) => (r.loadBalancer === name ? null : r));
}

/** Why `name` cannot be deleted (in `locale`), or undefined when it can. */
export function canRemoveLoadBalancer(t: Topology, name: string, locale: Locale = 'en'): string | undefined {
  if (lbIndex(t, name) < 0) return fill(messages[locale]['lb.gone'], { name });
  return t.loadBalancers.length <= 1 ? fill(messages[locale]['lb.last'], { name }) : undefined;
}

/**
 * Moves an element from load balancer `from` to `to` (at `position`, when given), renamed when `to` has one of that
 * name already (`FE1` → `FE1-1`). Its wiring comes along where it stays valid: a pool keeps its VMs and an inbound
 * NAT rule its VM (VMs are shared), a frontend keeps its Gateway chain and the chains and Global pool members naming
 * it follow it. Wires inside `from` cannot: the elements there lose it (as on delete), and a moved rule or NAT rule
 * starts unconnected in `to`.
 * @example moveToLoadBalancer(t, 'lb', 'frontend', 'FE1', 'ilb').name // 'FE1'
 */
export function moveToLoadBalancer(
  t: Topology,
  from: string,
  kind: LbKind,
  name: string,
  to: string,
  position?: { x: number; y: number },
): { topology: Topology; name: string } {
  const i = lbIndex(t, from);
  const j = lbIndex(t, to);
  const element = i < 0 ? undefined : (elementsOf(lbView(t, i), kind).find((e) => e.name === name) as Element<LbKind> | undefined);
  if (i < 0 || j < 0 || i === j || !element) return { topology: t, name };
  const taken = namesOf(lbView(t, j), kind);
  const newName = taken.includes(name) ? uniqueName(taken, `${name}-`) : name;
  // References to a moved frontend (Gateway chains, Global pools, NICs) are pointed at its new place first: removing
  // it from its load balancer would otherwise drop them as references to a deleted frontend (withLb).
  const start = kind === 'frontend' ? followMove(t, { loadBalancer: from, frontend: name }, { loadBalancer: to, frontend: newName }) : t;
  const left = withLb(start, i, removeElement(lbView(start, i), kind, name));
  const moved = { ...unwired(kind, element), name: newName } as Element<LbKind>;
  const next = withLb(left, j, addElement(lbView(left, j), kind, moved, position));
  return { topology: next, name: newName };
}

// Every reference to frontend `was` names `now` instead.
function followMove(t: Topology, was: FrontendRef, now: FrontendRef): Topology {
  return mapFrontendRefs(t, (r) => (r.loadBalancer === was.loadBalancer && r.frontend === was.frontend ? now : r));
}

// What of an element's wiring names elements of its own load balancer, and so cannot come along.
function unwired(kind: LbKind, element: Element<LbKind>): Element<LbKind> {
  if (kind === 'rule') {
    const { probe: _probe, ...rule } = element as Element<'rule'>;
    return { ...rule, frontend: '', backendPool: '' };
  }
  if (kind === 'natRule') return { ...(element as Element<'natRule'>), frontend: '' };
  return element;
}
