// The placeholder markers of a topology, flattened: what validation, the guest OS scripts, the exports and the canvas
// read (docs/topology-format.md, "Placeholders").
import { text, type Text } from '../i18n/text';
import type { Placeholder, LbTopology } from '../topology/schema';

/** The kinds of element that can hold placeholder markers. */
export type MarkedKind = 'frontend' | 'backendPool' | 'probe' | 'rule' | 'natRule' | 'vm';

/** One marked value: the element, its marker and the value the plan holds for now. */
export interface MarkedValue {
  kind: MarkedKind;
  name: string;
  placeholder: Placeholder;
  /** The current value at `placeholder.field` (undefined when the field is gone, e.g. a removed secondary address). */
  value: string | number | boolean | undefined;
}

type Holder = { name: string; placeholders?: readonly Placeholder[] };

const COLLECTIONS: readonly [MarkedKind, (t: LbTopology) => readonly Holder[] | undefined][] = [
  ['frontend', (t) => t.frontends],
  ['backendPool', (t) => t.backendPools],
  ['probe', (t) => t.probes],
  ['rule', (t) => t.rules],
  ['natRule', (t) => t.inboundNatRules],
  ['vm', (t) => t.vms],
];

/**
 * The value at a marker's field path inside an element (`ip`, `nic.ip`, `nic.secondaryIps.1`).
 * @example valueAt({ nic: { ip: '192.0.2.10' } }, 'nic.ip') // '192.0.2.10'
 */
export function valueAt(element: object, field: string): string | number | boolean | undefined {
  let v: unknown = element;
  for (const part of field.split('.')) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, part)) return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : undefined;
}

/**
 * Every marker of a topology whose field still exists, in collection order.
 * @example placeholdersOf(sqlImported).map((m) => `${m.kind} ${m.name} ${m.placeholder.field}`) // ['frontend <sqlLBFE> name', …]
 */
export function placeholdersOf(t: LbTopology): MarkedValue[] {
  const out: MarkedValue[] = [];
  for (const [kind, list] of COLLECTIONS) {
    for (const e of list(t) ?? []) {
      for (const placeholder of e.placeholders ?? []) {
        const value = valueAt(e, placeholder.field);
        if (value !== undefined) out.push({ kind, name: e.name, placeholder, value });
      }
    }
  }
  return out;
}

/** The markers of one element whose field still exists. */
export function placeholdersOfElement(e: { placeholders?: readonly Placeholder[] }): Placeholder[] {
  return (e.placeholders ?? []).filter((p) => valueAt(e, p.field) !== undefined);
}

/** `the frontend "fe"` as a catalog text. */
export function elementText(kind: MarkedKind, name: string): Text {
  return text(`placeholder.element.${kind}`, { name });
}

/** The validation words of one marked value: what, why, where from, and the fix. */
export function placeholderText(m: MarkedValue): Text {
  const { field, reason, source } = m.placeholder;
  return text('placeholder.value', {
    field,
    element: elementText(m.kind, m.name),
    reason: text(`placeholder.reason.${reason}`),
    source: source || '?',
    value: String(m.value),
    fix: text(`placeholder.fix.${reason}`),
  });
}
