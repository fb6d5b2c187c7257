// Placeholder markers through edits (docs/topology-format.md, "Placeholders"): a field the user changes is no longer
// a placeholder, so its marker goes; every other marker stays with the element (renames included); deleting the
// element drops them with it.
import { valueAt } from '../placeholders/markers';
import type { Placeholder, LbTopology } from '../topology/schema';
import { COLLECTION, type NodeKind } from './ids';

type Holder = { placeholders?: Placeholder[] };

/**
 * `after` with only the markers of `before` whose field holds the same value in both (no key when none is left).
 * @example settlePlaceholders({ ip: '198.51.100.10', placeholders: [ipMarker] }, { ip: '10.0.0.4', placeholders: [ipMarker] }) // { ip: '10.0.0.4' }
 */
export function settlePlaceholders<E extends object>(before: E, after: E): E {
  const markers = (before as Holder).placeholders;
  if (!markers?.length) return after;
  const kept = markers.filter((p) => valueAt(before, p.field) !== undefined && valueAt(before, p.field) === valueAt(after, p.field));
  if (kept.length === markers.length && (after as Holder).placeholders === markers) return after;
  const { placeholders: _dropped, ...rest } = after as E & Holder;
  return (kept.length > 0 ? { ...rest, placeholders: kept } : rest) as E;
}

/**
 * Takes the value of one marked field as real without changing it: the marker goes (the user checked the value).
 * @example acceptPlaceholder(t, 'probe', 'p1', 'port') // the probe's port 0 is no longer a placeholder
 */
export function acceptPlaceholder(t: LbTopology, kind: NodeKind | 'probe', name: string, field: string): LbTopology {
  const key = kind === 'probe' ? 'probes' : COLLECTION[kind];
  const list = t[key] as (Holder & { name: string })[] | undefined;
  if (!list) return t;
  const next = list.map((e) => {
    if (e.name !== name || !e.placeholders?.some((p) => p.field === field)) return e;
    const kept = e.placeholders.filter((p) => p.field !== field);
    const { placeholders: _dropped, ...rest } = e;
    return kept.length > 0 ? { ...rest, placeholders: kept } : rest;
  });
  return { ...t, [key]: next } as LbTopology;
}
