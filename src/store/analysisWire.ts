// What an analysis worker sends back, and how the page rebuilds the analysis from it.
// A topology is analysed per load balancer (analyzeTopology), so the wire holds one part per load balancer, in the
// topology's order, each packed against that load balancer's view (lbView), and the joined diagnostics.
// Structured-cloning the 500,000 mapping rows of Azure's largest load balancer takes seconds (longer than
// analysing it), and the clones would point at copies of the topology's objects, not at the page's own. So the
// worker sends only the diagnostics (plain data) and, per row, two numbers: its rule's (or NAT rule's) position
// in the topology and its member's ipconfig id, read from the analysis's rule runs without building a row. The page
// rebuilds the runs from its own topology in slices, and the rows are built as they are read (rowsOnDemand).
import type { Diagnostic } from '../core/diagnostics/diagnostic';
import { indexTopology, type IpConfig, type TopologyIndex } from '../core/model/resolve';
import type { RuleRun } from '../core/mapping/mapping';
import { natRow, type NatMappingRow } from '../core/mapping/natMapping';
import { rowsOnDemand, runsOf } from '../core/mapping/rowsOnDemand';
import { rowsAcross } from '../core/mapping/rowsAcross';
import { lbView } from '../core/topology/design';
import type { LbTopology, Topology } from '../core/topology/schema';
import type { Analysis } from '../core/validation/analyze';
import type { LbPart, TopologyAnalysis } from '../core/validation/analyzeTopology';

/** A topology's analysis in transferable form: the joined diagnostics and one part per load balancer. */
export interface AnalysisWire {
  /** Every diagnostic, as analyzeTopology gives them (tagged with their load balancer, with the checks across them). */
  diagnostics: Diagnostic[];
  parts: PartWire[];
}

/** One load balancer's analysis: its own diagnostics, and each row as (element position, ipconfig id). */
export interface PartWire {
  loadBalancer: string;
  /** As `analyze` gave them for the load balancer's view (a structured clone shares their texts with the joined ones). */
  diagnostics: Diagnostic[];
  /** Per mapping row, the index of its rule in `topology.rules`. */
  rowRules: Int32Array;
  /** Per mapping row, the id of its member's IP configuration (ids from indexTopology, the same on both sides). */
  rowConfigs: Int32Array;
  /** Per NAT row, the index of its rule in `topology.inboundNatRules`. */
  natRules: Int32Array;
  /** Per NAT row, the id of its target's IP configuration. */
  natConfigs: Int32Array;
}

/** Packs the analysis of `topology` for postMessage (the arrays' buffers can be transferred). */
export function encodeAnalysis(topology: Topology, analysis: TopologyAnalysis): AnalysisWire {
  return {
    diagnostics: analysis.diagnostics,
    parts: analysis.parts.map((part, i) => encodePart(lbView(topology, i), part)),
  };
}

function encodePart(topology: LbTopology, { loadBalancer, analysis }: LbPart): PartWire {
  const ruleAt = positions(topology.rules);
  const natAt = positions(topology.inboundNatRules ?? []);
  const { rows, natRows } = analysis;
  const wire: PartWire = {
    loadBalancer,
    diagnostics: analysis.diagnostics,
    rowRules: new Int32Array(rows.length),
    rowConfigs: new Int32Array(rows.length),
    natRules: new Int32Array(natRows.length),
    natConfigs: new Int32Array(natRows.length),
  };
  const runs = runsOf(rows);
  if (runs) {
    for (const run of runs) {
      const at = ruleAt.get(run.rule)!;
      run.members.forEach((config, k) => {
        wire.rowRules[run.start + k] = at;
        wire.rowConfigs[run.start + k] = config.id;
      });
    }
  } else {
    rows.forEach((row, i) => {
      wire.rowRules[i] = ruleAt.get(row.ruleRef)!;
      wire.rowConfigs[i] = row.config.id;
    });
  }
  natRows.forEach((row, i) => {
    wire.natRules[i] = natAt.get(row.natRuleRef)!;
    wire.natConfigs[i] = row.config.id;
  });
  return wire;
}

/** The buffers of a wire, to transfer rather than copy. */
export function wireBuffers(wire: AnalysisWire): ArrayBuffer[] {
  return wire.parts.flatMap((p) => [p.rowRules, p.rowConfigs, p.natRules, p.natConfigs].map((a) => a.buffer as ArrayBuffer));
}

/** Rebuilds an analysis a slice at a time: `step(n)` adds up to n rows and returns the analysis once complete. */
export interface AnalysisDecoder {
  step(rows: number): TopologyAnalysis | undefined;
}

/**
 * Starts rebuilding `wire` against `topology` (the very object the worker analysed a copy of), so every row's
 * `ruleRef`, `natRuleRef` and `config.vm` are the page's own objects, as a synchronous analyzeTopology would give.
 */
export function decodeAnalysis(topology: Topology, wire: AnalysisWire): AnalysisDecoder {
  if (wire.parts.length !== topology.loadBalancers.length) throw new Error('The analysis is of another topology.');
  const decoders = wire.parts.map((part, i) => decodePart(lbView(topology, i), i, part));
  const done: Analysis[] = [];
  return {
    step(budget) {
      while (done.length < decoders.length) {
        const decoder = decoders[done.length]!;
        const before = decoder.rowsLeft();
        const analysis = decoder.step(budget);
        if (!analysis) return undefined;
        done.push(analysis);
        budget -= before;
        if (budget <= 0 && done.length < decoders.length) return undefined;
      }
      return joined(wire, done);
    },
  };
}

// The parts joined as analyzeTopology joins them.
function joined(wire: AnalysisWire, analyses: Analysis[]): TopologyAnalysis {
  let rowStart = 0;
  let natRowStart = 0;
  const parts = analyses.map((analysis, i): LbPart => {
    const part = { loadBalancer: wire.parts[i]!.loadBalancer, analysis, rowStart, natRowStart };
    rowStart += analysis.rows.length;
    natRowStart += analysis.natRows.length;
    return part;
  });
  return {
    rows: rowsAcross(analyses.map((a) => a.rows)),
    natRows: analyses.length === 1 ? analyses[0]!.natRows : analyses.flatMap((a) => a.natRows),
    diagnostics: wire.diagnostics,
    parts,
  };
}

interface PartDecoder {
  step(rows: number): Analysis | undefined;
  rowsLeft(): number;
}

// Per load balancer view, the analysis decoded for it. An edit of one load balancer keeps the others' views (lbView),
// and the worker's answer for a view is always the same, so only the edited load balancer's rows are rebuilt.
const decoded = new WeakMap<LbTopology, Analysis>();

function decodePart(topology: LbTopology, position: number, wire: PartWire): PartDecoder {
  const known = decoded.get(topology);
  if (known) return { step: () => known, rowsLeft: () => 0 };
  const part = rebuildPart(topology, position, wire);
  return {
    step(rows) {
      const analysis = part.step(rows);
      if (analysis) decoded.set(topology, analysis);
      return analysis;
    },
    rowsLeft: part.rowsLeft,
  };
}

function rebuildPart(topology: LbTopology, position: number, wire: PartWire): PartDecoder {
  const index = indexFor(topology, position);
  const configs: IpConfig[] = [];
  for (const list of index.configs.values()) for (const config of list) configs[config.id] = config;
  // Rows come grouped by rule: one run per rule, as mapRules makes them.
  const runs: (RuleRun & { members: IpConfig[] })[] = [];
  let done = 0;
  return {
    step(budget) {
      const end = Math.min(wire.rowRules.length, done + budget);
      for (; done < end; done++) {
        const at = wire.rowRules[done]!;
        let run = runs[runs.length - 1];
        if (!run || wire.rowRules[done - 1] !== at) {
          const rule = topology.rules[at]!;
          runs.push((run = { rule, frontend: rule.frontend, members: [], start: done, end: done }));
        }
        run.members.push(configs[wire.rowConfigs[done]!]!);
        run.end = done + 1;
      }
      if (done < wire.rowRules.length) return undefined;
      const rows = rowsOnDemand(index, runs);
      const nats = topology.inboundNatRules ?? [];
      const natRows: NatMappingRow[] = Array.from(wire.natRules, (at, i) => {
        const nat = nats[at]!;
        return natRow(nat, index.frontends.get(nat.frontend)!, index.frontendIps.get(nat.frontend)!, configs[wire.natConfigs[i]!]!);
      });
      return { rows, natRows, diagnostics: wire.diagnostics };
    },
    rowsLeft: () => wire.rowRules.length - done,
  };
}

// Per load balancer position, the index its previous decode built.
const lastIndex: TopologyIndex[] = [];

/**
 * The index of `topology`, reusing the previous decode's parsed addresses and ipconfigs when the VMs and frontends
 * are the same objects: an edit elsewhere (a rule's floating IP) would otherwise parse every VM's address again on
 * each reply (~7-13 ms at 1,000 elements). Ids stay those indexTopology gives, as the worker's are.
 */
function indexFor(topology: LbTopology, position: number): TopologyIndex {
  const last = lastIndex[position];
  if (last && last.topology.vms === topology.vms && last.topology.frontends === topology.frontends) {
    const { backendPools, probes } = topology;
    if (last.topology.backendPools === backendPools && last.topology.probes === probes)
      return (lastIndex[position] = { ...last, topology });
    // Pools and probes are few; their members are resolved again lazily (memberCache) as a new index would.
    return (lastIndex[position] = {
      ...last,
      topology,
      pools: firstByName(backendPools),
      probes: firstByName(probes),
      memberCache: new Map(),
    });
  }
  return (lastIndex[position] = indexTopology(topology));
}

/** Elements by name, the first of a duplicated name winning, as indexTopology does. */
function firstByName<T extends { name: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.name)) map.set(item.name, item);
  return map;
}

function positions<T extends object>(items: readonly T[]): Map<T, number> {
  return new Map(items.map((item, i) => [item, i]));
}
