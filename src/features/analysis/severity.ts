import type { Diagnostic, Severity } from '../../core/diagnostics/diagnostic';

/** Which diagnostics the list shows. */
export type SeverityFilter = 'all' | Severity;

/** How many diagnostics of each severity. */
export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
}

/** The diagnostics a filter keeps, in the core's order. */
export function filterBySeverity(diagnostics: readonly Diagnostic[], filter: SeverityFilter): readonly Diagnostic[] {
  return filter === 'all' ? diagnostics : diagnostics.filter((d) => d.severity === filter);
}
