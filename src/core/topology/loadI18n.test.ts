import { describe, expect, it } from 'vitest';
import { untranslated } from '../i18n/untranslated';
import { topology } from '../testing/builders';
import { formatLoadErrors, loadErrorMessage, loadFailure, loadTopology, type LoadError } from './load';
import { en } from '../i18n/en';
import { text } from '../i18n/text';
import { LbTopologySchema } from './schema';

function errorsOf(input: unknown): LoadError[] {
  const r = loadTopology(input);
  if (r.ok) throw new Error('expected the document to be refused');
  return r.errors;
}

// Every custom message in the schema, found by walking valibot's schema objects.
function schemaMessages(node: unknown, out = new Set<string>(), seen = new Set<unknown>()): Set<string> {
  if (!node || typeof node !== 'object' || seen.has(node)) return out;
  seen.add(node);
  const o = node as Record<string, unknown>;
  if (typeof o.message === 'string') out.add(o.message);
  for (const k of ['entries', 'item', 'options', 'pipe', 'wrapped', 'key', 'value']) {
    const child = o[k];
    if (Array.isArray(child)) child.forEach((c) => schemaMessages(c, out, seen));
    else if (child && typeof child === 'object') {
      if (k === 'entries') Object.values(child).forEach((c) => schemaMessages(c, out, seen));
      else schemaMessages(child, out, seen);
    }
  }
  return out;
}

const t = topology();
const BROKEN: [string, unknown][] = [
  ['bad JSON', '{"version": 1,'],
  ['not an object', []],
  ['no version', { ...t, version: undefined }],
  ['another version', { ...t, version: 2 }],
  ['a wrong type and an unknown field', { ...t, rules: [{ ...t.rules[0], frontendPort: '80a' }], colour: 'blue' }],
  ['a missing field', { ...t, frontends: [{ name: 'FE1' }] }],
  ['a list where an object belongs', { ...t, loadBalancer: [] }],
  ['bad picklists and members', { ...t, loadBalancer: { ...t.loadBalancer, sku: 'Premium' }, backendPools: [{ name: 'p', members: [3] }] }],
  ['more problems than are listed', { ...t, backendPools: [{ name: 'p', members: new Array(120).fill(3) }] }],
  ['too many values to list every problem', { ...t, backendPools: [{ name: 'p', members: new Array(60_000).fill(3) }] }],
];

describe('load errors in Japanese', () => {
  it('names every schema message by a key of the load catalog', () => {
    const known = new Set(Object.keys(en).filter((k) => k.startsWith('load.expected.')));
    const found = [...schemaMessages(LbTopologySchema)];
    expect(found.length).toBeGreaterThan(15);
    expect(found.filter((m) => !known.has(m))).toEqual([]);
  });

  it.each(BROKEN)('explains %s in Japanese, and in the same English as before', (_what, doc) => {
    const errors = errorsOf(doc);
    const en = formatLoadErrors(errors);
    expect(en).toBe(errors.map((e) => (e.path ? `${e.path}: ${loadErrorMessage(e)}` : loadErrorMessage(e))).join('\n'));
    expect(formatLoadErrors(errors, 'en')).toBe(en);
    for (const e of errors) {
      const ja = loadErrorMessage(e, 'ja');
      expect(ja).not.toBe(loadErrorMessage(e));
      // JSON.parse's own detail and the offending values are quoted as they are.
      const detail = /^not valid JSON \((.*)\)$/.exec(loadErrorMessage(e))?.[1];
      expect(
        untranslated(ja, [
          '"80a"',
          '"Premium"',
          'version',
          '"vm"',
          '"ip"',
          '<name>',
          '<address>',
          'true',
          'false',
          'null',
          ...(detail ? [detail] : []),
        ]),
      ).toEqual([]);
    }
  });

  it('keeps the English messages word for word', () => {
    expect(formatLoadErrors(errorsOf({ ...t, rules: [{ ...t.rules[0], frontendPort: '80a' }] }))).toBe(
      'rules[0].frontendPort: expected an integer, got "80a"',
    );
    expect(formatLoadErrors(errorsOf([]))).toBe('expected a JSON object with "version": 2, got a list');
    expect(formatLoadErrors(errorsOf({ ...t, frontends: [{ name: 'FE1' }] }))).toBe('frontends[0].ip: missing; this field is required');
  });

  it('renders a whole list in Japanese with the JSON paths kept', () => {
    expect(formatLoadErrors(errorsOf({ ...t, rules: [{ ...t.rules[0], frontendPort: '80a' }] }), 'ja')).toBe(
      'rules[0].frontendPort: 整数が必要ですが、"80a" でした',
    );
  });

  it('words a preset that could not be fetched as before, and in Japanese', () => {
    const offline = loadFailure('', text('load.fetch', { url: '/examples/a.json', detail: 'Failed to fetch' }));
    const http = loadFailure('', text('load.fetchStatus', { url: '/examples/a.json', status: '404 Not Found' }));
    expect(offline.ok ? '' : formatLoadErrors(offline.errors)).toBe('could not fetch /examples/a.json (Failed to fetch)');
    expect(http.ok ? '' : formatLoadErrors(http.errors)).toBe('could not fetch /examples/a.json: HTTP 404 Not Found');
    expect(http.ok ? '' : formatLoadErrors(http.errors, 'ja')).toBe('/examples/a.json を取得できませんでした: HTTP 404 Not Found');
  });
});
