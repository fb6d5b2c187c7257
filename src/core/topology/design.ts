// A v2 topology holds several load balancers that share one list of VMs. Everything Floatplan knows about one load
// balancer (checks, mapping, scripts, exports) reads the v1 shape, so a v2 topology is read as one view per load
// balancer (lbView) and an edit made on a view is written back (withLb). Views are cached per topology object, so
// the same topology always gives the same view object and per-view caches keep working.
import { followFrontends } from './followFrontends';
import type { Layout, LbTopology, LoadBalancerDef, PoolMember, Topology, Vm } from './schema';

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
  const prefix = lbKeyPrefix(loadBalancer);
  const out: Layout = {};
  for (const [key, at] of Object.entries(layout)) {
    if (key.startsWith(prefix)) out[key.slice(prefix.length)] = at;
    else if (!LB_SCOPED.test(key) && !isOtherLbKey(key)) out[key] = at;
  }
  return out;
}

// A key of some load balancer's element: `<lb>/<kind>:<name>`.
function isOtherLbKey(key: string): boolean {
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
  const renames = vmRenames(before.vms, view.vms);
  const loadBalancers = t.loadBalancers.map((other, j) => (j === i ? lb : renames ? followVms(other, renames) : other));
  let shared = { loadBalancers: renameRefs(loadBalancers, oldName, lb.name), vms: renameNicRefs(view.vms, oldName, lb.name) };
  // A renamed or deleted frontend: Gateway chains and Global pools naming it follow (followFrontends.ts).
  const frontendChanges = vmRenames(before.frontends, view.frontends);
  if (frontendChanges) shared = followFrontends(shared.loadBalancers, shared.vms, lb.name, frontendChanges);
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

// Name changes between two lists of VMs (or frontends): old name → new name, or null when it is gone. undefined: none.
function vmRenames(before: readonly { name: string }[], after: readonly { name: string }[]): Map<string, string | null> | undefined {
  if (before === after) return undefined;
  const changes = new Map<string, string | null>();
  const afterNames = new Set(after.map((vm) => vm.name));
  if (before.length === after.length) {
    // Same count: a VM at the same position with another name was renamed (edits rename in place).
    before.forEach((vm, k) => {
      if (vm.name !== after[k]!.name && !afterNames.has(vm.name)) changes.set(vm.name, after[k]!.name);
    });
  } else {
    for (const vm of before) if (!afterNames.has(vm.name)) changes.set(vm.name, null);
  }
  return changes.size ? changes : undefined;
}

function followVms(lb: LoadBalancerDef, renames: Map<string, string | null>): LoadBalancerDef {
  const member = (m: PoolMember): PoolMember | null => {
    const vm = typeof m === 'string' ? m : m.vm;
    if (!renames.has(vm)) return m;
    const to = renames.get(vm)!;
    if (to === null) return null;
    return typeof m === 'string' ? to : { ...m, vm: to };
  };
  const backendPools = lb.backendPools.map((pool) => {
    if (!pool.members.some((m) => renames.has(typeof m === 'string' ? m : m.vm))) return pool;
    return { ...pool, members: pool.members.map(member).filter((m): m is PoolMember => m !== null) };
  });
  const inboundNatRules = lb.inboundNatRules?.map((nat) => {
    if (nat.target === undefined) return nat;
    const target = member(nat.target);
    if (target === nat.target) return nat;
    const { target: _gone, ...rest } = nat;
    return target === null ? rest : { ...nat, target };
  });
  // A load balancer that names none of those VMs stays the same object (caches keyed by it keep working).
  const same =
    backendPools.every((p, k) => p === lb.backendPools[k]) && (inboundNatRules ?? []).every((n, k) => n === lb.inboundNatRules![k]);
  return same ? lb : { ...lb, backendPools, ...(inboundNatRules && { inboundNatRules }) };
}

// A renamed load balancer: NICs chained to it (a Gateway load balancer) follow.
function renameNicRefs(vms: Vm[], from: string, to: string): Vm[] {
  if (from === to || !vms.some((vm) => vm.nic.gatewayLoadBalancer?.loadBalancer === from)) return vms;
  return vms.map((vm) =>
    vm.nic.gatewayLoadBalancer?.loadBalancer === from
      ? { ...vm, nic: { ...vm.nic, gatewayLoadBalancer: { ...vm.nic.gatewayLoadBalancer, loadBalancer: to } } }
      : vm,
  );
}

// A renamed load balancer: references to it from other load balancers (Gateway chains, Global pools, NICs) follow.
function renameRefs(lbs: LoadBalancerDef[], from: string, to: string): LoadBalancerDef[] {
  if (from === to) return lbs;
  const ref = <R extends { loadBalancer: string }>(r: R): R => (r.loadBalancer === from ? { ...r, loadBalancer: to } : r);
  return lbs.map((lb) => ({
    ...lb,
    frontends: lb.frontends.map((fe) => (fe.gatewayLoadBalancer ? { ...fe, gatewayLoadBalancer: ref(fe.gatewayLoadBalancer) } : fe)),
    backendPools: lb.backendPools.map((pool) =>
      pool.regionalFrontends ? { ...pool, regionalFrontends: pool.regionalFrontends.map(ref) } : pool,
    ),
  }));
}

function mergeLayout(layout: Layout | undefined, viewLayout: Layout | undefined, oldName: string, newName: string): Layout | undefined {
  if (!layout && !viewLayout) return undefined;
  const out: Layout = {};
  const oldPrefix = lbKeyPrefix(oldName);
  // Other load balancers' keys stay; this one's, the VMs' and hand-written plain names come from the view, which had them all.
  for (const [key, at] of Object.entries(layout ?? {})) if (isOtherLbKey(key) && !key.startsWith(oldPrefix)) out[key] = at;
  for (const [key, at] of Object.entries(viewLayout ?? {})) out[LB_SCOPED.test(key) ? layoutKey(newName, key) : key] = at;
  return out;
}
