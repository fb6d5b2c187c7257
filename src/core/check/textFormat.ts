// The text format: one compiler-style line per finding, then a summary (docs/check.md, "text").
import { render, text } from '../i18n/text';
import type { Locale } from '../i18n/locale';
import { counts, sortResults, type Summary } from './outcome';
import type { CheckReport } from './types';

/**
 * `file:line:column: severity Code: message` per unsuppressed result, then the summary line.
 * @example formatText(report, summarize(report, 'error')) // 'main.tf:42:1: error RulesUse…: …\n1 problem(s) (…).'
 */
export function formatText(report: CheckReport, summary: Summary, locale: Locale = 'en'): string {
  const lines = sortResults(report.results.filter(counts)).map(
    (r) => `${r.file}:${r.line}:${r.column}: ${r.severity} ${r.code}: ${render(r.text, locale).replace(/\s*\n\s*/g, ' ')}`,
  );
  const suppressed = summary.suppressed > 0 ? text('check.summary.suppressed', { count: summary.suppressed }) : '';
  const total = summary.errors + summary.warnings + summary.info;
  const last =
    total === 0
      ? text('check.summary.clean', { files: summary.files, lbs: summary.loadBalancers, suppressed })
      : text('check.summary.problems', {
          count: total,
          errors: summary.errors,
          warnings: summary.warnings,
          info: summary.info,
          files: summary.files,
          lbs: summary.loadBalancers,
          suppressed,
        });
  return [...lines, render(last, locale)].join('\n');
}
