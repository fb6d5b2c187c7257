// Counts and the exit decision of a run (docs/check.md, "Exit codes").
import type { Severity } from '../diagnostics/diagnostic';
import type { CheckReport, CheckResult } from './types';

/** The lowest severity that fails the run, or never. */
export type FailOn = 'error' | 'warning' | 'never';

/** The values `--fail-on` takes. */
export const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'never'];

/** What the run found, counting unsuppressed results only. */
export interface Summary {
  errors: number;
  warnings: number;
  info: number;
  suppressed: number;
  files: number;
  loadBalancers: number;
  /** True when a result at or above `--fail-on` is left: the exit code is 1. */
  failed: boolean;
}

/**
 * True when a result of this severity fails a run with this `--fail-on`.
 * @example fails('warning', 'error') // false
 */
export function fails(severity: Severity, failOn: FailOn): boolean {
  if (failOn === 'never' || severity === 'info') return false;
  return failOn === 'warning' || severity === 'error';
}

/** True when the result counts: not suppressed. */
export const counts = (r: CheckResult) => r.suppressed === undefined;

/**
 * The counts of a report and whether it fails.
 * @example summarize(report, 'error').failed // true when an unsuppressed error is left
 */
export function summarize(report: CheckReport, failOn: FailOn): Summary {
  const live = report.results.filter(counts);
  const of = (s: Severity) => live.filter((r) => r.severity === s).length;
  return {
    errors: of('error'),
    warnings: of('warning'),
    info: of('info'),
    suppressed: report.results.length - live.length,
    files: report.files.length,
    loadBalancers: report.files.reduce((n, f) => n + f.loadBalancers.length, 0),
    failed: live.some((r) => fails(r.severity, failOn)),
  };
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Results in reading order: by file, line, column, then severity and code, so every format lists them alike.
 * @example sortResults(report.results)[0].line // the first line with a finding
 */
export function sortResults(results: readonly CheckResult[]): CheckResult[] {
  return [...results].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      RANK[a.severity] - RANK[b.severity] ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}
