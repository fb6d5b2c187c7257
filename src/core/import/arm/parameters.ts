// Where each template parameter's value comes from: --param (coerced to the declared type) over the
// parameters file over defaultValue. Problems become diagnostics; nothing is dropped silently.
import { importDiagnostic, itext, type ImportText } from '../text';
import type { ImportDiagnostic } from '../types';
import { childPath } from './copy';
import { deepEqual } from './expression/values';
import { isUnresolved, unresolved, type Resolved } from './resolved';

/** One declared parameter, before its default (possibly an expression) is evaluated. */
export interface ParameterSource {
  name: string;
  type: string;
  declaration: Record<string, unknown>;
  /** A value given by the user or the parameters file; undefined → use defaultValue. */
  given?: Resolved;
  /** Where `given` came from, for messages. */
  origin?: '--param' | 'parameters file' | 'parent template';
}

/**
 * Converts a `--param` string to the parameter's declared type.
 * @example coerceParam('5', 'int') // { ok: true, value: 5 }
 */
export function coerceParam(text: string, type: string): { ok: true; value: Resolved } | { ok: false; expected: ImportText } {
  switch (type.toLowerCase()) {
    case 'int':
      return /^\s*-?\d+\s*$/.test(text) && Number.isSafeInteger(Number(text))
        ? { ok: true, value: Number(text) }
        : { ok: false, expected: itext('arm.expected.int') };
    case 'bool':
      return /^\s*(true|false)\s*$/i.test(text)
        ? { ok: true, value: text.trim().toLowerCase() === 'true' }
        : { ok: false, expected: itext('arm.expected.bool') };
    case 'array':
    case 'object':
    case 'secureobject': {
      const wantArray = type.toLowerCase() === 'array';
      try {
        const v = JSON.parse(text) as Resolved;
        if (wantArray ? Array.isArray(v) : typeof v === 'object' && v !== null && !Array.isArray(v)) return { ok: true, value: v };
      } catch {
        // fall through to the error below
      }
      return { ok: false, expected: itext(wantArray ? 'arm.expected.array' : 'arm.expected.object') };
    }
    default:
      return { ok: true, value: text };
  }
}

function readParametersFile(text: string, diagnostics: ImportDiagnostic[]): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    diagnostics.push(importDiagnostic('error', 'ImportInvalid', itext('arm.paramsFileJson', { detail: (e as Error).message })));
    return {};
  }
  const root = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  const params = 'parameters' in root ? root.parameters : root;
  if (typeof params !== 'object' || params === null || Array.isArray(params)) {
    diagnostics.push(importDiagnostic('error', 'ImportInvalid', itext('arm.paramsFileShape')));
    return {};
  }
  return params as Record<string, unknown>;
}

function fileValue(name: string, entry: unknown, type: string): Resolved {
  if (typeof entry !== 'object' || entry === null)
    return unresolved(itext('reason.fileEntryNotValue', { name }), '', childPath('parameters', name));
  const e = entry as Record<string, unknown>;
  if ('value' in e) {
    const v = e.value as Resolved;
    // A parameters file sometimes writes numbers and booleans as strings; read them as the declared type.
    if (typeof v === 'string' && type.toLowerCase() !== 'string' && type.toLowerCase() !== 'securestring') {
      const c = coerceParam(v, type);
      if (c.ok) return c.value;
    }
    return v;
  }
  if ('reference' in e) return unresolved(itext('reason.fileKeyVault', { name }), '', childPath('parameters', name));
  return unresolved(itext('reason.fileEntryNoValue', { name }), '', childPath('parameters', name));
}

/** Collects the declared parameters with their given values (from --param and the parameters file) and the diagnostics about them. */
export function collectParameters(
  declared: Record<string, unknown>,
  params: Readonly<Record<string, string>>,
  parametersFile: string | undefined,
  diagnostics: ImportDiagnostic[],
  values: Readonly<Record<string, Resolved>> = {},
): ParameterSource[] {
  const sources = Object.entries(declared).map(([name, decl]): ParameterSource => {
    const declaration = typeof decl === 'object' && decl !== null ? (decl as Record<string, unknown>) : {};
    return { name, type: typeof declaration.type === 'string' ? declaration.type : 'string', declaration };
  });
  const find = (name: string) => sources.find((s) => s.name.toLowerCase() === name.toLowerCase());
  const list = sources.map((s) => s.name).join(', ') || itext('word.noneParen');

  if (parametersFile !== undefined) {
    for (const [name, entry] of Object.entries(readParametersFile(parametersFile, diagnostics))) {
      const s = find(name);
      if (!s) {
        diagnostics.push(
          importDiagnostic('error', 'ImportInvalid', itext('arm.paramsFileUndeclared', { name, list }), childPath('parameters', name)),
        );
        continue;
      }
      s.given = fileValue(s.name, entry, s.type);
      s.origin = 'parameters file';
    }
  }
  for (const [name, value] of Object.entries(values)) {
    const s = find(name);
    if (!s) {
      diagnostics.push(
        importDiagnostic('warning', 'ImportInvalid', itext('arm.parentUndeclared', { name, list }), childPath('parameters', name)),
      );
      continue;
    }
    s.given = value;
    s.origin = 'parent template';
  }
  for (const [name, text] of Object.entries(params)) {
    const s = find(name);
    if (!s) {
      diagnostics.push(importDiagnostic('error', 'ImportInvalid', itext('arm.paramUnknown', { name, list })));
      continue;
    }
    const c = coerceParam(text, s.type);
    if (c.ok) {
      s.given = c.value;
      s.origin = '--param';
    } else {
      diagnostics.push(
        importDiagnostic(
          'error',
          'ImportInvalid',
          itext('arm.paramType', { name: s.name, text, type: s.type, expected: c.expected }),
          childPath('parameters', s.name),
        ),
      );
    }
  }
  return sources;
}

/** Checks a parameter's final value against allowedValues, minValue/maxValue and minLength/maxLength; returns diagnostics. */
export function validateParameter(source: ParameterSource, value: Resolved): ImportDiagnostic[] {
  if (isUnresolved(value)) return [];
  const d = source.declaration;
  const path = childPath('parameters', source.name);
  const out: ImportDiagnostic[] = [];
  const where = itext(source.origin ? `arm.origin.${source.origin}` : 'arm.origin.default');
  if (Array.isArray(d.allowedValues)) {
    const allowed = d.allowedValues as Resolved[];
    const values = Array.isArray(value) && source.type.toLowerCase() === 'array' ? value : [value];
    const bad = values.filter((v) => !allowed.some((a) => deepEqual(a, v)));
    if (bad.length > 0) {
      out.push(
        importDiagnostic(
          'error',
          'ImportInvalid',
          itext('arm.allowedValues', {
            name: source.name,
            value: JSON.stringify(value),
            where,
            allowed: allowed.map((a) => JSON.stringify(a)).join(', '),
          }),
          path,
        ),
      );
    }
  }
  if (typeof value === 'number') {
    if (typeof d.minValue === 'number' && value < d.minValue)
      out.push(
        importDiagnostic('error', 'ImportInvalid', itext('arm.minValue', { name: source.name, value, where, limit: d.minValue }), path),
      );
    if (typeof d.maxValue === 'number' && value > d.maxValue)
      out.push(
        importDiagnostic('error', 'ImportInvalid', itext('arm.maxValue', { name: source.name, value, where, limit: d.maxValue }), path),
      );
  }
  if (typeof value === 'string' || Array.isArray(value)) {
    if (typeof d.minLength === 'number' && value.length < d.minLength)
      out.push(
        importDiagnostic(
          'error',
          'ImportInvalid',
          itext('arm.minLength', { name: source.name, length: value.length, where, limit: d.minLength }),
          path,
        ),
      );
    if (typeof d.maxLength === 'number' && value.length > d.maxLength)
      out.push(
        importDiagnostic(
          'error',
          'ImportInvalid',
          itext('arm.maxLength', { name: source.name, length: value.length, where, limit: d.maxLength }),
          path,
        ),
      );
  }
  return out;
}
