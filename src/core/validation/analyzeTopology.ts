// A v2 topology is analysed one load balancer at a time (each through the v1 pipeline, analyze), then across them.
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic';
import type { MappingRow } from '../mapping/mapping';
import { rowsAcross } from '../mapping/rowsAcross';
import { lbViews } from '../topology/design';
import type { LbTopology, Topology } from '../topology/schema';
import { checkAcrossLbs } from './acrossLbs';
import { analyze, type Analysis } from './analyze';

/** Where one load balancer's part of a {@link TopologyAnalysis} lies. */
export interface LbPart {
  loadBalancer: string;
  analysis: Analysis;
  /** Its rows are `rows.slice(rowStart, rowStart + analysis.rows.length)`; the same for NAT rows. */
  rowStart: number;
  natRowStart: number;
}

/** The analysis of every load balancer of a topology, joined, and the findings across them. */
export interface TopologyAnalysis extends Analysis {
  parts: readonly LbPart[];
}

const cache = new WeakMap<Topology, TopologyAnalysis>();
// Per load balancer view: an edit of one load balancer keeps the others' views (lbView), so only its own is analysed again.
const viewCache = new WeakMap<LbTopology, Analysis>();

function analyzeView(view: LbTopology): Analysis {
  let analysis = viewCache.get(view);
  if (!analysis) viewCache.set(view, (analysis = analyze(view)));
  return analysis;
}

/**
 * Maps and validates every load balancer of a topology; each diagnostic and element ref of a load balancer carries
 * its name. Computed once per topology object.
 * @example analyzeTopology(t).parts.map((p) => p.loadBalancer) // ['public', 'ilb']
 */
export function analyzeTopology(t: Topology): TopologyAnalysis {
  const hit = cache.get(t);
  if (hit) return hit;
  let rowStart = 0;
  let natRowStart = 0;
  const parts = lbViews(t).map((view): LbPart => {
    const part = { loadBalancer: view.loadBalancer.name, analysis: analyzeView(view), rowStart, natRowStart };
    rowStart += part.analysis.rows.length;
    natRowStart += part.analysis.natRows.length;
    return part;
  });
  const diagnostics: Diagnostic[] = [];
  const seen = parts.length > 1 ? new Set<string>() : undefined;
  for (const { loadBalancer, analysis } of parts)
    for (const d of analysis.diagnostics) if (!seen || firstOfVm(d, seen)) diagnostics.push(tagged(d, loadBalancer));
  const own = diagnostics.length;
  checkAcrossLbs(
    t,
    parts.map((p) => p.analysis),
    diagnostics,
  );
  const result: TopologyAnalysis = {
    rows: rowsAcross<MappingRow>(parts.map((p) => p.analysis.rows)),
    natRows: parts.length === 1 ? parts[0]!.analysis.natRows : parts.flatMap((p) => p.analysis.natRows),
    diagnostics: parts.length === 1 && diagnostics.length === own ? diagnostics : sortDiagnostics(diagnostics),
    parts,
  };
  cache.set(t, result);
  return result;
}

/** Only the diagnostics of {@link analyzeTopology}. */
export function validateTopology(t: Topology): Diagnostic[] {
  return analyzeTopology(t).diagnostics;
}

// Each view holds every VM, so a finding about VMs alone (a duplicated name, a bad NIC address) comes from every load
// balancer in the same words: the design lists it once, with the first load balancer that found it.
function firstOfVm(d: Diagnostic, seen: Set<string>): boolean {
  if (d.refs.length === 0 || d.refs.some((r) => r.kind !== 'vm')) return true;
  const key = `${d.code}\u0000${JSON.stringify(d.text)}\u0000${d.elements.join('\u0000')}`;
  if (seen.has(key)) return false;
  seen.add(key);
  return true;
}

function tagged(d: Diagnostic, loadBalancer: string): Diagnostic {
  return { ...d, loadBalancer, refs: d.refs.map((r) => (r.kind === 'vm' ? r : { ...r, loadBalancer })) };
}
