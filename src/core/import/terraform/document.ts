// Turns hcl2json's JSON into an evaluation scope: variables, locals, and resource instances (count and for_each
// expanded by instances.ts).
import type { Budget } from '../budget';
import { itext } from '../text';
import { Evaluator, type Instance, type Scope } from './evaluate';
import type { Findings } from './findings';
import type { ExpressionAst, HclParser } from './hclParser';
import { isTemplate, hclQuote } from './values';
import { expandInstances } from './instances';
import { plainTemplateAst } from './plainAst';

/** The parsed file, ready to evaluate. */
export interface TfDocument {
  evaluator: Evaluator;
  /** Every resource instance in file order. */
  instances: Instance[];
  locals: ReadonlyMap<string, unknown>;
  /** `variable` blocks by name. */
  variables: ReadonlyMap<string, Record<string, unknown>>;
}

type Json = Record<string, unknown>;
const asObject = (v: unknown): Json => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : {});
const asList = (v: unknown): Json[] => (Array.isArray(v) ? v.map(asObject) : v === undefined ? [] : [asObject(v)]);

function collectTemplates(v: unknown, out: Set<string>): void {
  if (typeof v === 'string') {
    if (isTemplate(v)) out.add(v);
  } else if (Array.isArray(v)) v.forEach((x) => collectTemplates(x, out));
  else if (typeof v === 'object' && v !== null) Object.values(v).forEach((x) => collectTemplates(x, out));
}

/**
 * The syntax tree of every template string. A plain reference's is made in JavaScript (plainAst.ts); the rest in one
 * parser call (as one tuple; each call into the wasm costs tens of milliseconds); if any is malformed, each is
 * parsed alone so the rest still resolve.
 */
async function parseTemplates(all: string[], parser: HclParser): Promise<Map<string, ExpressionAst | null>> {
  const plain = new Map<string, ExpressionAst | null>();
  const templates: string[] = [];
  for (const t of all) {
    const ast = plainTemplateAst(t);
    if (ast) plain.set(t, ast);
    else templates.push(t);
  }
  const parsed = await parseWithHcl(templates, parser);
  for (const [t, ast] of parsed) plain.set(t, ast);
  return plain;
}

async function parseWithHcl(templates: string[], parser: HclParser): Promise<Map<string, ExpressionAst | null>> {
  if (templates.length === 0) return new Map();
  const all = `[${templates.map(hclQuote).join(',\n')}]`;
  const tuple = await parser.expressionAst(all).catch(() => null);
  if (tuple?.type === 'tuple' && tuple.children.length === templates.length) {
    withKeySources(tuple, all);
    return new Map(templates.map((t, i) => [t, tuple.children[i]!]));
  }
  return new Map(
    await Promise.all(
      templates.map(async (t) => {
        const source = hclQuote(t);
        const ast = await parser.expressionAst(source).catch(() => null);
        if (ast) withKeySources(ast, source);
        return [t, ast] as const;
      }),
    ),
  );
}

/**
 * Copies the source text of every childless node without a type (a bare object key `{ a = 1 }`, a splat's `.*`)
 * into `source`: hcl2json gives such a key neither a name nor a value, only its byte range.
 */
function withKeySources(root: ExpressionAst, text: string): void {
  const bytes = new TextEncoder().encode(text);
  const decoder = new TextDecoder();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const n = stack.pop() as Partial<ExpressionAst> | null;
    if (typeof n !== 'object' || n === null) continue;
    const children = Array.isArray(n.children) ? n.children : [];
    if (n.type === '' && children.length === 0 && n.range) {
      const { start, end } = n.range;
      if (Number.isInteger(start?.byte) && Number.isInteger(end?.byte)) n.source = decoder.decode(bytes.slice(start.byte, end.byte));
    }
    stack.push(...children);
  }
}

/**
 * Reads the parsed file: parses every template string's expression, expands `count` and `for_each`.
 * @example const doc = await readDocument(text, json, parser, {}, findings)
 */
export async function readDocument(
  text: string,
  json: Json,
  parser: HclParser,
  params: Readonly<Record<string, string>>,
  findings: Findings,
  budget?: Budget,
): Promise<TfDocument> {
  const templates = new Set<string>();
  collectTemplates(json, templates);
  const asts = await parseTemplates([...templates], parser);
  const variables = new Map(Object.entries(asObject(json.variable)).map(([name, decls]) => [name, asList(decls)[0] ?? {}]));
  const locals = new Map<string, unknown>();
  for (const block of asList(json.locals)) for (const [k, v] of Object.entries(block)) locals.set(k, v);
  // Resources are expanded on first use: a count or for_each may name another resource (`for_each =
  // azurerm_network_interface.nic`), which must be expanded first. A resource met again while it is being expanded
  // (a circle) is one instance, never a loop.
  const declared = new Map<string, { type: string; name: string; body: Json }>();
  for (const [type, byName] of Object.entries(asObject(json.resource)))
    for (const [name, bodies] of Object.entries(asObject(byName)))
      declared.set(`${type}.${name}`, { type, name, body: asList(bodies)[0] ?? {} });
  const expanded = new Map<string, Instance[]>();
  const resources = { get: (address: string) => expand(address) };
  const scope: Scope = { asts, variables, params, locals, resources };
  const evaluator = new Evaluator(scope, budget);
  const instances: Instance[] = [];
  const counter = { total: 0, rules: 0 };
  function expand(address: string): Instance[] | undefined {
    const had = expanded.get(address);
    if (had) return had;
    const d = declared.get(address);
    if (!d) return undefined;
    expanded.set(address, [{ type: d.type, name: d.name, address, body: d.body }]);
    const list = expandInstances(d.type, d.name, d.body, evaluator, findings, counter);
    expanded.set(address, list);
    instances.push(...list);
    return list;
  }
  for (const address of declared.keys()) expand(address);
  // hcl2json sorts resources by name; the file's order is what the user wrote (and what an export wrote).
  const at = positions(text);
  const order = new Map(instances.map((x, n) => [x, n]));
  instances.sort((a, b) => at(a) - at(b) || order.get(a)! - order.get(b)!);
  for (const [type, byName] of Object.entries(asObject(json.data))) {
    for (const name of Object.keys(asObject(byName))) {
      findings.info('ImportUnresolved', itext('tf.dataSource', { address: `data.${type}.${name}` }), `data.${type}.${name}`);
    }
  }
  for (const name of Object.keys(asObject(json.module))) {
    findings.warn('ImportIgnored', itext('tf.module', { address: `module.${name}` }), `module.${name}`);
  }
  return { evaluator, instances, locals, variables };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Every header `resource "type" "name" {` (labels quoted or bare) whose labels are plain identifiers, found in one
// pass over the text: searching the whole text per comparison made sorting quadratic in the file's size.
const HEADER = /resource\s+"?([\w-]+)"?\s+"?([\w-]+)"?\s*\{/g;

/** Where each resource's header is in the text (its first one), for ordering resources as the file has them. */
function positions(text: string): (i: Instance) => number {
  const first = new Map<string, number>();
  for (const m of text.matchAll(HEADER)) {
    const key = `${m[1]}\0${m[2]}`;
    if (!first.has(key)) first.set(key, m.index);
  }
  const rare = new Map<string, number>();
  return (i) => {
    const key = `${i.type}\0${i.name}`;
    const found = first.get(key) ?? rare.get(key);
    if (found !== undefined) return found;
    // Plain labels would have matched HEADER: the resource is not written in the text (a module call created it).
    if (/^[\w-]+$/.test(i.type) && /^[\w-]+$/.test(i.name)) return Number.MAX_SAFE_INTEGER;
    // A label that is no plain identifier (quoted, with other characters): search for it alone, once.
    const at = position(text, i.type, i.name);
    rare.set(key, at);
    return at;
  };
}

// Only orders resources: the header `resource "type" "name" {` (labels quoted or bare) found in the text.
function position(text: string, type: string, name: string): number {
  const m = new RegExp(`resource\\s+"?${escapeRegExp(type)}"?\\s+"?${escapeRegExp(name)}"?\\s*\\{`).exec(text);
  return m ? m.index : Number.MAX_SAFE_INTEGER;
}
