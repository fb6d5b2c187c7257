// The inputs a definition declares (ARM `parameters`, Bicep `param`, Terraform `variable`), read cheaply from the text
// so the Import dialog can offer a form before anything is evaluated. It only lists them: values are still read by the
// importers, which coerce and check them. A text it cannot read has no parameters here (the import says why).
import { parseJson } from './arm/json';
import type { ImportFormat } from './types';

/** One input the definition declares, as the user should see it in a form. */
export interface DeclaredParameter {
  name: string;
  /** The declared type as written (`string`, `int`, `bool`, `array`, `object`, `number`, `list(string)`, …); '' when untyped. */
  type: string;
  /** The default as written in the source, on one line (an expression stays an expression); undefined when required. */
  defaultValue?: string;
  description?: string;
  /** The allowed values (ARM `allowedValues`, Bicep `@allowed`), as text. */
  allowed?: string[];
  /** `securestring`/`secureObject`, `@secure()`, `sensitive = true`: never echo the value. */
  secure?: boolean;
}

const MAX_PARAMETERS = 500;
const ONE_LINE = 120;

/**
 * The parameters a definition declares, in source order.
 * @example declaredParameters('variable "lb_ip" {\n  type = string\n}', 'terraform') // [{ name: 'lb_ip', type: 'string' }]
 */
export function declaredParameters(text: string, format: ImportFormat | undefined): DeclaredParameter[] {
  const found =
    format === 'arm'
      ? armParameters(text)
      : format === 'bicep'
        ? bicepParameters(text)
        : format === 'terraform'
          ? terraformVariables(text)
          : [];
  return found.slice(0, MAX_PARAMETERS);
}

/** A value shown on one line, shortened: defaults can be whole objects. */
function oneLine(s: string): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > ONE_LINE ? `${flat.slice(0, ONE_LINE - 1)}…` : flat;
}

const shown = (v: unknown): string => oneLine(typeof v === 'string' ? v : JSON.stringify(v));

function armParameters(text: string): DeclaredParameter[] {
  const parsed = parseJson(text);
  if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null) return [];
  const root = parsed.value as Record<string, unknown>;
  // A parameters file also has a `parameters` object, of values: it declares nothing.
  if (!('resources' in root) && !('$schema' in root && String(root.$schema).includes('deploymentTemplate'))) return [];
  const params = root.parameters;
  if (typeof params !== 'object' || params === null || Array.isArray(params)) return [];
  return Object.entries(params as Record<string, unknown>).map(([name, raw]) => {
    const d = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
    const type = typeof d.type === 'string' ? d.type : 'string';
    const metadata = typeof d.metadata === 'object' && d.metadata !== null ? (d.metadata as Record<string, unknown>) : {};
    return {
      name,
      type,
      ...('defaultValue' in d ? { defaultValue: shown(d.defaultValue) } : {}),
      ...(typeof metadata.description === 'string' ? { description: oneLine(metadata.description) } : {}),
      ...(Array.isArray(d.allowedValues) ? { allowed: d.allowedValues.map(shown) } : {}),
      ...(/^secure/i.test(type) ? { secure: true } : {}),
    };
  });
}

const BICEP_PARAM = /^\s*param\s+([A-Za-z_][\w]*)\s+(.+?)\s*(?:=\s*(.*?))?\s*(?:\/\/.*)?$/;
const BICEP_DESCRIPTION = /@(?:sys\.)?description\(\s*'((?:[^'\\]|\\.)*)'\s*\)/;
const BICEP_ALLOWED = /@(?:sys\.)?allowed\(\s*\[([^\]]*)\]\s*\)/;

function bicepParameters(text: string): DeclaredParameter[] {
  const out: DeclaredParameter[] = [];
  let decorators = '';
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (
      trimmed.startsWith('@') ||
      (decorators !== '' && !/^\s*(param|var|resource|module|output|type|func|import|targetScope|metadata)\b/.test(line))
    ) {
      decorators += ` ${trimmed}`; // decorators may span lines (`@allowed([` … `])`)
      continue;
    }
    const m = BICEP_PARAM.exec(line);
    if (m) {
      const [, name, rawType, rawDefault] = m;
      const description = BICEP_DESCRIPTION.exec(decorators)?.[1];
      const allowed = BICEP_ALLOWED.exec(decorators)?.[1];
      const type = rawType!.replace(/\s+/g, ' ');
      out.push({
        name: name!,
        type,
        ...(rawDefault !== undefined && rawDefault !== '' ? { defaultValue: oneLine(rawDefault) } : {}),
        ...(description !== undefined ? { description: oneLine(description.replace(/\\'/g, "'")) } : {}),
        ...(allowed !== undefined
          ? {
              allowed: allowed
                .split(/[\s,]+/)
                .filter(Boolean)
                .map((v) => v.replace(/^'(.*)'$/, '$1')),
            }
          : {}),
        ...(/@(?:sys\.)?secure\(\)/.test(decorators) ? { secure: true } : {}),
      });
    }
    decorators = '';
  }
  return out;
}

const TF_VARIABLE = /(^|\n)[ \t]*variable[ \t]+"([^"\n]+)"[ \t]*\{/g;

function terraformVariables(text: string): DeclaredParameter[] {
  const out: DeclaredParameter[] = [];
  for (const m of text.matchAll(TF_VARIABLE)) {
    const open = m.index + m[0].length;
    const body = text.slice(open, blockEnd(text, open));
    const attribute = (name: string) => topLevelAttribute(body, name);
    const description = attribute('description');
    const fallback = attribute('default');
    out.push({
      name: m[2]!,
      type: oneLine(attribute('type') ?? ''),
      ...(fallback !== undefined ? { defaultValue: oneLine(fallback) } : {}),
      ...(description !== undefined ? { description: oneLine(description.replace(/^"([\s\S]*)"$/, '$1')) } : {}),
      ...(attribute('sensitive') === 'true' ? { secure: true } : {}),
    });
  }
  return out;
}

/** The offset of the `}` closing the block opened just before `from` (strings and comments skipped), or the text's end. */
function blockEnd(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '"') i = stringEnd(text, i);
    else if (c === '#' || (c === '/' && text[i + 1] === '/')) i = lineEnd(text, i);
    else if (c === '{' || c === '[' || c === '(') depth++;
    else if (c === '}' || c === ']' || c === ')') {
      if (--depth === 0) return i;
    }
  }
  return text.length;
}

const lineEnd = (text: string, i: number) => (text.indexOf('\n', i) < 0 ? text.length : text.indexOf('\n', i));

function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"' || text[i] === '\n') return i;
  }
  return text.length;
}

/** The text of `name = …` at the block's own level (a value may span lines inside brackets), or undefined. */
function topLevelAttribute(body: string, name: string): string | undefined {
  const re = new RegExp(`(^|[\\n{;])[ \\t]*${name}[ \\t]*=[ \\t]*`, 'g');
  for (const m of body.matchAll(re)) {
    const start = m.index + m[0].length;
    if (depthAt(body, m.index) !== 0) continue;
    let end = start;
    let depth = 0;
    for (; end < body.length; end++) {
      const c = body[end];
      if (c === '"') end = stringEnd(body, end);
      else if (c === '{' || c === '[' || c === '(') depth++;
      else if (c === '}' || c === ']' || c === ')') depth--;
      else if (c === '\n' && depth <= 0) break;
    }
    return body.slice(start, end).trim();
  }
  return undefined;
}

function depthAt(body: string, offset: number): number {
  let depth = 0;
  for (let i = 0; i < offset; i++) {
    const c = body[i];
    if (c === '"') i = stringEnd(body, i);
    else if (c === '{' || c === '[' || c === '(') depth++;
    else if (c === '}' || c === ']' || c === ')') depth--;
  }
  return depth;
}
