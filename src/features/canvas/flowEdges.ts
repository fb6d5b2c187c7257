import { wiresOf, type Wire } from '../../core/edit/graph';
import { targetVm } from '../../core/edit/natUpkeep';
import type { Locale } from '../../core/i18n/locale';
import type { HighlightTone } from '../../store/uiStore';
import type { LbTopology } from '../../core/topology/schema';
import { wireLabel } from './labels';
import { edgeStatus, type DiagnosticIndex, type EdgeStatus } from './status';
import type { CanvasEdge } from './toFlow';

const HIGHLIGHT_CLASS = 'fp-edge--traced';
const FAILING_CLASS = 'fp-edge--failing';

interface EdgeEntry {
  edge: CanvasEdge;
  /** The diagnostic index the status was read from. */
  index: DiagnosticIndex;
  highlighted: boolean;
  /** The tone the highlight was drawn in (only meaningful while highlighted). */
  tone: HighlightTone;
}

/** The collections wires are derived from: while none of them is a new array, the wires are the same. */
type WireSources = Pick<LbTopology, 'frontends' | 'rules' | 'backendPools' | 'vms' | 'inboundNatRules'>;

const sameSources = (a: WireSources, b: WireSources) =>
  a.frontends === b.frontends &&
  sameEnds(a.rules, b.rules, (x, y) => x.frontend === y.frontend && x.backendPool === y.backendPool) &&
  a.backendPools === b.backendPools &&
  a.vms === b.vms &&
  sameEnds(a.inboundNatRules ?? [], b.inboundNatRules ?? [], (x, y) => x.frontend === y.frontend && targetName(x) === targetName(y));

const targetName = (nat: NonNullable<LbTopology['inboundNatRules']>[number]) =>
  nat.target === undefined ? undefined : targetVm(nat.target);

/**
 * Whether two rule lists make the same wires: the same names in the same order, each wired to the same elements. An
 * edit of a rule's ports or floating IP then keeps the wires (asking the core again cost ~2.5 ms at 1,000 elements).
 */
function sameEnds<T extends { name: string }>(a: readonly T[], b: readonly T[], sameWires: (x: T, y: T) => boolean): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y && (x.name !== y.name || !sameWires(x, y))) return false;
  }
  return true;
}

/**
 * A stateful mapper from the topology's wires to React Flow edges, the edge half of createFlowMapper. The wires are
 * asked of the core only when a collection they come from is a new array; each edge object is kept while its wire's
 * ends, status, selection and highlight are unchanged, and the previous array is handed back when no edge changed
 * (React Flow rebuilds the connection lookup of every edge whenever it gets a new array).
 */
export function createEdgeMapper(
  locale: Locale,
): (
  t: LbTopology,
  index: DiagnosticIndex,
  selected: ReadonlySet<string>,
  highlighted: readonly string[],
  tone?: HighlightTone,
) => CanvasEdge[] {
  const cache = new Map<string, EdgeEntry>();
  let wires: { sources: WireSources; wires: Wire[] } | undefined;
  let last:
    | {
        wires: Wire[];
        index: DiagnosticIndex;
        selected: ReadonlySet<string>;
        highlighted: readonly string[];
        tone: HighlightTone;
        edges: CanvasEdge[];
      }
    | undefined;

  return (t, index, selected, highlighted, tone = 'normal') => {
    if (!wires || !sameSources(wires.sources, t)) wires = { sources: t, wires: wiresOf(t) };
    const w = wires.wires;
    if (
      last &&
      last.wires === w &&
      last.index === index &&
      last.selected === selected &&
      last.highlighted === highlighted &&
      last.tone === tone
    )
      return last.edges;
    const lit = new Set(highlighted);
    const edges = w.map((wire) => {
      const isSelected = selected.has(wire.id);
      const isHighlighted = lit.has(wire.id);
      const prev = cache.get(wire.id);
      if (
        prev &&
        prev.edge.source === wire.source &&
        prev.edge.target === wire.target &&
        !!prev.edge.selected === isSelected &&
        prev.highlighted === isHighlighted &&
        (!isHighlighted || prev.tone === tone)
      ) {
        if (prev.index === index) return prev.edge;
        const status = edgeStatus(index, wire);
        if (prev.edge.data?.status === status) {
          prev.index = index;
          return prev.edge;
        }
      }
      const edge = makeEdge(wire, edgeStatus(index, wire), isSelected, isHighlighted && tone, locale);
      cache.set(wire.id, { edge, index, highlighted: isHighlighted, tone });
      return edge;
    });
    if (cache.size !== edges.length) {
      const ids = new Set(w.map((x) => x.id));
      for (const id of cache.keys()) if (!ids.has(id)) cache.delete(id);
    }
    last = { wires: w, index, selected, highlighted, tone, edges: sameOrNew(last?.edges, edges) };
    return last.edges;
  };
}

function makeEdge(wire: Wire, status: EdgeStatus, selected: boolean, highlighted: false | HighlightTone, locale: Locale): CanvasEdge {
  return {
    id: wire.id,
    source: wire.source,
    target: wire.target,
    data: { status },
    selected,
    className: `fp-edge fp-edge--${status}${highlighted ? ` ${HIGHLIGHT_CLASS}` : ''}${highlighted === 'failing' ? ` ${FAILING_CLASS}` : ''}`,
    ariaLabel: wireLabel(wire.source, wire.target, status, locale),
  };
}

/**
 * The previous array when it holds the very same objects: React Flow rebuilds its lookups (every edge's connections,
 * every node's internals) whenever it gets a new array, even of unchanged objects.
 */
export function sameOrNew<T>(previous: T[] | undefined, next: T[]): T[] {
  return previous && previous.length === next.length && previous.every((x, i) => x === next[i]) ? previous : next;
}
