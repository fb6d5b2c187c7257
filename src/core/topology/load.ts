import * as v from 'valibot';
import type { Locale } from '../i18n/locale';
import { en, type TextKey } from '../i18n/en';
import { render, type Text, type TextParam } from '../i18n/text';
import { MAX_TOPOLOGY_CHARS, overLimit } from './limits';
import type { loadEn } from './messages.en';
import { migrateV1 } from './design';
import { LbTopologySchema, TOPOLOGY_VERSION, TOPOLOGY_VERSION_1, TopologySchema, type Topology } from './schema';

/** A key of the load catalog (topology/messages.en.ts), without its `load.` namespace. */
export type LoadMessageKey = keyof typeof loadEn;

/** A load text: `lt('json', { detail })` is `{ key: 'load.json', params: { detail } }`. */
function lt(key: LoadMessageKey, params?: Readonly<Record<string, TextParam>>): Text {
  return params ? { key: `load.${key}`, params } : { key: `load.${key}` };
}

/** One reason a document is not a topology, with the JSON path it concerns; `loadErrorMessage` gives its words. */
export interface LoadError {
  path: string;
  /** Why, as a catalog text (`load.*`). */
  text: Text;
}

/** A loaded topology is always version 2; `migratedFrom` 1 says the input was written as version 1. */
export type LoadResult = { ok: true; topology: Topology; migratedFrom?: 1 } | { ok: false; errors: LoadError[] };

/**
 * Reads a topology (version 2, or version 1 migrated to 2 with nothing lost) from parsed JSON or JSON text; never throws. Refuses text over MAX_TOPOLOGY_CHARS and lists
 * over MAX_ELEMENTS (limits.ts) before validating anything, so a hostile document costs no more than its size.
 * @example loadTopology('{"version":1,...}') // { ok: true, topology }
 */
export function loadTopology(input: unknown): LoadResult {
  let doc = input;
  if (typeof input === 'string') {
    if (input.length > MAX_TOPOLOGY_CHARS)
      return loadFailure('', lt('tooLarge', { count: input.length.toLocaleString('en'), max: MAX_TOPOLOGY_CHARS.toLocaleString('en') }));
    try {
      doc = JSON.parse(input);
    } catch (e) {
      // The parser's own detail stays as the JavaScript engine words it.
      return loadFailure('', lt('json', { detail: (e as Error).message }));
    }
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    return loadFailure('', lt('notObject', { version: TOPOLOGY_VERSION, got: describe(doc) }));
  }
  const version = (doc as Record<string, unknown>).version;
  if (version === undefined) {
    return loadFailure('version', lt('versionMissing', { version: TOPOLOGY_VERSION }));
  }
  if (version !== TOPOLOGY_VERSION && version !== TOPOLOGY_VERSION_1) {
    return loadFailure('version', lt('versionUnsupported', { got: describe(version), version: TOPOLOGY_VERSION }));
  }
  const over = overLimit(doc as Record<string, unknown>);
  if (over) {
    return loadFailure(
      over.path ?? (over.what === 'poolMembers' ? 'backendPools' : over.what),
      lt('tooMany', { what: lt(`what.${over.what}`), count: over.count.toLocaleString('en'), max: over.max.toLocaleString('en') }),
    );
  }
  if (version === TOPOLOGY_VERSION_1) {
    const checked = parse(LbTopologySchema, doc);
    return checked.ok ? { ok: true, topology: migrateV1(checked.output), migratedFrom: 1 } : checked;
  }
  const checked = parse(TopologySchema, doc);
  if (!checked.ok) return checked;
  const twice = sameLbName(checked.output);
  return twice ? { ok: false, errors: [twice] } : { ok: true, topology: checked.output };
}

// Every edit, layout key and reference finds a load balancer by its name, so two of one name would be one.
function sameLbName(t: Topology): LoadError | undefined {
  const first = new Map<string, number>();
  for (const [i, lb] of t.loadBalancers.entries()) {
    const j = first.get(lb.name);
    if (j !== undefined) return withText(`loadBalancers[${i}].name`, lt('lbNameTaken', { name: lb.name, first: `loadBalancers[${j}]` }));
    first.set(lb.name, i);
  }
  return undefined;
}

function parse<S extends typeof TopologySchema | typeof LbTopologySchema>(
  schema: S,
  doc: unknown,
): { ok: true; output: v.InferOutput<S> } | { ok: false; errors: LoadError[] } {
  // Stops at the first problem: a valid document is read once, and an invalid one costs nothing more here.
  const quick = v.safeParse(schema, doc, { abortEarly: true });
  if (quick.success) return { ok: true, output: quick.output };
  // Listing every problem costs memory for each (a 2.9 MB file of 1.45 million wrong pool members took 17 s and
  // 3 GB, and compresses into a short share link): list them all only where the document holds few values.
  if (countValues(doc, MAX_VALUES_LISTED) > MAX_VALUES_LISTED) {
    return { ok: false, errors: [toLoadError(quick.issues[0]), withText('', lt('moreErrorsUncounted'))] };
  }
  const issues = v.safeParse(schema, doc, { abortEarly: false }).issues ?? quick.issues;
  const errors = issues.slice(0, MAX_LOAD_ERRORS).map(toLoadError);
  if (issues.length > MAX_LOAD_ERRORS)
    errors.push(withText('', lt('moreErrors', { count: (issues.length - MAX_LOAD_ERRORS).toLocaleString('en') })));
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
    return withText(path, lt('unknownField'));
  }
  if (issue.input === undefined) {
    // Valibot reports a missing key on the object with a generic message; say it plainly.
    const custom = issue.type === 'strict_object' || issue.type === 'object' ? lt('required') : expectedText(issue);
    return withText(path, lt('missing', { expected: custom }));
  }
  return withText(path, lt('wrong', { expected: expectedText(issue), got: describe(issue.input) }));
}

/** The schema's message is its catalog key (schema.ts); a message of valibot's own gets a plain one by the kind of value wanted. */
function expectedText(issue: v.BaseIssue<unknown>): Text {
  if (issue.message.startsWith('load.expected.') && Object.hasOwn(en, issue.message)) return { key: issue.message as TextKey };
  return lt(
    issue.type === 'object' || issue.type === 'strict_object'
      ? 'expected.object'
      : issue.type === 'array'
        ? 'expected.array'
        : 'expected.value',
  );
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

function describe(value: unknown): string | Text {
  if (value === null) return 'null';
  // JSON.stringify(undefined) is undefined, not a string: loadTopology(undefined) used to throw here.
  if (value === undefined) return lt('got.undefined');
  if (Array.isArray(value)) return lt('got.list');
  if (typeof value === 'object') return lt('got.object');
  // Functions and symbols stringify to undefined and bigints throw: only a caller in code can pass them.
  const json =
    typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint' ? String(value) : JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

function withText(path: string, text: Text): LoadError {
  return { path, text };
}

/**
 * A failed load with one error; also for failures found before the loader runs (a preset that cannot be fetched).
 * @example loadFailure('', text('load.fetch', { url, detail })) // { ok: false, errors: [{ path: '', text }] }
 */
export function loadFailure(path: string, text: Text): LoadResult {
  return { ok: false, errors: [withText(path, text)] };
}

/**
 * One load error's message in a language (English by default, as the CLI prints it).
 * @example loadErrorMessage({ path: 'x', text: lt('unknownField') }, 'ja') // '不明なフィールドです。…'
 */
export function loadErrorMessage(error: Pick<LoadError, 'text'>, locale: Locale = 'en'): string {
  return render(error.text, locale);
}

/**
 * Formats load errors one per line, as `path: message`, in `locale` (English by default, as the CLI prints them).
 * @example formatLoadErrors(errors, 'ja') // 'version: ありません。Floatplan のトポロジは "version": 1 で始まります'
 */
export function formatLoadErrors(errors: readonly LoadError[], locale: Locale = 'en'): string {
  return errors.map((e) => (e.path ? `${e.path}: ${loadErrorMessage(e, locale)}` : loadErrorMessage(e, locale))).join('\n');
}
