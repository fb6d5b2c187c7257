// What a load balancer module creates, written as the resources of the calling file: the module's own `main.tf`
// applied to the call's inputs, with the module's defaults filled in. Values stay raw HCL (template strings are
// parsed later with the rest of the file), so `var.x` and `azurerm_subnet.s.id` in an input resolve in the caller.
import type { Findings } from '../findings';
import { isTemplate } from '../values';

/** A raw JSON object of hcl2json's output. */
export type Json = Record<string, unknown>;

/** One resource a module call creates. */
export interface ModuleResource {
  type: string;
  /** The resource's name in the joined file (never written by a user: `floatplan_module_3`). */
  name: string;
  /** Terraform's address for it: `module.lb.azurerm_lb_rule.this["http1"]`. */
  address: string;
  body: Json;
}

/** What one module call is expanded into, with the module's address and the input paths for diagnostics. */
export class ModuleBuild {
  readonly resources: ModuleResource[] = [];
  /** The module's documented outputs that are one resource's id: `module.lb.azurerm_lb_id` → `${azurerm_lb.x.id}`'s text. */
  readonly outputs = new Map<string, string>();

  constructor(
    /** The module call's name (`module "lb"` → `lb`). */
    readonly module: string,
    readonly findings: Findings,
    /** Numbers the synthetic names across every module call of the file. */
    private readonly counter: { next: number },
  ) {}

  /** `module.lb.lb_rules["http1"]`: where a module input (or one element of it) is written. */
  input(name: string, key?: string | number): string {
    return `module.${this.module}.${name}${key === undefined ? '' : `[${JSON.stringify(key)}]`}`;
  }

  /** Adds a resource; `resource` is its name in the module's main.tf, `key` its for_each key or count index. */
  add(type: string, resource: string, key: string | number | undefined, body: Json): ModuleResource {
    const name = `floatplan_module_${this.counter.next++}`;
    const index = key === undefined ? '' : typeof key === 'number' ? `[${key}]` : `[${JSON.stringify(key)}]`;
    const r = { type, name, address: `module.${this.module}.${type}.${resource}${index}`, body };
    this.resources.push(r);
    return r;
  }
}

/** Records that the output reference `module.<name>.<expression>` is the id of `r` (to resolve it in the caller). */
export function output(b: ModuleBuild, expression: string, r: ModuleResource): void {
  b.outputs.set(`module.${b.module}.${expression}`, `${r.type}.${r.name}.id`);
}

/** The output expressions of one element of a map output: `x["key"].id`, and `x.key.id` for a key that is a name. */
export function keyed(outputName: string, key: string | number): string[] {
  const k = String(key);
  return [`${outputName}[${JSON.stringify(k)}].id`, ...(/^[A-Za-z_][\w-]*$/.test(k) ? [`${outputName}.${k}.id`] : [])];
}

/** `${type.name.id}`: a reference the evaluator resolves to that resource. */
export const idOf = (r: ModuleResource): string => `\${${r.type}.${r.name}.id}`;

/** True when the raw value is written (not absent, not null). */
export const given = (v: unknown): boolean => v !== undefined && v !== null;

/** The value, or the module's default when the input does not set it. */
export function or(v: unknown, fallback: unknown): unknown {
  return given(v) ? v : fallback;
}

/** A raw object (a block or an object literal), else an empty one. */
export function asObject(v: unknown): Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : {};
}

/** hcl2json gives a module block as a one-element list. */
export function blockBody(v: unknown): Json {
  return asObject(Array.isArray(v) ? v[0] : v);
}

/**
 * The elements of a map or list input written out in the file, keyed and ordered as Terraform's for_each takes them
 * (map keys in lexical order, list indexes); undefined when the input is an expression (`var.rules`), whose elements the import cannot see here.
 */
export function entries(v: unknown): [string | number, Json][] | undefined {
  if (!given(v)) return [];
  if (Array.isArray(v)) return v.map((x, i) => [i, asObject(x)]);
  // for_each over a map goes in lexical key order (Terraform's `keys()` order), whatever the file's order.
  if (typeof v === 'object')
    return Object.entries(v as Json)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, x]) => [k, asObject(x)]);
  return undefined;
}

/** A raw text with `prefix` in front: `frontend-` + `${var.name}` is the template `frontend-${var.name}`. */
export function prefixed(prefix: string, raw: unknown): unknown {
  if (typeof raw === 'string') return `${prefix}${raw}`;
  if (typeof raw === 'number' || typeof raw === 'boolean') return `${prefix}${String(raw)}`;
  return `${prefix}<unknown>`;
}

/** True when the raw value is the literal `true` (or `"true"`); a template is not known here. */
export function literallyTrue(v: unknown): boolean {
  return v === true || (typeof v === 'string' && !isTemplate(v) && v.trim().toLowerCase() === 'true');
}

/** The literal text of a raw value, when it is one (not a template). */
export function literalText(v: unknown): string | undefined {
  if (typeof v === 'string' && !isTemplate(v)) return v;
  if (typeof v === 'number') return String(v);
  return undefined;
}
