import * as v from 'valibot';
import { TopologySchema, TOPOLOGY_VERSION, type Topology } from './schema';

/** One reason a document is not a v1 topology, with the JSON path it concerns. */
export interface LoadError {
  path: string;
  message: string;
}

export type LoadResult = { ok: true; topology: Topology } | { ok: false; errors: LoadError[] };

/**
 * Reads a topology from parsed JSON or JSON text; never throws.
 * @example loadTopology('{"version":1,...}') // { ok: true, topology }
 */
export function loadTopology(input: unknown): LoadResult {
  let doc = input;
  if (typeof input === 'string') {
    try {
      doc = JSON.parse(input);
    } catch (e) {
      return fail('', `not valid JSON (${(e as Error).message})`);
    }
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    return fail('', `expected a JSON object with "version": ${TOPOLOGY_VERSION}, got ${describe(doc)}`);
  }
  const version = (doc as Record<string, unknown>).version;
  if (version === undefined) {
    return fail('version', `missing; a Floatplan topology starts with "version": ${TOPOLOGY_VERSION}`);
  }
  if (version !== TOPOLOGY_VERSION) {
    return fail(
      'version',
      `unsupported version ${describe(version)}: this Floatplan reads version ${TOPOLOGY_VERSION} files. ` +
        'Open it with the Floatplan release that wrote it, or convert it to version 1.',
    );
  }
  const result = v.safeParse(TopologySchema, doc, { abortEarly: false });
  if (result.success) return { ok: true, topology: result.output };
  return { ok: false, errors: result.issues.map(toLoadError) };
}

function toLoadError(issue: v.BaseIssue<unknown>): LoadError {
  const path = formatPath(issue.path ?? []);
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    // The offending key is the last path item; the path itself points at that key.
    return { path, message: `unknown field; remove it or check its spelling` };
  }
  if (issue.input === undefined) {
    // Valibot reports a missing key on the object with a generic message; say it plainly.
    const custom = issue.type === 'strict_object' || issue.type === 'object' ? 'this field is required' : issue.message;
    return { path, message: `missing; ${custom}` };
  }
  return { path, message: `${issue.message}, got ${describe(issue.input)}` };
}

function formatPath(items: readonly { key?: unknown }[]): string {
  let out = '';
  for (const item of items) {
    if (typeof item.key === 'number') out += `[${item.key}]`;
    else out += out ? `.${String(item.key)}` : String(item.key);
  }
  return out;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

function fail(path: string, message: string): LoadResult {
  return { ok: false, errors: [{ path, message }] };
}

/** Formats load errors one per line, as `path: message`. */
export function formatLoadErrors(errors: readonly LoadError[]): string {
  return errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('\n');
}
