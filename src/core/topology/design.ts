// A v2 topology holds several load balancers that share one list of VMs. Everything Floatplan knows about one load
// balancer (checks, mapping, scripts, exports) reads the v1 shape, so a v2 topology is read as one view per load
// balancer (lbView) and an edit made on a view is written back (withLb). Views are cached per topology object, so
// the same topology always gives the same view object and per-view caches keep working.
import { following, followVms, mapFrontendRefs, nameChanges } from './frontendRefs';
import type { Layout, LbTopology, LoadBalancerDef, Topology } from './schema';

/** The layout key prefix of a load balancer's own elements: `ilb/frontend:FIP1`. VM keys have none. */
export function lbKeyPrefix(loadBalancer: string): string {
  return `${loadBalancer}/`;
}

/**
 * The layout key of a node of a load balancer (a frontend, rule, NAT rule or pool), or of a VM (`loadBalancer` undefined).
 * @example layoutKey('ilb', 'frontend:FIP1') // 'ilb/frontend:FIP1'
 */
export function layoutKey(loadBalancer: string | undefined, nodeId: string): string {
  return loadBalancer === undefined ? nodeId : lbKeyPrefix(loadBalancer) + nodeId;
}

// Node ids of elements that belong to a load balancer; VMs (`vm:`) are shared and keep their key.
const LB_SCOPED = /^(frontend|rule|natRule|backendPool):/;

/**
 * Reads a version 1 topology as version 2: its load balancer becomes the only one, with its elements; layout keys of
 * its elements get the load balancer's name. Nothing is lost: every field moves, none is dropped or renamed.
 * @example migrateV1(v1).loadBalancers[0].frontends === v1.frontends // true
 */
export function migrateV1(t: LbTopology): Topology {
  const lb: LoadBalancerDef = {
    ...t.loadBalancer,
    frontends: t.frontends,
    backendPools: t.backendPools,
    probes: t.probes,
    rules: t.rules,
    ...(t.inboundNatRules !== undefined && { inboundNatRules: t.inboundNatRules }),
    ...(t.outboundRules !== undefined && { outboundRules: t.outboundRules }),
  };
  let layout: Layout | undefined;
  if (t.layout) {
    layout = {};
    for (const [key, at] of Object.entries(t.layout)) layout[LB_SCOPED.test(key) ? layoutKey(t.loadBalancer.name, key) : key] = at;
  }
  return {
    version: 2,
    name: t.name,
    ...(t.description !== undefined && { description: t.description }),
    loadBalancers: [lb],
    vms: t.vms,
    ...(t.networkSecurityGroups !== undefined && { networkSecurityGroups: t.networkSecurityGroups }),
    ...(layout && { layout }),
  };
}

const views = new WeakMap<Topology, (LbTopology | undefined)[]>();

/**
 * One load balancer of a topology in the v1 shape (by position or name), with the shared VMs and NSGs and its own
 * layout keys without their prefix. The same topology object gives the same view object.
 * @example lbView(t, 'ilb').frontends // the internal load balancer's frontends
 */
export function lbView(t: Topology, which: number | string = 0): LbTopology {
  const i = typeof which === 'number' ? which : lbIndex(t, which);
  const lb = t.loadBalancers[i];
  if (!lb) throw new RangeError(`no load balancer ${String(which)} in topology ${t.name}`);
  let cached = views.get(t);
  if (!cached) views.set(t, (cached = []));
  return (cached[i] ??= sameView(t, lb) ?? buildView(t, lb));
}

// Per load balancer object, the view last built of it and the topology's layout it read. An edit of another load
// balancer (withLb keeps this one's object, the VMs, NSGs and layout) gives a new topology whose view of this one is
// the same object, so per-view caches (each load balancer's analysis) are not redone for the load balancers not edited.
const lastView = new WeakMap<LoadBalancerDef, { view: LbTopology; layout: Layout | undefined }>();

function sameView(t: Topology, lb: LoadBalancerDef): LbTopology | undefined {
  const last = lastView.get(lb);
  if (!last) return undefined;
  const { view } = last;
  const same =
    last.layout === t.layout &&
    view.vms === t.vms &&
    view.networkSecurityGroups === t.networkSecurityGroups &&
    view.name === t.name &&
    view.description === t.description;
  return same ? view : undefined;
}

/** Every load balancer's view, in the topology's order. */
export function lbViews(t: Topology): LbTopology[] {
  return t.loadBalancers.map((_, i) => lbView(t, i));
}

/** The position of the load balancer named `name`, or -1. */
export function lbIndex(t: Topology, name: string): number {
  return t.loadBalancers.findIndex((lb) => lb.name === name);
}

function buildView(t: Topology, lb: LoadBalancerDef): LbTopology {
  const { frontends, backendPools, probes, rules, inboundNatRules, outboundRules, ...loadBalancer } = lb;
  const view: LbTopology = {
    version: 1,
    name: t.name,
    ...(t.description !== undefined && { description: t.description }),
    loadBalancer,
    frontends,
    backendPools,
    probes,
    rules,
    ...(inboundNatRules !== undefined && { inboundNatRules }),
    ...(t.networkSecurityGroups !== undefined && { networkSecurityGroups: t.networkSecurityGroups }),
    ...(outboundRules !== undefined && { outboundRules }),
    vms: t.vms,
    ...(t.layout && { layout: viewLayout(t.layout, lb.name) }),
  };
  lastView.set(lb, { view, layout: t.layout });
  return view;
}

// Per layout object, each load balancer's part of it: an edit that moved nothing keeps the layout object, and the
// edited load balancer's new view then reads its part without going over every key again.
const viewLayouts = new WeakMap<Layout, Map<string, Layout>>();

function viewLayout(layout: Layout, loadBalancer: string): Layout {
  let parts = viewLayouts.get(layout);
  if (!parts) viewLayouts.set(layout, (parts = new Map()));
  let part = parts.get(loadBalancer);
  if (!part) parts.set(loadBalancer, (part = buildViewLayout(layout, loadBalancer)));
  return part;
}

function buildViewLayout(layout: Layout, loadBalancer: string): Layout {
  const out: Layout = {};
  for (const [key, at] of Object.entries(layout)) {
    const own = nodeIdIn(key, loadBalancer);
    if (own !== undefined) out[own] = at;
    else if (!LB_SCOPED.test(key) && !isLbKey(key)) out[key] = at;
  }
  return out;
}

/**
 * The node id a layout key names if the key is one of load balancer `loadBalancer`'s elements (`ilb/frontend:FIP1` in
 * `ilb` → `frontend:FIP1`); else undefined. Whole-name matching, not a prefix test: the key `a/b/frontend:x` is no
 * element of `a` (Azure refuses `/` in a name, but the loader keeps any name so that names round-trip).
 * @example nodeIdIn('ilb/frontend:FIP1', 'ilb') // 'frontend:FIP1'
 */
export function nodeIdIn(key: string, loadBalancer: string): string | undefined {
  const prefix = lbKeyPrefix(loadBalancer);
  if (!key.startsWith(prefix)) return undefined;
  const nodeId = key.slice(prefix.length);
  return LB_SCOPED.test(nodeId) ? nodeId : undefined;
}

// A key of some load balancer's element: `<lb>/<kind>:<name>`.
function isLbKey(key: string): boolean {
  return !key.startsWith('vm:') && !LB_SCOPED.test(key) && /.\/(frontend|rule|natRule|backendPool):/.test(key);
}

/**
 * Writes an edited view of load balancer `which` back into the topology: its load balancer, the shared VMs and NSGs,
 * the name and description, and its layout. A VM renamed or removed in the view is renamed or removed in every other
 * load balancer's pools and NAT targets too. The same view gives back the same topology (an edit that changed nothing).
 * @example withLb(t, 0, renameFrontend(lbView(t, 0), 'FIP1', 'web'))
 */
export function withLb(t: Topology, which: number | string, view: LbTopology): Topology {
  const i = typeof which === 'number' ? which : lbIndex(t, which);
  const before = lbView(t, i);
  if (view === before) return t;
  const oldName = t.loadBalancers[i]!.name;
  const { frontends, backendPools, probes, rules, inboundNatRules, outboundRules } = view;
  const lb: LoadBalancerDef = {
    ...view.loadBalancer,
    frontends,
    backendPools,
    probes,
    rules,
    ...(inboundNatRules !== undefined && { inboundNatRules }),
    ...(outboundRules !== undefined && { outboundRules }),
  };
  const renames = nameChanges(before.vms, view.vms);
  const loadBalancers = t.loadBalancers.map((other, j) => (j === i ? lb : renames ? followVms(other, renames) : other));
  // A renamed load balancer, or a renamed or deleted frontend of it: Gateway chains (of frontends and NICs) and Global
  // pools naming it follow, so no chain silently points nowhere.
  const changed = nameChanges(before.frontends, view.frontends);
  const shared =
    oldName === lb.name && !changed
      ? { loadBalancers, vms: view.vms }
      : mapFrontendRefs({ loadBalancers, vms: view.vms }, following(lb.name, { from: oldName, frontends: changed }));
  const next: Topology = {
    version: 2,
    name: view.name,
    ...(view.description !== undefined && { description: view.description }),
    loadBalancers: shared.loadBalancers,
    vms: shared.vms,
    ...(view.networkSecurityGroups !== undefined && { networkSecurityGroups: view.networkSecurityGroups }),
  };
  // A view whose layout is the one it was given (an edit that moved nothing) leaves the topology's layout object as
  // it is, so the other load balancers' views stay the same objects (lbView).
  const layout = view.layout === before.layout && oldName === lb.name ? t.layout : mergeLayout(t.layout, view.layout, oldName, lb.name);
  return layout ? { ...next, layout } : next;
}

/**
 * Lifts an edit of one load balancer's view to an edit of the topology (for the store's `apply`).
 * @example apply(inLb('ilb', (v) => addFrontend(v)))
 */
export function inLb(which: number | string, edit: (view: LbTopology) => LbTopology): (t: Topology) => Topology {
  return (t) => {
    const i = typeof which === 'number' ? which : lbIndex(t, which);
    if (i < 0 || i >= t.loadBalancers.length) return t;
    return withLb(t, i, edit(lbView(t, i)));
  };
}

function mergeLayout(layout: Layout | undefined, viewLayout: Layout | undefined, oldName: string, newName: string): Layout | undefined {
  if (!layout && !viewLayout) return undefined;
  const out: Layout = {};
  // Other load balancers' keys stay; this one's, the VMs' and hand-written plain names come from the view, which had them all.
  for (const [key, at] of Object.entries(layout ?? {})) if (isLbKey(key) && nodeIdIn(key, oldName) === undefined) out[key] = at;
  for (const [key, at] of Object.entries(viewLayout ?? {})) out[LB_SCOPED.test(key) ? layoutKey(newName, key) : key] = at;
  return out;
}
