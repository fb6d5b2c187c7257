// Where each template parameter's value comes from: --param (coerced to the declared type) over the
// parameters file over defaultValue. Problems become diagnostics; nothing is dropped silently.
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
export function coerceParam(text: string, type: string): { ok: true; value: Resolved } | { ok: false; expected: string } {
  switch (type.toLowerCase()) {
    case 'int':
      return /^\s*-?\d+\s*$/.test(text) && Number.isSafeInteger(Number(text)) ? { ok: true, value: Number(text) } : { ok: false, expected: 'an integer, e.g. 5' };
    case 'bool':
      return /^\s*(true|false)\s*$/i.test(text) ? { ok: true, value: text.trim().toLowerCase() === 'true' } : { ok: false, expected: 'true or false' };
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
      return { ok: false, expected: wantArray ? 'a JSON array, e.g. ["a","b"]' : 'a JSON object, e.g. {"key":"value"}' };
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
    diagnostics.push({ severity: 'error', code: 'ImportInvalid', message: `The parameters file is not valid JSON (${(e as Error).message}); its values were not used. Fix the file or give the values with --param name=value.` });
    return {};
  }
  const root = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  const params = 'parameters' in root ? root.parameters : root;
  if (typeof params !== 'object' || params === null || Array.isArray(params)) {
    diagnostics.push({ severity: 'error', code: 'ImportInvalid', message: 'The parameters file has no "parameters" object ({"parameters": {"name": {"value": …}}}); its values were not used.' });
    return {};
  }
  return params as Record<string, unknown>;
}

function fileValue(name: string, entry: unknown, type: string): Resolved {
  if (typeof entry !== 'object' || entry === null) return unresolved(`the parameters file entry for '${name}' is not {"value": …}`, '', childPath('parameters', name));
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
  if ('reference' in e) return unresolved(`parameter '${name}' comes from Key Vault in the parameters file; only Azure can read it`, '', childPath('parameters', name));
  return unresolved(`the parameters file entry for '${name}' has no "value"`, '', childPath('parameters', name));
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
  const list = sources.map((s) => s.name).join(', ') || '(none)';

  if (parametersFile !== undefined) {
    for (const [name, entry] of Object.entries(readParametersFile(parametersFile, diagnostics))) {
      const s = find(name);
      if (!s) {
        diagnostics.push({ severity: 'error', code: 'ImportInvalid', path: childPath('parameters', name), message: `The parameters file sets '${name}', which this template does not declare; it was ignored. The template's parameters are: ${list}.` });
        continue;
      }
      s.given = fileValue(s.name, entry, s.type);
      s.origin = 'parameters file';
    }
  }
  for (const [name, value] of Object.entries(values)) {
    const s = find(name);
    if (!s) {
      diagnostics.push({ severity: 'warning', code: 'ImportInvalid', path: childPath('parameters', name), message: `The parent template passes '${name}', which this nested template does not declare; it was ignored. Its parameters are: ${list}.` });
      continue;
    }
    s.given = value;
    s.origin = 'parent template';
  }
  for (const [name, text] of Object.entries(params)) {
    const s = find(name);
    if (!s) {
      diagnostics.push({ severity: 'error', code: 'ImportInvalid', message: `--param ${name}=… names no parameter of this template; it was ignored. The template's parameters are: ${list}.` });
      continue;
    }
    const c = coerceParam(text, s.type);
    if (c.ok) {
      s.given = c.value;
      s.origin = '--param';
    } else {
      diagnostics.push({ severity: 'error', code: 'ImportInvalid', path: childPath('parameters', s.name), message: `--param ${s.name}=${text}: parameter '${s.name}' is of type ${s.type}, so the value must be ${c.expected}.` });
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
  const where = source.origin ? ` (from the ${source.origin})` : ' (its default)';
  if (Array.isArray(d.allowedValues)) {
    const allowed = d.allowedValues as Resolved[];
    const values = Array.isArray(value) && source.type.toLowerCase() === 'array' ? value : [value];
    const bad = values.filter((v) => !allowed.some((a) => deepEqual(a, v)));
    if (bad.length > 0) {
      out.push({ severity: 'error', code: 'ImportInvalid', path, message: `Parameter '${source.name}' is ${JSON.stringify(value)}${where}, which is not one of its allowedValues: ${allowed.map((a) => JSON.stringify(a)).join(', ')}. Azure would refuse the deployment; give an allowed value with --param ${source.name}=value.` });
    }
  }
  if (typeof value === 'number') {
    if (typeof d.minValue === 'number' && value < d.minValue) out.push({ severity: 'error', code: 'ImportInvalid', path, message: `Parameter '${source.name}' is ${value}${where}, below its minValue ${d.minValue}.` });
    if (typeof d.maxValue === 'number' && value > d.maxValue) out.push({ severity: 'error', code: 'ImportInvalid', path, message: `Parameter '${source.name}' is ${value}${where}, above its maxValue ${d.maxValue}.` });
  }
  if (typeof value === 'string' || Array.isArray(value)) {
    if (typeof d.minLength === 'number' && value.length < d.minLength) out.push({ severity: 'error', code: 'ImportInvalid', path, message: `Parameter '${source.name}' has length ${value.length}${where}, below its minLength ${d.minLength}.` });
    if (typeof d.maxLength === 'number' && value.length > d.maxLength) out.push({ severity: 'error', code: 'ImportInvalid', path, message: `Parameter '${source.name}' has length ${value.length}${where}, above its maxLength ${d.maxLength}.` });
  }
  return out;
}
