// Inline `floatplan-ignore <Code>[, <Code>]: <reason>` comments (docs/check.md, "Suppressions").
import { text } from '../i18n/text';
import { LineIndex } from './position';
import type { CheckResult, Place } from './types';

/** One suppression comment. */
export interface Suppression extends Place {
  codes: string[];
  /** The reason after the colon, trimmed; undefined when there is none (the comment then suppresses nothing). */
  reason?: string;
}

// `#` (Terraform) or `//` (Terraform, Bicep, JSON with comments), then the codes, then `: reason` (a `*/` may end it).
const COMMENT = /(?:#|\/\/|\/\*)[ \t]*floatplan-ignore[ \t]+([A-Za-z]\w*(?:[ \t]*,[ \t]*[A-Za-z]\w*)*)[ \t]*(?::([^\n]*))?/g;

/**
 * Every suppression comment of a file.
 * @example parseSuppressions('main.tf', '# floatplan-ignore NoProbe: the appliance probes itself\n') // [{ file: 'main.tf', line: 1, column: 1, codes: ['NoProbe'], reason: 'the appliance probes itself' }]
 */
export function parseSuppressions(file: string, source: string): Suppression[] {
  if (!source.includes('floatplan-ignore')) return [];
  const index = new LineIndex(source);
  const out: Suppression[] = [];
  for (const m of source.matchAll(COMMENT)) {
    const reason = m[2]?.replace(/\*\/\s*$/, '').trim();
    out.push({
      file,
      ...index.at(m.index),
      codes: m[1]!.split(',').map((c) => c.trim()),
      ...(reason ? { reason } : {}),
    });
  }
  return out;
}

/** True when a suppression at `s` covers the place `p`: the same line, or the line after the comment. */
const covers = (s: Suppression, p: Place) => s.file === p.file && (p.line === s.line || p.line === s.line + 1);

/**
 * The results with those a reasoned suppression covers marked `suppressed`, plus a finding for every suppression
 * without a reason (it suppresses nothing) and every one that suppressed nothing.
 * @example applySuppressions(results, parseSuppressions('main.tf', text))
 */
export function applySuppressions(results: readonly CheckResult[], suppressions: readonly Suppression[]): CheckResult[] {
  const used = new Set<Suppression>();
  const out = results.map((r) => {
    const s = suppressions.find((x) => x.reason !== undefined && x.codes.includes(r.code) && [r, ...r.related].some((p) => covers(x, p)));
    if (!s) return r;
    used.add(s);
    return { ...r, suppressed: { justification: s.reason! } };
  });
  for (const s of suppressions) {
    const codes = s.codes.join(', ');
    const place = { file: s.file, line: s.line, column: s.column };
    if (s.reason === undefined)
      out.push({
        ...place,
        severity: 'warning',
        code: 'CheckSuppressionWithoutReason',
        text: text('check.suppression.noReason', { codes }),
        refs: [],
        related: [],
      });
    else if (!used.has(s))
      out.push({
        ...place,
        severity: 'warning',
        code: 'CheckSuppressionUnused',
        text: text('check.suppression.unused', { codes }),
        refs: [],
        related: [],
      });
  }
  return out;
}
