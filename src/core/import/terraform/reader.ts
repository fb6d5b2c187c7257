// Typed access to one resource (or nested block) of the file, with a diagnostic at its HCL address
// whenever a value is unresolved or malformed and a placeholder is used instead.
import { english, itext, nounText, type ImportKind, type ImportParam, type ImportText } from '../text';
import { entries } from './collections';
import { contextOf, type EvalContext, type Evaluator, type Instance } from './evaluate';
import type { Findings } from './findings';
import { ResourceRef, Unknown, type TfValue } from './values';

// The attributes whose stand-in value is marked on the element (markPlaceholders.ts, FIELD_NAMES): the word
// `arm.fieldOf` takes for each, so a Terraform value is marked as an ARM one is.
const MARKED_FIELDS: Readonly<Record<string, ImportParam>> = {
  port: itext('field.port'),
  frontend_port: 'frontendPort',
  backend_port: 'backendPort',
  probe_threshold: 'probeThreshold',
  number_of_probes: 'numberOfProbes',
  interval_in_seconds: itext('field.interval'),
  idle_timeout_in_minutes: itext('field.idleTimeout'),
  floating_ip_enabled: itext('field.floatingIp'),
  enable_floating_ip: itext('field.floatingIp'),
  tcp_reset_enabled: itext('field.tcpReset'),
  enable_tcp_reset: itext('field.tcpReset'),
  disable_outbound_snat: itext('field.disableOutboundSnat'),
  frontend_ip_configuration_name: 'frontend',
  backend_address_pool_ids: 'backendPool',
  backend_address_pool_id: 'backendPool',
  probe_id: 'probe',
};

/** Reads attributes of one resource instance or one of its nested blocks. */
export class Reader {
  /** The element this resource becomes (`the probe "p"`), once its name is read: a stand-in value is then marked on it. */
  owner?: ImportText;
  /** True for the one block of a `dynamic` block whose for_each is unknown: there may be any number of them. */
  unexpanded = false;

  constructor(
    private readonly evaluator: Evaluator,
    readonly findings: Findings,
    readonly instance: Instance,
    private readonly body: Record<string, unknown> = instance.body,
    /** HCL address of this block, e.g. `azurerm_lb.sql.frontend_ip_configuration[0]`. */
    readonly address: string = instance.address,
    /** count.index, each and the iterators of the dynamic blocks this block is in. */
    readonly context: EvalContext = contextOf(instance),
  ) {}

  /** `azurerm_lb_rule.sql.frontend_port` */
  path(attr: string): string {
    return `${this.address}.${attr}`;
  }

  has(attr: string): boolean {
    return this.body[attr] !== undefined && this.body[attr] !== null;
  }

  value(attr: string): TfValue {
    // Where the work is charged, should the budget run out in this attribute.
    this.evaluator.budget.site = this.path(attr);
    return this.evaluator.value(this.body[attr], this.context);
  }

  /** The nested blocks named `attr` (e.g. every `frontend_ip_configuration`): written ones, then those of `dynamic` blocks. */
  blocks(attr: string): Reader[] {
    const raw = this.body[attr];
    const list = Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw];
    const out = list.map(
      (b, i) => new Reader(this.evaluator, this.findings, this.instance, asBody(b), `${this.address}.${attr}[${i}]`, this.context),
    );
    for (const [n, d] of dynamicBlocks(this.body, attr).entries()) {
      const at = `${this.address}.dynamic.${attr}[${n}]`;
      const iterator = iteratorName(d.iterator) ?? attr;
      this.evaluator.budget.site = `${at}.for_each`;
      const v = this.evaluator.value(d.for_each, this.context);
      const pairs = v instanceof Unknown ? undefined : entries(v);
      const content = asBody(Array.isArray(d.content) ? d.content[0] : d.content);
      const block = (iteration: TfValue) =>
        new Reader(this.evaluator, this.findings, this.instance, content, `${this.address}.${attr}[${out.length}]`, {
          ...this.context,
          vars: new Map([...(this.context.vars ?? []), [iterator, iteration]]),
        });
      if (pairs) {
        for (const p of pairs) out.push(block({ key: p.key, value: p.value }));
        continue;
      }
      // Unknown: one block, its iterator's values placeholders, so what the block holds is still imported and said.
      const why = v instanceof Unknown ? explainText(v) : itext('tf.reason.notCollection', { value: show(v) });
      // Said once, however many readers (load balancer, gateway) go through the same blocks.
      if (!this.findings.list.some((d) => d.path === `${at}.for_each`))
        this.findings.warn('ImportUnresolved', itext('tf.dynamicUnresolved', { path: at, block: attr, why }), `${at}.for_each`);
      const unknown = (part: string) => new Unknown(`${iterator}.${part}`, itext('tf.reason.dynamicUnknown', { block: attr }));
      const one = block({ key: unknown('key'), value: unknown('value') });
      one.unexpanded = true;
      out.push(one);
    }
    return out;
  }

  /** A text value; numbers and booleans as text; an Unknown or reference is returned for the caller to place. */
  text(attr: string): { text?: string; unknown?: Unknown; ref?: ResourceRef } {
    const v = this.value(attr);
    if (typeof v === 'string') return { text: v };
    if (typeof v === 'number' || typeof v === 'boolean') return { text: String(v) };
    if (v instanceof Unknown) return { unknown: v };
    if (v instanceof ResourceRef) return { ref: v };
    if (v !== null)
      this.findings.warn('ImportInvalid', itext('tf.notText', { path: this.path(attr), value: JSON.stringify(v) }), this.path(attr));
    return {};
  }

  /** A name: the text, or a visible placeholder (`<var.prefix>-lb`, `<rule-2>`) with a warning. */
  name(kind: ImportKind, fallback: string): string {
    const t = this.text('name');
    if (t.text !== undefined && t.text !== '') return t.text; // a blank name (" ") is a name the planner accepts
    if (t.unknown) {
      const name = t.unknown.display.trim() !== '' ? t.unknown.display : fallback;
      this.findings.warn(
        'ImportUnresolved',
        itext('tf.nameUnresolved', { kind: nounText(kind), address: this.address, hint: explainText(t.unknown), name }),
        this.path('name'),
      );
      return name;
    }
    this.findings.warn(
      'ImportDefaultUsed',
      itext('tf.nameMissing', { kind: nounText(kind), address: this.address, name: fallback }),
      this.path('name'),
    );
    return fallback;
  }

  /** A whole number (`"5"` accepted); unresolved or malformed → `placeholder` with a warning; undefined when absent. */
  int(attr: string, placeholder: number): number | undefined {
    if (!this.has(attr)) return undefined;
    const v = this.value(attr);
    // null is Terraform's "not set" (`x = var.on ? 5 : null`).
    if (v === null) return undefined;
    if (typeof v === 'number' && Number.isInteger(v)) return v;
    if (typeof v === 'string' && /^\s*-?\d+\s*$/.test(v)) return Number(v);
    this.unusable(attr, v, 'int', { placeholder });
    return placeholder;
  }

  /** A boolean (`"true"` accepted); unresolved or malformed → `fallback` with a warning; undefined when absent. */
  bool(attr: string, fallback: boolean): boolean | undefined {
    if (!this.has(attr)) return undefined;
    const v = this.value(attr);
    if (v === null) return undefined;
    if (typeof v === 'boolean') return v;
    if (typeof v === 'string' && /^\s*(true|false)\s*$/i.test(v)) return v.trim().toLowerCase() === 'true';
    this.unusable(attr, v, 'bool', { fallback });
    return fallback;
  }

  /** Warns that `attr` holds `v`, unresolved or not a `kind`, and names the stand-in value it is imported as. */
  private unusable(attr: string, v: TfValue, kind: 'int' | 'bool', standIn: Readonly<Record<string, ImportParam>>): void {
    const path = this.path(attr);
    const what = this.what(attr);
    if (v instanceof Unknown)
      this.findings.warn('ImportUnresolved', itext(`tf.${kind}Unresolved`, { path, hint: explainText(v), ...standIn, ...what }), path);
    else this.findings.warn('ImportInvalid', itext(`tf.${kind}Invalid`, { path, value: showText(v), ...standIn, ...what }), path);
  }

  /**
   * `{ what: The port of the probe "p" }` when `attr` is a field of a known element, for markPlaceholders to mark the
   * stand-in on it (the text shows the HCL path; `what` is what the marker is put on), else nothing.
   */
  what(attr: string): { what?: ImportText } {
    const field = Object.hasOwn(MARKED_FIELDS, attr) ? MARKED_FIELDS[attr] : undefined;
    return this.owner && field !== undefined ? { what: itext('arm.fieldOf', { field, owner: this.owner }) } : {};
  }

  /** A reference to another resource of the file (`azurerm_lb_probe.p.id`), or the Unknown that stands in for it. */
  ref(attr: string): ResourceRef | Unknown | undefined {
    if (!this.has(attr)) return undefined;
    const v = this.value(attr);
    if (v === null) return undefined;
    if (v instanceof ResourceRef || v instanceof Unknown) return v;
    return new Unknown(show(v), itext('tf.reason.literalId'), typeof v === 'string' ? `<${v.split('/').pop() ?? v}>` : '<reference>');
  }

  /** Every element of a list of references (`backend_address_pool_ids = [a.id, b.id]`). */
  refs(attr: string): (ResourceRef | Unknown)[] {
    if (!this.has(attr)) return [];
    const v = this.value(attr);
    if (v === null) return [];
    // `[azurerm_network_interface.nic[*].id]` is a list in a list: Terraform would refuse it, the ids are still clear.
    const list = Array.isArray(v) ? (v.flat(8) as TfValue[]) : [v];
    return list.map((x) =>
      x instanceof ResourceRef || x instanceof Unknown
        ? x
        : new Unknown(show(x), itext('tf.reason.literalId'), typeof x === 'string' ? `<${x.split('/').pop() ?? x}>` : '<reference>'),
    );
  }
}

/** "var.x could not be evaluated (why).", as a catalog text. */
export function explainText(u: Unknown): ImportText {
  return itext('tf.explain', { expression: u.expression, reason: u.reasonText });
}

const asBody = (b: unknown): Record<string, unknown> =>
  typeof b === 'object' && b !== null && !Array.isArray(b) ? (b as Record<string, unknown>) : {};

/** The `dynamic "attr" { for_each … content { … } }` blocks of a body (hcl2json: `dynamic: { attr: [ … ] }`). */
function dynamicBlocks(body: Record<string, unknown>, attr: string): Record<string, unknown>[] {
  const byName = asBody(body.dynamic);
  const raw = Object.hasOwn(byName, attr) ? byName[attr] : undefined;
  return (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).map(asBody);
}

/** The name of `iterator = fe` (hcl2json writes it as `"${fe}"`), or undefined when not set or not a name. */
function iteratorName(raw: unknown): string | undefined {
  const m = typeof raw === 'string' ? /^(?:\$\{\s*)?([A-Za-z_][\w-]*)(?:\s*\})?$/.exec(raw) : null;
  return m?.[1];
}

function show(v: TfValue): string {
  return english(showText(v));
}

function showText(v: TfValue): ImportText | string {
  if (v instanceof ResourceRef) return itext('tf.referenceTo', { address: v.address });
  if (v instanceof Unknown) return v.expression;
  return JSON.stringify(v);
}
