// What the page posts to the analysis worker: a whole topology the first time, then only what changed since the one
// the worker holds. Structured-cloning the whole topology on every edit cost the page ~4-10 ms at 1,000 elements,
// and a worker given a fresh copy had to analyse every load balancer again. With an update the worker rebuilds the
// topology from the objects it already holds, so a load balancer the edit did not touch keeps its object there too,
// its view (lbView) and so its analysis (analyzeTopology's per-view cache): one edit, one load balancer analysed.
// The layout is never sent: the analysis does not read it (a move keeps the analysis, analysisRunner.ts).
import type { LoadBalancerDef, Topology, Vm } from '../core/topology/schema';

/** Each element of a list, or the position in the base's list of the very same element (a number). */
export type ListPatch<T> = (T | number)[];

/** A topology for the analysis worker: whole (no `base`), or the changes since request `base`. */
export interface TopologyUpdate {
  /** The request whose topology this update is against; absent when the update is the whole topology. */
  base?: number;
  /** Top-level fields (name, description, NSGs…) whose value is not the base's. */
  fields: Record<string, unknown>;
  /** Top-level fields whose value is the base's. */
  kept: string[];
  /** The load balancers: each one, or the base's position of the same object; 'same': the base's list. */
  loadBalancers: ListPatch<LoadBalancerDef> | 'same';
  /** The VMs, likewise. */
  vms: ListPatch<Vm> | 'same';
}

/** A topology the worker holds, and the request it came with. */
export interface HeldTopology {
  seq: number;
  topology: Topology;
}

// Fields sent as lists of elements, and the one never sent.
const LISTS = new Set(['loadBalancers', 'vms', 'layout']);

/**
 * What to post so that a worker holding `sent` ends with `next` (without its layout); whole when nothing was sent.
 * @example topologyUpdate(afterToggle, { seq: 3, topology: before }).loadBalancers // [0, {…the edited one…}, 2, 3]
 */
export function topologyUpdate(next: Topology, sent: HeldTopology | undefined): TopologyUpdate {
  const base = sent?.topology;
  const fields: Record<string, unknown> = {};
  const kept: string[] = [];
  for (const [key, value] of Object.entries(next)) {
    if (LISTS.has(key)) continue;
    if (base && (base as Record<string, unknown>)[key] === value) kept.push(key);
    else fields[key] = value;
  }
  return {
    ...(sent && { base: sent.seq }),
    fields,
    kept,
    loadBalancers: listPatch(next.loadBalancers, base?.loadBalancers),
    vms: listPatch(next.vms, base?.vms),
  };
}

/**
 * The topology an update describes, built from the objects of `held` wherever they are the same (so per-object caches
 * in the worker keep working). Throws when the update is against another topology than the one held.
 */
export function applyUpdate(update: TopologyUpdate, held: HeldTopology | undefined): Topology {
  let base: Topology | undefined;
  if (update.base !== undefined) {
    if (!held || held.seq !== update.base) throw new Error('The analysis worker was sent changes to a topology it does not hold.');
    base = held.topology;
  }
  const topology: Record<string, unknown> = {};
  for (const key of update.kept) topology[key] = (base as Record<string, unknown> | undefined)?.[key];
  Object.assign(topology, update.fields);
  topology.loadBalancers = fromPatch(update.loadBalancers, base?.loadBalancers);
  topology.vms = fromPatch(update.vms, base?.vms);
  return topology as unknown as Topology;
}

function listPatch<T extends object>(next: T[], base: T[] | undefined): ListPatch<T> | 'same' {
  if (next === base) return 'same';
  if (!base) return next;
  const at = new Map(base.map((item, i) => [item, i]));
  return next.map((item) => at.get(item) ?? item);
}

function fromPatch<T>(patch: ListPatch<T> | 'same', base: T[] | undefined): T[] {
  if (patch === 'same') {
    if (!base) throw new Error('The analysis worker was sent changes to a topology it does not hold.');
    return base;
  }
  return patch.map((item) => {
    if (typeof item !== 'number') return item;
    const same = base?.[item];
    if (same === undefined) throw new Error('The analysis worker was sent changes to a topology it does not hold.');
    return same;
  });
}
