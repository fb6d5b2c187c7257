import * as v from 'valibot';
import { fill, type Locale } from '../i18n/locale';
import { MAX_TOPOLOGY_CHARS, overLimit } from './limits';
import { messages, type LoadMessageKey } from './messages';
import { TopologySchema, TOPOLOGY_VERSION, type Topology } from './schema';

/** A load error's words as a catalog key and parameters; a parameter may be a catalog text itself. */
export interface LoadText {
  key: LoadMessageKey;
  params?: Readonly<Record<string, string | number | LoadText>>;
}

/** One reason a document is not a v1 topology, with the JSON path it concerns; `message` is the English text. */
export interface LoadError {
  path: string;
  message: string;
  /** The same words in any language (see loadErrorMessage); absent on errors made outside the loader. */
  text?: LoadText;
}

export type LoadResult = { ok: true; topology: Topology } | { ok: false; errors: LoadError[] };

/**
 * Reads a topology from parsed JSON or JSON text; never throws. Refuses text over MAX_TOPOLOGY_CHARS and lists
 * over MAX_ELEMENTS (limits.ts) before validating anything, so a hostile document costs no more than its size.
 * @example loadTopology('{"version":1,...}') // { ok: true, topology }
 */
export function loadTopology(input: unknown): LoadResult {
  let doc = input;
  if (typeof input === 'string') {
    if (input.length > MAX_TOPOLOGY_CHARS) return fail('', { key: 'tooLarge', params: { count: input.length.toLocaleString('en'), max: MAX_TOPOLOGY_CHARS.toLocaleString('en') } });
    try {
      doc = JSON.parse(input);
    } catch (e) {
      // The parser's own detail stays as the JavaScript engine words it.
      return fail('', { key: 'json', params: { detail: (e as Error).message } });
    }
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    return fail('', { key: 'notObject', params: { version: TOPOLOGY_VERSION, got: describe(doc) } });
  }
  const version = (doc as Record<string, unknown>).version;
  if (version === undefined) {
    return fail('version', { key: 'versionMissing', params: { version: TOPOLOGY_VERSION } });
  }
  if (version !== TOPOLOGY_VERSION) {
    return fail('version', { key: 'versionUnsupported', params: { got: describe(version), version: TOPOLOGY_VERSION } });
  }
  const over = overLimit(doc as Record<string, unknown>);
  if (over) {
    const path = over.what === 'poolMembers' ? 'backendPools' : over.what;
    return fail(path, { key: 'tooMany', params: { what: { key: `what.${over.what}` }, count: over.count.toLocaleString('en'), max: over.max.toLocaleString('en') } });
  }
  // Stops at the first problem: a valid document is read once, and an invalid one costs nothing more here.
  const quick = v.safeParse(TopologySchema, doc, { abortEarly: true });
  if (quick.success) return { ok: true, topology: quick.output };
  // Listing every problem costs memory for each (a 2.9 MB file of 1.45 million wrong pool members took 17 s and
  // 3 GB, and compresses into a short share link): list them all only where the document holds few values.
  if (countValues(doc, MAX_VALUES_LISTED) > MAX_VALUES_LISTED) {
    return { ok: false, errors: [toLoadError(quick.issues[0]), withText('', { key: 'moreErrorsUncounted' })] };
  }
  const issues = v.safeParse(TopologySchema, doc, { abortEarly: false }).issues ?? quick.issues;
  const errors = issues.slice(0, MAX_LOAD_ERRORS).map(toLoadError);
  if (issues.length > MAX_LOAD_ERRORS) errors.push(withText('', { key: 'moreErrors', params: { count: (issues.length - MAX_LOAD_ERRORS).toLocaleString('en') } }));
  return { ok: false, errors };
}

/** Most load errors listed one by one; the rest are counted in one more line. */
export const MAX_LOAD_ERRORS = 100;

/** Documents with more JSON values than this get only their first problem listed (see loadTopology). */
export const MAX_VALUES_LISTED = 50_000;

// The number of JSON values in `doc`, counting no further than just past `max` (iterative: deep nesting is fine).
function countValues(doc: unknown, max: number): number {
  let count = 0;
  const stack: unknown[] = [doc];
  while (stack.length > 0 && count <= max) {
    const value = stack.pop();
    count++;
    if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
    } else if (typeof value === 'object' && value !== null) {
      for (const item of Object.values(value)) stack.push(item);
    }
    if (stack.length > max) return max + 1;
  }
  return count;
}

function toLoadError(issue: v.BaseIssue<unknown>): LoadError {
  const path = formatPath(issue.path ?? []);
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    // The offending key is the last path item; the path itself points at that key.
    return withText(path, { key: 'unknownField' });
  }
  if (issue.input === undefined) {
    // Valibot reports a missing key on the object with a generic message; say it plainly.
    const custom = issue.type === 'strict_object' || issue.type === 'object' ? { key: 'required' } as const : expectedText(issue);
    return withText(path, { key: 'missing', params: { expected: custom } });
  }
  return withText(path, { key: 'wrong', params: { expected: expectedText(issue), got: describe(issue.input) } });
}

// The schema's messages are English texts of the catalog; find their keys by that text.
const SCHEMA_KEYS = new Map(
  (Object.entries(messages.en) as [LoadMessageKey, string][]).filter(([k]) => k.startsWith('expected.')).map(([k, en]) => [en, k]),
);

/** The schema message as a catalog text; a message of valibot's own gets a plain one by the kind of value wanted. */
function expectedText(issue: v.BaseIssue<unknown>): LoadText {
  const key = SCHEMA_KEYS.get(issue.message);
  if (key) return { key };
  const fallback: LoadMessageKey =
    issue.type === 'object' || issue.type === 'strict_object' ? 'expected.object' : issue.type === 'array' ? 'expected.array' : 'expected.value';
  // English keeps valibot's exact words, as before; other languages get the plain fallback.
  return { key: fallback, params: { en: issue.message } };
}

function formatPath(items: readonly { key?: unknown }[]): string {
  let out = '';
  for (const item of items) {
    if (typeof item.key === 'number') out += `[${item.key}]`;
    else out += out ? `.${keyText(item.key)}` : keyText(item.key);
  }
  return out;
}

// A key is the document's own text: a line break or an ESC in it would forge lines or rewrite a terminal.
// eslint-disable-next-line no-control-regex -- escaping control characters is the point
const KEY_CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
function keyText(key: unknown): string {
  return String(key).replace(KEY_CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function describe(value: unknown): string | LoadText {
  if (value === null) return 'null';
  // JSON.stringify(undefined) is undefined, not a string: loadTopology(undefined) used to throw here.
  if (value === undefined) return { key: 'got.undefined' };
  if (Array.isArray(value)) return { key: 'got.list' };
  if (typeof value === 'object') return { key: 'got.object' };
  // Functions and symbols stringify to undefined and bigints throw: only a caller in code can pass them.
  const json = typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint' ? String(value) : JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

function withText(path: string, text: LoadText): LoadError {
  return { path, message: renderLoadText(text, 'en'), text };
}

function fail(path: string, text: LoadText): LoadResult {
  return { ok: false, errors: [withText(path, text)] };
}

function renderLoadText(t: LoadText, locale: Locale): string {
  // A fallback carries valibot's English words, which English shows verbatim.
  if (locale === 'en' && t.params && typeof t.params.en === 'string') return t.params.en;
  const params: Record<string, string | number> = {};
  for (const [k, p] of Object.entries(t.params ?? {})) params[k] = typeof p === 'object' ? renderLoadText(p, locale) : p;
  return fill(messages[locale][t.key], params);
}

/**
 * One load error's message in a language; errors made outside the loader keep their English message.
 * @example loadErrorMessage({ path: 'x', message: 'unknown field; ...', text: { key: 'unknownField' } }, 'ja') // '不明なフィールドです。…'
 */
export function loadErrorMessage(error: LoadError, locale: Locale = 'en'): string {
  return error.text && locale !== 'en' ? renderLoadText(error.text, locale) : error.message;
}

/**
 * Formats load errors one per line, as `path: message`, in `locale` (English by default, as the CLI prints them).
 * @example formatLoadErrors(errors, 'ja') // 'version: ありません。Floatplan のトポロジは "version": 1 で始まります'
 */
export function formatLoadErrors(errors: readonly LoadError[], locale: Locale = 'en'): string {
  return errors.map((e) => (e.path ? `${e.path}: ${loadErrorMessage(e, locale)}` : loadErrorMessage(e, locale))).join('\n');
}
