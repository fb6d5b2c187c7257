import type { Severity } from '../../core/diagnostics/diagnostic';
import type { ImportCounts, ImportDiagnostic, ImportSuccess } from '../../core/import/types';

/** One diagnostic as the dialog lists it: `placeholder` marks a value the user still has to fill in. */
export interface SummaryFinding extends ImportDiagnostic {
  placeholder: boolean;
}

/** Findings that say the same thing of different elements (same severity, code and sentence): one row, the rest folded. */
export interface FindingGroup {
  finding: SummaryFinding;
  more: SummaryFinding[];
}

/** What the dialog shows before "Open on canvas": counts per kind and every finding, worst first. */
export interface ImportSummary {
  counts: { kind: keyof ImportCounts; count: number }[];
  findings: SummaryFinding[];
  /** The findings in the same order, repeated sentences folded into their first occurrence. */
  groups: FindingGroup[];
  bySeverity: Record<Severity, number>;
  placeholders: number;
}

const KIND_ORDER: readonly (keyof ImportCounts)[] = ['frontends', 'backendPools', 'probes', 'rules', 'vms'];
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

// Unresolved expressions carry a placeholder value; defaults used (documentation addresses, guessed names) too.
const PLACEHOLDER_CODES = new Set<ImportDiagnostic['code']>(['ImportUnresolved', 'ImportDefaultUsed']);

/**
 * Builds the import summary: counts in the dialog's order, findings sorted by severity (errors first) but
 * otherwise in the importer's order, so findings about one element stay together.
 * @example summarize(outcome).placeholders // 3
 */
export function summarize(outcome: Pick<ImportSuccess, 'counts' | 'diagnostics'>): ImportSummary {
  const findings = outcome.diagnostics
    .map((d, index) => ({ d, index }))
    .sort((a, b) => RANK[a.d.severity] - RANK[b.d.severity] || a.index - b.index)
    .map(({ d }) => ({ ...d, placeholder: PLACEHOLDER_CODES.has(d.code) }));
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) bySeverity[f.severity] += 1;
  return {
    counts: KIND_ORDER.map((kind) => ({ kind, count: outcome.counts[kind] })),
    findings,
    groups: groupFindings(findings),
    bySeverity,
    placeholders: findings.filter((f) => f.placeholder).length,
  };
}

// A verbatim text carries arbitrary words: two of them say the same thing only if the words are the same.
const VERBATIM = 'import.word.verbatim';

/**
 * Folds findings with the same severity, code and sentence (catalog key) into the first one, keeping the order:
 * twelve "this NIC address is allocated by Azure" rows become one row with eleven more behind it.
 * @example groupFindings([a1, b, a2]) // [{ finding: a1, more: [a2] }, { finding: b, more: [] }]
 */
export function groupFindings(findings: readonly SummaryFinding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const sentence = f.text.key === VERBATIM ? `${f.text.key}\u0000${JSON.stringify(f.text.params)}` : f.text.key;
    const key = `${f.severity}\u0000${f.code}\u0000${sentence}`;
    const group = groups.get(key);
    if (group) group.more.push(f);
    else groups.set(key, { finding: f, more: [] });
  }
  return [...groups.values()];
}
