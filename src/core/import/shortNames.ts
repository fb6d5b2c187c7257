// Placeholder names stay short and readable: a name the importer built from an expression it could not evaluate
// (a Terraform `format(…)` over several lines, say) is replaced by `<kind-n>`; the full expression stays in the
// marker's `source` and in the import diagnostic.
import { isText, type Text, type TextParam } from '../i18n/text';
import type { PoolMember, LbTopology } from '../topology/schema';

/** Longest placeholder name kept as the importer made it. */
export const MAX_PLACEHOLDER_NAME = 40;

type Named = { name: string; placeholders?: readonly { field: string }[] };

const KINDS = [
  ['frontends', 'frontend'],
  ['backendPools', 'pool'],
  ['probes', 'probe'],
  ['rules', 'rule'],
  ['inboundNatRules', 'nat-rule'],
  ['vms', 'vm'],
] as const;

/**
 * `t` with every marked placeholder name longer than MAX_PLACEHOLDER_NAME (or holding a control character) renamed
 * `<kind-n>`, and every reference to it following. Changes `t` in place (the import's own copy); each rename is
 * recorded in `renames` (old name → new), for the diagnostics to say the name the element really has.
 * @example shortenPlaceholderNames(t).rules[1].name // '<rule-2>' instead of a 200-character expression
 */
export function shortenPlaceholderNames(t: LbTopology, renames = new Map<string, string>()): LbTopology {
  for (const [key, word] of KINDS) {
    const list = (t[key] ?? []) as Named[];
    const taken = new Set(list.map((e) => e.name));
    list.forEach((e, i) => {
      if (!isUnreadable(e.name) || !e.placeholders?.some((p) => p.field === 'name')) return;
      let short = `<${word}-${i + 1}>`;
      for (let n = 2; taken.has(short); n++) short = `<${word}-${i + 1}-${n}>`;
      taken.add(short);
      follow(t, key, e.name, short);
      renames.set(e.name, short);
      e.name = short;
    });
  }
  shortenReferences(t, renames);
  return t;
}

/** The reference fields of rules and NAT rules, with the word of the kind they name. */
const REFERENCES = [
  ['frontend', 'frontend'],
  ['backendPool', 'pool'],
  ['probe', 'probe'],
] as const;

/**
 * A marked reference that names no element (a Terraform `format(…)` the import could not evaluate) and is unreadable
 * becomes `<frontend-ref-n>`: the same expression gets the same short text, the marker keeps the expression.
 */
function shortenReferences(t: LbTopology, renames: Map<string, string>): void {
  const count = new Map<string, number>();
  const holders: { placeholders?: readonly { field: string }[] }[] = [...t.rules, ...(t.inboundNatRules ?? [])];
  for (const h of holders) {
    const e = h as Record<string, unknown> & { placeholders?: readonly { field: string }[] };
    for (const [field, word] of REFERENCES) {
      const v = e[field];
      if (typeof v !== 'string' || !isUnreadable(v) || !e.placeholders?.some((p) => p.field === field)) continue;
      if (!renames.has(v)) {
        const n = (count.get(word) ?? 0) + 1;
        count.set(word, n);
        renames.set(v, `<${word}-ref-${n}>`);
      }
      e[field] = renames.get(v);
    }
  }
}

// eslint-disable-next-line no-control-regex -- a control character (a newline) is what makes a name unreadable
const isUnreadable = (name: string) => name.length > MAX_PLACEHOLDER_NAME || /[\u0000-\u001f\u007f]/.test(name);

function follow(t: LbTopology, key: (typeof KINDS)[number][0], from: string, to: string): void {
  const target = (m: PoolMember): PoolMember => (m === from ? to : typeof m === 'object' && m.vm === from ? { ...m, vm: to } : m);
  for (const r of t.rules) {
    if (key === 'frontends' && r.frontend === from) r.frontend = to;
    if (key === 'backendPools' && r.backendPool === from) r.backendPool = to;
    if (key === 'probes' && r.probe === from) r.probe = to;
  }
  for (const n of t.inboundNatRules ?? []) {
    if (key === 'frontends' && n.frontend === from) n.frontend = to;
    if (key === 'vms' && n.target !== undefined) n.target = target(n.target);
  }
  if (key === 'vms') for (const p of t.backendPools) p.members = p.members.map(target);
}

/**
 * The texts with every parameter that is a renamed placeholder name (`"<random_pet.x.id>0"`) replaced by the name the
 * element got (`"<vm-1>"`), so "it is imported as …" names what the plan shows. Other parameters (the expression) stay.
 * @example renamedInTexts([{ text: itext('tf.nameUnresolved', { name: long, … }) }], new Map([[long, '<vm-1>']]))[0].text.params.name // '<vm-1>'
 */
export function renamedInTexts<D extends { text: Text }>(list: readonly D[], renames: ReadonlyMap<string, string>): D[] {
  if (renames.size === 0) return [...list];
  const param = (p: TextParam, depth: number): TextParam => {
    if (typeof p === 'string') return renames.get(p) ?? p;
    if (isText(p) && depth < 8) return renamed(p, depth + 1);
    return p;
  };
  const renamed = (t: Text, depth: number): Text =>
    t.params ? { ...t, params: Object.fromEntries(Object.entries(t.params).map(([k, v]) => [k, param(v, depth)])) } : t;
  return list.map((d) => ({ ...d, text: renamed(d.text, 0) }));
}
