// Turns hcl2json's JSON into an evaluation scope: variables, locals, and resource instances (count expanded).
import { LIMITS } from '../../validation/limits';
import { MAX_ELEMENTS } from '../../topology/limits';
import type { Budget } from '../budget';
import { itext } from '../text';
import { Evaluator, type Instance, type Scope } from './evaluate';
import type { Findings } from './findings';
import type { ExpressionAst, HclParser } from './hclParser';
import { isTemplate, hclQuote, Unknown } from './values';

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
 * The syntax tree of every template string. One parser call for all of them (as one tuple; each call into
 * the wasm costs tens of milliseconds); if any is malformed, each is parsed alone so the rest still resolve.
 */
async function parseTemplates(templates: string[], parser: HclParser): Promise<Map<string, ExpressionAst | null>> {
  if (templates.length === 0) return new Map();
  const tuple = await parser.expressionAst(`[${templates.map(hclQuote).join(',\n')}]`).catch(() => null);
  if (tuple?.type === 'tuple' && tuple.children.length === templates.length) {
    return new Map(templates.map((t, i) => [t, tuple.children[i]!]));
  }
  return new Map(await Promise.all(templates.map(async (t) => [t, await parser.expressionAst(hclQuote(t)).catch(() => null)] as const)));
}

// What `count` may expand to, from Azure's limits for a Standard load balancer (validation/limits.ts, from the
// Learn limits table): 1,500 load-balancing and inbound NAT rules together, 5,000 members in a backend pool (so at
// most that many NICs, VMs or associations are of use); and the whole file at most the topology's own caps.
const RULE_TYPES = new Set(['azurerm_lb_rule', 'azurerm_lb_nat_rule']);
const MAX_RULES = LIMITS.Standard.rules;
const MAX_COUNT = LIMITS.Standard.poolSize;
const MAX_INSTANCES = MAX_ELEMENTS.vms;

/**
 * Reads the parsed file: parses every template string's expression, expands `count`, notes `for_each`.
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
  const resources = new Map<string, Instance[]>();
  const scope: Scope = { asts, variables, params, locals, resources };
  const evaluator = new Evaluator(scope, budget);
  const instances: Instance[] = [];
  let total = 0;
  let rules = 0;
  for (const [type, byName] of Object.entries(asObject(json.resource))) {
    for (const [name, bodies] of Object.entries(asObject(byName))) {
      const body = asList(bodies)[0] ?? {};
      const address = `${type}.${name}`;
      const list: Instance[] = [];
      if ('count' in body) {
        const n = evaluator.value(body.count);
        const max = RULE_TYPES.has(type) ? MAX_RULES : MAX_COUNT;
        const ruleRoom = RULE_TYPES.has(type) ? MAX_RULES - rules : Infinity;
        const room = Math.min(ruleRoom, MAX_INSTANCES - total);
        if (typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= max && n > room) {
          const key = ruleRoom <= MAX_INSTANCES - total ? 'tf.tooManyRules' : 'tf.tooManyInstances';
          findings.warn(
            'ImportInvalid',
            itext(key, { address, count: n, max: key === 'tf.tooManyRules' ? MAX_RULES : MAX_INSTANCES }),
            `${address}.count`,
          );
          list.push({ type, name, address: `${address}[0]`, body, countIndex: 0 });
        } else if (typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= max) {
          for (let i = 0; i < n; i++) list.push({ type, name, address: `${address}[${i}]`, body, countIndex: i });
          if (n === 0) findings.info('ImportIgnored', itext('tf.countZero', { address }), `${address}.count`);
        } else {
          const why =
            n instanceof Unknown
              ? itext('tf.countUnknown', { expression: n.expression, reason: n.reasonText })
              : itext('tf.countInvalid', { value: JSON.stringify(n), max });
          findings.warn('ImportUnresolved', itext('tf.count', { address, why }), `${address}.count`);
          list.push({ type, name, address: `${address}[0]`, body, countIndex: 0 });
        }
      } else {
        if ('for_each' in body) {
          findings.warn('ImportUnresolved', itext('tf.forEach', { address }), `${address}.for_each`);
        }
        list.push({ type, name, address, body });
      }
      resources.set(address, list);
      instances.push(...list);
      total += list.length;
      if (RULE_TYPES.has(type)) rules += list.length;
    }
  }
  // hcl2json sorts resources by name; the file's order is what the user wrote (and what an export wrote).
  const at = positions(text);
  instances.sort((a, b) => at(a) - at(b) || (a.countIndex ?? 0) - (b.countIndex ?? 0));
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
