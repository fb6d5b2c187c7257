// A topology with several load balancers: which one each mapping row belongs to (the Load balancer column, and the
// load balancer a row's selection names), and which rows, NAT rows and findings one load balancer filters to.
import { createContext, useContext } from 'react';
import type { Diagnostic } from '../../core/diagnostics/diagnostic';
import type { MappingRow } from '../../core/mapping/mapping';
import type { NatMappingRow } from '../../core/mapping/natMapping';
import type { Topology } from '../../core/topology/schema';
import type { TopologyAnalysis } from '../../core/validation/analyzeTopology';
import { useAnalysisView } from './viewState';

/** What the mapping rows need to know about load balancers. */
export interface LbRows {
  /** The load balancer of a rule or NAT rule (rows carry their rule object), else by name; undefined with one. */
  lbOf: (ruleRef: object, name: string) => string | undefined;
  /** Whether the topology has several load balancers (findings say which one they are about). */
  several: boolean;
  /** Whether the tables show a Load balancer column (several, not filtered to one). */
  column: boolean;
}

const ONE: LbRows = { lbOf: () => undefined, several: false, column: false };

/** The mapping tables' load balancer facts; with one load balancer, none (no column, no name on refs). */
export const LbRowsContext = createContext<LbRows>(ONE);

/** The load balancer Mapping and Diagnostics are filtered to: the filter's, while the topology has it and several. */
export function useShownLb(names: readonly string[]): string | undefined {
  const picked = useAnalysisView((s) => s.loadBalancer);
  return picked !== undefined && names.length > 1 && names.includes(picked) ? picked : undefined;
}

/** Reads {@link LbRowsContext}. */
export function useLbRows(): LbRows {
  return useContext(LbRowsContext);
}

/**
 * The load balancer of each row of a topology, by the row's rule object (the analysis keeps the topology's own rule
 * objects, even through the worker); a rule of an earlier topology falls back to the first load balancer with its name.
 * An edit that leaves every answer as it was (a rule's floating IP) gives the previous object back, so the mapping
 * rows, which read it from a context, are not all rendered again.
 * @example lbRows(t, true).lbOf(row.ruleRef, row.rule) // 'ilb'
 */
export function lbRows(t: Topology, column: boolean): LbRows {
  if (t.loadBalancers.length < 2) return ONE;
  const owners = new Map<Named, string>();
  const byName = new Map<string, string>();
  for (const lb of t.loadBalancers) {
    for (const rule of [...lb.rules, ...(lb.inboundNatRules ?? [])]) {
      owners.set(rule, lb.name);
      if (!byName.has(rule.name)) byName.set(rule.name, lb.name);
    }
  }
  const answers: Answers = { owners, byName };
  if (last && last.rows.column === column && sameAnswers(last.answers, answers)) return last.rows;
  const rows: LbRows = { lbOf: (ruleRef, name) => answer(answers, ruleRef, name), several: true, column };
  last = { rows, answers };
  return rows;
}

type Named = { name: string };
interface Answers {
  owners: Map<Named, string>;
  byName: Map<string, string>;
}
let last: { rows: LbRows; answers: Answers } | undefined;

const answer = (a: Answers, ruleRef: object, name: string) => a.owners.get(ruleRef as Named) ?? a.byName.get(name);

// Whether two sets of answers agree for every rule object either knows (and by name for any other).
function sameAnswers(a: Answers, b: Answers): boolean {
  if (a.byName.size !== b.byName.size) return false;
  for (const [name, lb] of b.byName) if (a.byName.get(name) !== lb) return false;
  for (const [rule, lb] of b.owners) if (answer(a, rule, rule.name) !== lb) return false;
  for (const [rule, lb] of a.owners) if (answer(b, rule, rule.name) !== lb) return false;
  return true;
}

/** What the Mapping and Diagnostics tabs show for one load balancer (or all, `lb` undefined). */
interface Scoped {
  rows: readonly MappingRow[];
  natRows: readonly NatMappingRow[];
  diagnostics: readonly Diagnostic[];
}

/**
 * The rows, NAT rows and findings of one load balancer: its own part of the analysis, and the findings about it,
 * including a finding across load balancers that names one of its elements. All of them when `lb` is undefined or
 * names no load balancer.
 * @example scopeToLb(analysis, 'ilb').rows === analysis.parts[1].analysis.rows // true
 */
export function scopeToLb(analysis: TopologyAnalysis, lb: string | undefined): Scoped {
  const part = lb === undefined ? undefined : analysis.parts.find((p) => p.loadBalancer === lb);
  if (!part || analysis.parts.length < 2) return analysis;
  return {
    rows: part.analysis.rows,
    natRows: part.analysis.natRows,
    diagnostics: analysis.diagnostics.filter((d) => isAbout(d, part.loadBalancer)),
  };
}

/** Whether a finding is about a load balancer: its own, or one across load balancers naming one of its elements. */
function isAbout(d: Diagnostic, lb: string): boolean {
  return d.loadBalancer === lb || (d.loadBalancer === undefined && d.refs.some((r) => r.loadBalancer === lb));
}
