// The canvas's wires over every load balancer: each load balancer's own (core/edit/graph.ts, read from its elements
// and the shared VMs) with their ends turned into canvas ids, then the wires between load balancers that the
// topology names explicitly: a frontend chained to a Gateway load balancer's frontend, a regional frontend in a
// Global load balancer's pool, and a NIC chained to a Gateway load balancer (drawn from its frontend to the VM).
import { wiresOf, type Wire, type WireSources } from '../../core/edit/graph';
import { targetVm } from '../../core/edit/natUpkeep';
import type { LoadBalancerDef, Topology } from '../../core/topology/schema';
import { canvasId, parseCanvasId } from './canvasIds';

/** A wire on the canvas: its ends are canvas ids; `loadBalancer` is the load balancer of a wire inside one. */
export interface CanvasWire {
  id: string;
  source: string;
  target: string;
  kind: Wire['kind'] | 'frontend-gateway' | 'regional-pool' | 'vm-gateway';
  loadBalancer?: string;
}

interface LbWires {
  name: string;
  sources: WireSources;
  wires: CanvasWire[];
}

/**
 * A stateful reader of the canvas's wires. A load balancer's wires are asked of the core again only when an array
 * they come from is new and something in it is wired differently (an edit of a rule's ports keeps them), and the
 * same array comes back while no wire changed.
 */
export function createWireReader(): (t: Topology) => CanvasWire[] {
  let perLb: LbWires[] = [];
  let across: CanvasWire[] = [];
  let last: CanvasWire[] = [];
  return (t) => {
    let changed = perLb.length !== t.loadBalancers.length;
    const next = t.loadBalancers.map((lb, i) => {
      const prev = perLb[i];
      const sources = sourcesOf(lb, t);
      if (prev && prev.name === lb.name && sameSources(prev.sources, sources))
        return prev.sources === sources ? prev : { ...prev, sources };
      changed = true;
      return { name: lb.name, sources, wires: scoped(lb.name, wiresOf(sources)) };
    });
    perLb = next;
    const cross = acrossLbs(t);
    if (!sameWires(cross, across)) {
      across = cross;
      changed = true;
    }
    if (changed) last = [...next.flatMap((w) => w.wires), ...across];
    return last;
  };
}

const reader = createWireReader();

/** Every wire of the topology, once (for the automatic layout and tests; the canvas keeps its own reader). */
export function canvasWires(t: Topology): CanvasWire[] {
  return reader(t);
}

function sourcesOf(lb: LoadBalancerDef, t: Topology): WireSources {
  return { frontends: lb.frontends, rules: lb.rules, backendPools: lb.backendPools, inboundNatRules: lb.inboundNatRules, vms: t.vms };
}

function scoped(lb: string, wires: readonly Wire[]): CanvasWire[] {
  const end = (id: string) => {
    const r = parseCanvasId(id)!;
    return canvasId(lb, r.kind, r.name);
  };
  return wires.map((w) => {
    const source = end(w.source);
    const target = end(w.target);
    return { id: `${source}->${target}`, source, target, kind: w.kind, loadBalancer: lb };
  });
}

/** The wires between load balancers; a reference to a load balancer or frontend that does not exist draws none. */
function acrossLbs(t: Topology): CanvasWire[] {
  const frontends = new Set<string>();
  for (const lb of t.loadBalancers) for (const fe of lb.frontends) frontends.add(canvasId(lb.name, 'frontend', fe.name));
  const out: CanvasWire[] = [];
  const add = (kind: CanvasWire['kind'], source: string, target: string) => {
    if (frontends.has(kind === 'frontend-gateway' ? target : source)) out.push({ id: `${source}->${target}`, source, target, kind });
  };
  for (const lb of t.loadBalancers) {
    for (const fe of lb.frontends) {
      const g = fe.gatewayLoadBalancer;
      if (g) add('frontend-gateway', canvasId(lb.name, 'frontend', fe.name), canvasId(g.loadBalancer, 'frontend', g.frontend));
    }
    for (const pool of lb.backendPools) {
      for (const r of pool.regionalFrontends ?? [])
        add('regional-pool', canvasId(r.loadBalancer, 'frontend', r.frontend), canvasId(lb.name, 'backendPool', pool.name));
    }
  }
  for (const vm of t.vms) {
    const g = vm.nic.gatewayLoadBalancer;
    // Drawn from the Gateway load balancer's frontend, whose traffic reaches the VM (a VM has no outgoing handle).
    if (g) add('vm-gateway', canvasId(g.loadBalancer, 'frontend', g.frontend), canvasId(undefined, 'vm', vm.name));
  }
  return out;
}

function sameWires(a: readonly CanvasWire[], b: readonly CanvasWire[]): boolean {
  return a.length === b.length && a.every((w, i) => w.id === b[i]!.id);
}

/** Whether two sets of sources make the same wires: only arrays that are new are looked into. */
function sameSources(a: WireSources, b: WireSources): boolean {
  return (
    a.frontends === b.frontends &&
    sameEnds(a.rules, b.rules, (x, y) => x.frontend === y.frontend && x.backendPool === y.backendPool) &&
    a.backendPools === b.backendPools &&
    a.vms === b.vms &&
    sameEnds(a.inboundNatRules ?? [], b.inboundNatRules ?? [], (x, y) => x.frontend === y.frontend && targetName(x) === targetName(y))
  );
}

const targetName = (nat: NonNullable<WireSources['inboundNatRules']>[number]) =>
  nat.target === undefined ? undefined : targetVm(nat.target);

/**
 * Whether two rule lists make the same wires: the same names in the same order, each wired to the same elements. An
 * edit of a rule's ports or floating IP then keeps the wires (asking the core again cost ~2.5 ms at 1,000 elements).
 */
function sameEnds<T extends { name: string }>(a: readonly T[], b: readonly T[], sameWires: (x: T, y: T) => boolean): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y && (x.name !== y.name || !sameWires(x, y))) return false;
  }
  return true;
}
