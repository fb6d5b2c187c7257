// floatplan.config.json (or package.json's "floatplan" section): codes off or at another severity, paths ignored.
// Checked with valibot; every mistake is an error naming its place, so a typo never silently turns a check off.
import * as v from 'valibot';
import { ERROR_CODES, INFO_CODES, WARNING_CODES, type Severity } from '../diagnostics/diagnostic';
import { text, type Text } from '../i18n/text';
import type { ImportCode } from '../import/types';
import { CHECK_CODES, type CheckResult } from './types';

/** What a code is turned into: off, or reported at this severity. */
export type RuleSetting = 'off' | Severity;

/** A valid configuration. */
export interface CheckConfig {
  rules: Readonly<Record<string, RuleSetting>>;
  ignore: readonly string[];
}

const IMPORT_CODES: readonly ImportCode[] = [
  'ImportUnresolved',
  'ImportDefaultUsed',
  'ImportIgnored',
  'ImportInvalid',
  'ImportNoLoadBalancer',
];

/** Every code a configuration may name. */
export const KNOWN_CODES: readonly string[] = [...ERROR_CODES, ...WARNING_CODES, ...INFO_CODES, ...IMPORT_CODES, ...CHECK_CODES];

const SETTINGS = ['off', 'error', 'warning', 'info'] as const;

const Schema = v.strictObject({
  $schema: v.optional(v.string()),
  rules: v.optional(v.record(v.string(), v.picklist(SETTINGS, 'badSeverity'), 'notObject')),
  ignore: v.optional(v.array(v.pipe(v.string('badIgnore'), v.minLength(1, 'badIgnore')), 'notList')),
});

/** The configuration, or the texts of every mistake in it (`file: path: what is wrong`). */
export type ConfigOutcome = { ok: true; config: CheckConfig } | { ok: false; errors: Text[] };

/** The configuration without a file: nothing changed. */
export const NO_CONFIG: CheckConfig = { rules: {}, ignore: [] };

/** The closest known code to a misspelt one (by edit distance, at most a third of its length), if any. */
function closest(code: string): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(code.length / 3)) + 1;
  for (const known of KNOWN_CODES) {
    const d = distance(code.toLowerCase(), known.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [known, d];
  }
  return best;
}

function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next.push(Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    row = next;
  }
  return row[b.length]!;
}

const pathOf = (issue: v.BaseIssue<unknown>) =>
  (issue.path ?? [])
    .map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `${String(p.key)}`))
    .join('.')
    .replace(/\.\[/g, '[') || '(top)';

/**
 * Checks a parsed configuration (`file` names it in the errors).
 * @example parseConfig({ rules: { NoProbe: 'off' } }, 'floatplan.config.json') // { ok: true, config: { rules: { NoProbe: 'off' }, ignore: [] } }
 */
export function parseConfig(value: unknown, file: string): ConfigOutcome {
  const shape = (path: string, detail: Text | string) => text('check.config.shape', { file, path, detail });
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, errors: [shape('(top)', text('check.config.notObject'))] };
  const parsed = v.safeParse(Schema, value, { abortEarly: false });
  const errors: Text[] = [];
  // valibot takes a list for a record; a list of codes is a mistake worth naming.
  if (Array.isArray((value as { rules?: unknown }).rules)) errors.push(shape('rules', text('check.config.notObject')));
  if (!parsed.success) {
    for (const issue of parsed.issues) {
      const path = pathOf(issue);
      if (issue.type === 'strict_object') errors.push(shape(path, text('check.config.unknownKey')));
      else if (issue.message === 'badSeverity')
        errors.push(shape(path, text('check.config.badSeverity', { value: JSON.stringify(issue.input) })));
      else if (issue.message === 'badIgnore' || issue.message === 'notList' || issue.message === 'notObject')
        errors.push(shape(path, text(`check.config.${issue.message}`)));
      else errors.push(shape(path, issue.message));
    }
  }
  const rules = (value as { rules?: unknown }).rules;
  if (typeof rules === 'object' && rules !== null && !Array.isArray(rules)) {
    for (const code of Object.keys(rules)) {
      if (KNOWN_CODES.includes(code)) continue;
      const near = closest(code);
      errors.push(
        shape(`rules.${code}`, text('check.config.unknownCode', { hint: near ? text('check.config.didYouMean', { code: near }) : '' })),
      );
    }
  }
  if (errors.length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, config: { rules: parsed.output.rules ?? {}, ignore: parsed.output.ignore ?? [] } };
}

/**
 * The results with the configuration's severities: codes turned off are gone, others take their new severity.
 * @example applyConfig(results, { rules: { NoProbe: 'off' }, ignore: [] })
 */
export function applyConfig(results: readonly CheckResult[], config: CheckConfig): CheckResult[] {
  const out: CheckResult[] = [];
  for (const r of results) {
    const setting = Object.hasOwn(config.rules, r.code) ? config.rules[r.code] : undefined;
    if (setting === 'off') continue;
    out.push(setting === undefined ? r : { ...r, severity: setting });
  }
  return out;
}
