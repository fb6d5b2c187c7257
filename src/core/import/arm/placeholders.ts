// What the importer puts where the definition has no usable value, always together with a diagnostic:
// names in angle brackets (`<sqlLBFE>`, `<rule-2>`), port 0, and documentation addresses (RFC 5737/3849).
import { names } from '../../i18n/text';
import { itext, nounText, type ImportKind, type ImportParam, type ImportText } from '../text';
import type { At } from './access';
import type { Findings } from './diagnostics';
import { isUnresolved, reasonOf, type Unresolved } from './resolved';

/** Where to point the user: the template text holding the expression when known, else the field. */
export function where(at: At): string {
  return isUnresolved(at.value) && at.value.path ? at.value.path : at.path;
}

/** The parameter names an unresolved expression mentions, for a `--param name=value` hint. */
export function mentionedParameters(u: Unresolved): string[] {
  return [...new Set([...u.expression.matchAll(/parameters\(\s*'([^']+)'\s*\)/g)].map((m) => m[1]!))];
}

/** "could not be evaluated (why); give --param x=<value>": the fix for an unresolved value, as a catalog text. */
export function unresolvedHintText(u: Unresolved): ImportText {
  const params = mentionedParameters(u);
  const fix =
    params.length > 0 && !u.reason.includes('--param')
      ? itext('arm.hintFix', { params: params.map((p) => `--param ${p}=<value>`).join(' '), names: names(params) })
      : '';
  return itext('arm.hint', { expression: u.expression || itext('word.theValue'), reason: reasonOf(u), fix });
}

/**
 * A visible placeholder name: `<x>` when the value is just `parameters('x')`/`variables('x')`, else `<kind-n>`.
 * @example placeholderName('frontend', 0, { expression: "[parameters('sqlLBFE')]", … }) // '<sqlLBFE>'
 */
export function placeholderName(kind: string, index: number, u?: Unresolved): string {
  const m = u && /^\[?\s*(?:parameters|variables)\(\s*'([^']+)'\s*\)\s*\]?$/.exec(u.expression.trim());
  return m ? `<${m[1]}>` : `<${kind}-${index + 1}>`;
}

/**
 * An integer field: numbers as they are, string-typed integers (`"5"`) coerced, an unresolved or
 * malformed value replaced by `placeholder` with a warning; undefined when absent.
 */
export function readInt(at: At, what: ImportParam, findings: Findings, placeholder = 0): number | undefined {
  const v = at.value;
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'string' && /^\s*-?\d+\s*$/.test(v)) return Number(v);
  if (isUnresolved(v))
    findings.warn('ImportUnresolved', itext('arm.intUnresolved', { what, hint: unresolvedHintText(v), placeholder }), where(at));
  else findings.warn('ImportInvalid', itext('arm.intInvalid', { what, value: JSON.stringify(v), placeholder }), at.path);
  return placeholder;
}

/** A boolean field (`true`, `"true"`, `"True"`); unresolved or malformed → `fallback` with a warning that it is a guess. */
export function readBool(at: At, what: ImportParam, findings: Findings, fallback: boolean): boolean | undefined {
  const v = at.value;
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string' && /^(true|false)$/i.test(v.trim())) return v.trim().toLowerCase() === 'true';
  if (isUnresolved(v))
    findings.warn('ImportUnresolved', itext('arm.boolUnresolved', { what, hint: unresolvedHintText(v), fallback }), where(at));
  else findings.warn('ImportInvalid', itext('arm.boolInvalid', { what, value: JSON.stringify(v), fallback }), at.path);
  return fallback;
}

/** A string field; an unresolved value gives `{ unresolved }` (caller picks the placeholder), anything else not a string is invalid. */
export function readString(at: At): { text?: string; unresolved?: Unresolved; invalid?: unknown } {
  const v = at.value;
  if (v === undefined || v === null) return {};
  if (typeof v === 'string') return { text: v };
  if (typeof v === 'number' || typeof v === 'boolean') return { text: String(v) };
  if (isUnresolved(v)) return { unresolved: v };
  return { invalid: v };
}

/**
 * A name: the text, or a placeholder with a warning when it is unresolved, empty or not a string.
 * @example readName({ value: 'fe', path: 'x' }, 'frontend', 0, findings) // 'fe'
 */
export function readName(at: At, kind: ImportKind, index: number, findings: Findings): string {
  const s = readString(at);
  if (s.text !== undefined && s.text !== '') return s.text; // a blank name (" ") is a name the planner accepts
  const name = placeholderName(kind, index, s.unresolved);
  if (s.unresolved)
    findings.warn(
      'ImportUnresolved',
      itext('arm.nameUnresolved', { kind: nounText(kind), n: index + 1, hint: unresolvedHintText(s.unresolved), name }),
      where(at),
    );
  else findings.warn('ImportDefaultUsed', itext('arm.nameMissing', { kind: nounText(kind), n: index + 1, name }), at.path);
  return name;
}
