// Module calls of a Terraform configuration. The two load balancer modules Azure publishes (the Verified Module and
// the classic one) are expanded into the resources they create, so the rest of the import reads them like resources
// written in the file; any other module is named with its source. docs/import.md says what is read.
import { itext } from '../text';
import type { Instance } from './evaluate';
import type { Findings } from './findings';
import { AVM_SHAPE, expandAvm } from './modules/avm';
import { asObject, blockBody, ModuleBuild, type Json } from './modules/build';
import { CLASSIC_SHAPE, expandClassic } from './modules/classicLb';
import { isTemplate } from './values';

/** A module call the import does not expand: `module.<name>` and its `source`. */
export interface OtherModule {
  address: string;
  source: string;
}

/** The file's blocks with the load balancer module calls replaced by their resources, and what else was called. */
export interface ModuleExpansion {
  json: Json;
  /** Terraform address (`module.lb.azurerm_lb.this`) of each created resource, by its `type.name` in `json`. */
  addresses: ReadonlyMap<string, string>;
  others: OtherModule[];
}

// Registry addresses (with or without the registry host) and GitHub sources of the two modules. The classic module is
// also accepted as `Azure/lb/azurerm`, the short name people (and Floatplan's issue tracker) write for it.
const AVM_SOURCE =
  /^(registry\.terraform\.io\/)?azure\/avm-res-network-loadbalancer\/azurerm(\/\/.*)?$|github\.com\/azure\/terraform-azurerm-avm-res-network-loadbalancer/i;
const CLASSIC_SOURCE =
  /^(registry\.terraform\.io\/)?azure\/(loadbalancer|lb)\/azurerm(\/\/.*)?$|github\.com\/azure\/terraform-azurerm-(loadbalancer|lb)(?![\w-])/i;
const LOCAL = /^\.\.?\//;

const AVM_NAME = 'Azure/avm-res-network-loadbalancer/azurerm';
const CLASSIC_NAME = 'Azure/loadbalancer/azurerm';

/** Which load balancer module a call is, from its source, else (for a local path) from the inputs it takes. */
function kind(source: string, inputs: Json, address: string, findings: Findings): 'avm' | 'classic' | undefined {
  if (AVM_SOURCE.test(source)) return 'avm';
  if (CLASSIC_SOURCE.test(source)) return 'classic';
  if (!LOCAL.test(source)) return undefined;
  const shaped = AVM_SHAPE.some((k) => k in inputs) ? 'avm' : CLASSIC_SHAPE.some((k) => k in inputs) ? 'classic' : undefined;
  if (shaped)
    findings.info(
      'ImportDefaultUsed',
      itext('tfm.byShape', { address, source, module: shaped === 'avm' ? AVM_NAME : CLASSIC_NAME }),
      address,
    );
  return shaped;
}

/** Where each `module "name"` block starts in the text, to keep the calls in the file's order. */
function modulePositions(text: string): Map<string, number> {
  const at = new Map<string, number>();
  for (const m of text.matchAll(/module\s+"([^"]+)"\s*\{/g)) if (!at.has(m[1]!)) at.set(m[1]!, m.index);
  return at;
}

/**
 * Expands the load balancer module calls of hcl2json's JSON into resources (before the file is evaluated) and lists
 * the other calls; `module` blocks are left out of the returned JSON.
 * @example expandModules(json, text, findings).others // [{ address: 'module.naming', source: 'Azure/naming/azurerm' }]
 */
export function expandModules(json: Json, text: string, findings: Findings): ModuleExpansion {
  const calls = Object.entries(typeof json.module === 'object' && json.module !== null ? (json.module as Json) : {});
  if (calls.length === 0) return { json, addresses: new Map(), others: [] };
  const at = modulePositions(text);
  calls.sort(([a], [b]) => (at.get(a) ?? Infinity) - (at.get(b) ?? Infinity));
  const resources: Json = { ...asObject(json.resource) };
  const addresses = new Map<string, string>();
  const others: OtherModule[] = [];
  const counter = { next: 1 };
  const outputs = new Map<string, string>();
  for (const [name, block] of calls) {
    const inputs = blockBody(block);
    const address = `module.${name}`;
    const source = typeof inputs.source === 'string' ? inputs.source : '';
    const which = kind(source, inputs, address, findings);
    if (!which) {
      others.push({ address, source });
      findings.warn('ImportIgnored', itext('tfm.otherModule', { address, source }), address);
      continue;
    }
    findings.info('ImportDefaultUsed', itext('tfm.expanded', { address, module: which === 'avm' ? AVM_NAME : CLASSIC_NAME }), address);
    for (const meta of ['count', 'for_each'].filter((m) => m in inputs))
      findings.warn('ImportUnresolved', itext('tfm.repeated', { address, meta }), `${address}.${meta}`);
    const build = new ModuleBuild(name, findings, counter);
    if (which === 'avm') expandAvm(build, inputs);
    else expandClassic(build, inputs);
    for (const [from, to] of build.outputs) outputs.set(from, to);
    for (const r of build.resources) {
      const byName = { ...((resources[r.type] as Json | undefined) ?? {}) };
      byName[r.name] = [r.body];
      resources[r.type] = byName;
      addresses.set(`${r.type}.${r.name}`, r.address);
    }
  }
  const rest: Json = { ...json, resource: resources };
  delete rest.module;
  if (outputs.size > 0) resolveOutputs(rest, outputs);
  return { json: rest, addresses, others };
}

/**
 * Rewrites, in every template string of the file, a reference to a documented output of an expanded module that is
 * one resource's id (`module.lb.azurerm_lb_backend_address_pool["pool1"].id`) into a reference to that resource, so
 * an association written outside the module finds the module's pool or NAT rule.
 */
function resolveOutputs(json: Json, outputs: ReadonlyMap<string, string>): void {
  // Longest first: `…nat_rule_ids[1]` must not be taken for a prefix of `…nat_rule_ids[10]`.
  const table = [...outputs].sort(([a], [b]) => b.length - a.length);
  const rewrite = (s: string): string => {
    if (!isTemplate(s) || !s.includes('module.')) return s;
    let out = s;
    for (const [from, to] of table)
      if (out.includes(from)) out = out.replace(new RegExp(`(?<![\\w.])${escape(from)}(?![\\w\\[.-])`, 'g'), to);
    return out;
  };
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return rewrite(v);
    if (Array.isArray(v)) return v.map(walk);
    if (typeof v === 'object' && v !== null) return Object.fromEntries(Object.entries(v as Json).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  for (const key of Object.keys(json)) json[key] = walk(json[key]);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Gives each resource a module created its Terraform address (what diagnostics and `--lb` show). */
export function nameModuleResources(instances: readonly Instance[], addresses: ReadonlyMap<string, string>): void {
  for (const i of instances) {
    const address = addresses.get(`${i.type}.${i.name}`);
    if (address !== undefined) i.address = address;
  }
}

/**
 * The names `--lb` accepts for a load balancer besides its address: `sql` for `azurerm_lb.sql`, and `lb` or
 * `module.lb` for the one a module call `lb` creates.
 * @example lbAliases('module.lb.azurerm_lb.this') // ['module.lb', 'lb']
 */
export function lbAliases(address: string): string[] {
  const m = /^module\.([^.]+)\.azurerm_lb\./.exec(address);
  return m ? [`module.${m[1]}`, m[1]!] : [address.replace(/^azurerm_lb\./, '')];
}

/**
 * How many variables, outputs and other blocks (provider, terraform, locals) a file without any resource or module
 * call declares, or undefined when it has resources: such a file is one part of a configuration kept in other files.
 * @example onlyDeclarations({ variable: { a: [{}], b: [{}] } }) // { variables: 2, outputs: 0, other: 0 }
 */
export function onlyDeclarations(json: Json): { variables: number; outputs: number; other: number } | undefined {
  if (['resource', 'module', 'data'].some((k) => k in json)) return undefined;
  const count = (k: string) => {
    const v = json[k];
    if (Array.isArray(v)) return v.length;
    return typeof v === 'object' && v !== null ? Object.keys(v).length : 0;
  };
  const found = { variables: count('variable'), outputs: count('output'), other: count('provider') + count('terraform') + count('locals') };
  return found.variables + found.outputs + found.other > 0 ? found : undefined;
}
