// The json format (docs/check.md, "json"): English messages, every result, suppressed ones marked.
import { render } from '../i18n/text';
import { sortResults, type Summary } from './outcome';
import type { CheckReport } from './types';

/**
 * The report as the JSON document docs/check.md describes.
 * @example JSON.parse(formatJson(report, summary)).summary.failed // true
 */
export function formatJson(report: CheckReport, summary: Summary): string {
  const results = sortResults(report.results).map((r) => ({
    file: r.file,
    line: r.line,
    column: r.column,
    severity: r.severity,
    code: r.code,
    message: render(r.text, 'en'),
    ...(r.loadBalancer !== undefined ? { loadBalancer: r.loadBalancer } : {}),
    elements: r.refs.map((x) => x.name),
    refs: r.refs,
    related: r.related,
    ...(r.source !== undefined ? { source: r.source } : {}),
    ...(r.placeholder ? { placeholder: true } : {}),
    ...(r.suppressed ? { suppressed: r.suppressed } : {}),
  }));
  const files = report.files.map((f) => ({ file: f.file, ...(f.format ? { format: f.format } : {}), loadBalancers: f.loadBalancers }));
  return JSON.stringify({ version: 1, results, files, summary }, null, 2);
}
