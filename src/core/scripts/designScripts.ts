// A VM of a design with several load balancers (format v2) is configured once, for all of them: an NVA behind a
// public and an internal load balancer holds both frontend IPs on its loopback, opens each probe port once and
// listens for every rule of both. The per-load-balancer planner (plan.ts) plans each load balancer's view; this file
// merges those plans, naming each rule, probe and pool with its load balancer so equal names stay apart.
import type { LbTopology, Topology } from '../topology/schema';
import { lbView, lbViews } from '../topology/design';
import { analyzeTopology } from '../validation/analyzeTopology';
import type { Analysis } from '../validation/analyze';
import { planIndex, type PlanIndex } from './planIndex';
import { eachScript, generateScript, type AllOptions } from './generate';
import { isNatLabel, planVm, type ClusterFrontend, type Listen, type LoopbackAddress, type Opening, type VmPlan } from './plan';
import { placeholderRefusal } from './placeholders';
import { globalFloatingRows, withGlobal } from './globalPlan';
import { defaultFlavor, type ScriptOptions, type ScriptResult } from './types';

/** A name of one load balancer's element as a design-level script prints it: `lb/name`. */
function qualified(loadBalancer: string, name: string): string {
  return `${loadBalancer}/${name}`;
}

/**
 * What `vmName` needs across every load balancer whose rules or NAT rules reach it: each frontend IP once, each
 * opening once (the reasons of all load balancers), every listen. Undefined when no load balancer holds the VM
 * in a pool or as a NAT target. With one such load balancer, its own plan with names unchanged.
 * @example designPlan(t, 'nva1')?.loopback.map((l) => l.ip) // ['203.0.113.10', '10.0.1.4']
 */
export function designPlan(t: Topology, vmName: string): { plan: VmPlan; view: LbTopology } | undefined {
  const parts = planParts(t, vmName);
  if (parts.length === 0) return undefined;
  const base =
    parts.length === 1 ? parts[0]! : { plan: mergePlans(parts.map((p) => named(p.plan, p.view.loadBalancer.name))), view: parts[0]!.view };
  // A Global rule with floating IP delivers its own frontend IP through the regional load balancer (globalPlan.ts).
  const global = globalFloatingRows(t, vmName);
  return global.length ? { plan: withGlobal(base.plan, global), view: base.view } : base;
}

// Each reaching load balancer's own plan of the VM, from its own view and analysis.
function planParts(t: Topology, vmName: string): { view: LbTopology; plan: VmPlan; analysis: Analysis }[] {
  return reaching(t, vmName).map(({ view, analysis }) => ({
    view,
    analysis,
    plan: planVm(view, analysis.rows, vmName, analysis.natRows, indexOf(view, analysis)),
  }));
}

// One row index per load balancer's analysis, shared by every VM planned from it: built per VM, it made a design's
// `script --all` and report read every row of every load balancer once for each VM.
const indexes = new WeakMap<Analysis, PlanIndex>();
function indexOf(view: LbTopology, analysis: Analysis): PlanIndex {
  let index = indexes.get(analysis);
  if (!index) indexes.set(analysis, (index = planIndex(view, analysis.rows, analysis.natRows)));
  return index;
}

/**
 * The guest OS script (or rollback) of one VM of a design: with one load balancer, exactly {@link generateScript} of
 * its view; with several, one script from the merged {@link designPlan}.
 * @example generateDesignScript(t, 'nva1', { flavor: 'ubuntu' }).text
 */
export function generateDesignScript(t: Topology, vmName: string, options: ScriptOptions): ScriptResult {
  if (t.loadBalancers.length === 1) return generateScript(lbView(t, 0), vmName, options);
  const parts = planParts(t, vmName);
  // A VM no load balancer reaches: the first view says so (NothingToConfigure) as for one load balancer.
  if (parts.length === 0) return generateScript(lbView(t, 0), vmName, options);
  // A placeholder is found by its element's own name in its own load balancer; the merged plan's names are
  // qualified, so each part is checked on its own, and the first one refused gives the refusal.
  const refused = parts.find((p) => placeholderRefusal(p.view, p.plan));
  if (refused) return generateScript(refused.view, vmName, options, refused.analysis, refused.plan);
  const globalRefused = globalRefusal(t, vmName, parts[0]!.plan);
  if (globalRefused) return generateScript(globalRefused.view, vmName, options, designAnalysis(t), globalRefused.plan);
  const found = designPlan(t, vmName)!;
  return generateScript(found.view, vmName, options, designAnalysis(t), found.plan);
}

/**
 * Every VM's script and rollback for a design, one result at a time (`script --all`, "download all"): each VM once,
 * whatever number of load balancers reach it. One load balancer: {@link eachScript} of its view.
 */
export function* eachDesignScript(t: Topology, options: AllOptions = {}): Generator<ScriptResult> {
  if (t.loadBalancers.length === 1) {
    yield* eachScript(lbView(t, 0), options);
    return;
  }
  for (const vm of t.vms) {
    const flavor = options.flavor ?? defaultFlavor(vm.os);
    for (const rollback of [false, true]) yield generateDesignScript(t, vm.name, { ...options, flavor, rollback });
  }
}

// A Global rule's frontend IP that is a placeholder is refused as a regional one is: checked in the Global load
// balancer's own view, with a plan that uses only its rules (so its frontends) and the VM.
function globalRefusal(t: Topology, vmName: string, plan: VmPlan): { view: LbTopology; plan: VmPlan } | undefined {
  const byLb = new Map<string, string[]>();
  for (const r of globalFloatingRows(t, vmName)) byLb.set(r.loadBalancer, [...(byLb.get(r.loadBalancer) ?? []), r.rule]);
  for (const [lb, rules] of byLb) {
    const view = lbView(t, lb);
    const used: VmPlan = { ...plan, rules, natRules: [], probes: [], cluster: [], peers: [] };
    if (placeholderRefusal(view, used)) return { view, plan: used };
  }
  return undefined;
}

/** The diagnostics of every load balancer and those between them; a design-level plan is given, so rows are not read. */
function designAnalysis(t: Topology): Analysis {
  return { rows: [], natRows: [], diagnostics: analyzeTopology(t).diagnostics };
}

// The design's analysis is cached per topology and each part per view, so planning VM after VM analyses nothing again.
function reaching(t: Topology, vmName: string): { view: LbTopology; analysis: Analysis }[] {
  const parts = analyzeTopology(t).parts;
  return lbViews(t).flatMap((view, i) => (reaches(view, vmName) ? [{ view, analysis: parts[i]!.analysis }] : []));
}

function reaches(v: LbTopology, vmName: string): boolean {
  return (
    v.backendPools.some((p) => p.members.some((m) => (typeof m === 'string' ? m : m.vm) === vmName)) ||
    (v.inboundNatRules?.some((n) => (typeof n.target === 'string' ? n.target : n.target?.vm) === vmName) ?? false)
  );
}

/** `plan` with every rule, NAT rule, probe and pool name qualified by its load balancer. */
function named(plan: VmPlan, lb: string): VmPlan {
  const q = (name: string) => qualified(lb, name);
  const reason = (o: Opening) => (r: string) =>
    o.kind === 'probe' ? q(r) : isNatLabel(r) ? `NAT rule ${q(r.slice('NAT rule '.length))}` : q(r);
  return {
    ...plan,
    rules: plan.rules.map(q),
    natRules: plan.natRules.map(q),
    loopback: plan.loopback.map((l) => ({ ...l, rules: l.rules.map(q), ...(l.natRules ? { natRules: l.natRules.map(q) } : {}) })),
    openings: plan.openings.map((o) => ({ ...o, reasons: o.reasons.map(reason(o)) })),
    listens: plan.listens.map((l) => ({ ...l, rule: q(l.rule), frontend: q(l.frontend) })),
    probes: plan.probes.map((p) => ({ ...p, name: q(p.name) })),
    cluster: plan.cluster.map((c) => ({
      ...c,
      frontend: q(c.frontend),
      pool: q(c.pool),
      rules: c.rules.map(q),
      unprobedRules: c.unprobedRules.map(q),
      probes: c.probes.map((p) => ({ ...p, name: q(p.name) })),
    })),
    pools: plan.pools.map(q),
  };
}

/** One plan from several of the same VM: addresses and openings once each (their rules and reasons joined), listens all. */
export function mergePlans(plans: readonly VmPlan[]): VmPlan {
  const first = plans[0]!;
  const loopback = new Map<string, LoopbackAddress>();
  const openings = new Map<string, Opening>();
  const probes = new Map<string, VmPlan['probes'][number]>();
  const listens: Listen[] = [];
  const cluster: ClusterFrontend[] = [];
  for (const p of plans) {
    for (const l of p.loopback) {
      const known = loopback.get(l.ip);
      if (!known) loopback.set(l.ip, { ...l, rules: [...l.rules], ...(l.natRules ? { natRules: [...l.natRules] } : {}) });
      else {
        known.rules.push(...l.rules);
        if (l.natRules) (known.natRules ??= []).push(...l.natRules);
      }
    }
    for (const o of p.openings) {
      const key = `${o.address} ${o.port} ${o.protocol} ${o.kind}`;
      const known = openings.get(key);
      if (!known) openings.set(key, { ...o, reasons: [...o.reasons] });
      else for (const r of o.reasons) if (!known.reasons.includes(r)) known.reasons.push(r);
    }
    for (const pr of p.probes) probes.set(`${pr.name} ${pr.address}`, pr);
    listens.push(...p.listens);
    cluster.push(...p.cluster);
  }
  const all = <K extends 'rules' | 'natRules' | 'pools' | 'peers' | 'holders'>(k: K) => [
    ...new Set(plans.flatMap((p) => p[k] as string[])),
  ];
  return {
    topology: first.topology,
    vm: first.vm,
    rules: all('rules'),
    natRules: all('natRules'),
    loopback: [...loopback.values()],
    openings: [...openings.values()],
    listens,
    probes: [...probes.values()],
    holders: all('holders') as VmPlan['holders'],
    cluster,
    pools: all('pools'),
    peers: all('peers').filter((v) => v !== first.vm.name),
  };
}
