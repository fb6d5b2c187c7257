import type { Severity } from '../../core/diagnostics/diagnostic';
import type { ImportCounts, ImportDiagnostic, ImportSuccess } from '../../core/import/types';

/** One diagnostic as the dialog lists it: `placeholder` marks a value the user still has to fill in. */
export interface SummaryFinding extends ImportDiagnostic {
  placeholder: boolean;
}

/** What the dialog shows before "Open on canvas": counts per kind and every finding, worst first. */
export interface ImportSummary {
  counts: { kind: keyof ImportCounts; count: number }[];
  findings: SummaryFinding[];
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
    bySeverity,
    placeholders: findings.filter((f) => f.placeholder).length,
  };
}
