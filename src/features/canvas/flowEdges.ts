import type { Locale } from '../../core/i18n/locale';
import type { HighlightTone } from '../../store/uiStore';
import type { Topology } from '../../core/topology/schema';
import { canvasId, parseCanvasId } from './canvasIds';
import { createWireReader, type CanvasWire } from './canvasWires';
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

/**
 * A stateful mapper from the topology's wires to React Flow edges, the edge half of createFlowMapper. The wires are
 * asked of the core only when a collection they come from is a new array (canvasWires.ts); each edge object is kept while its wire's
 * ends, status, selection and highlight are unchanged, and the previous array is handed back when no edge changed
 * (React Flow rebuilds the connection lookup of every edge whenever it gets a new array).
 */
export function createEdgeMapper(
  locale: Locale,
): (
  t: Topology,
  index: DiagnosticIndex,
  selected: ReadonlySet<string>,
  highlighted: readonly string[],
  tone?: HighlightTone,
  focusedLb?: string,
) => CanvasEdge[] {
  const cache = new Map<string, EdgeEntry>();
  const read = createWireReader();
  let lit: { highlighted: readonly string[]; focusedLb: string | undefined; ids: ReadonlySet<string> } | undefined;
  let last:
    | {
        wires: CanvasWire[];
        index: DiagnosticIndex;
        selected: ReadonlySet<string>;
        highlighted: ReadonlySet<string>;
        tone: HighlightTone;
        edges: CanvasEdge[];
      }
    | undefined;

  return (t, index, selected, highlighted, tone = 'normal', focusedLb = t.loadBalancers[0]?.name) => {
    const w = read(t);
    if (lit?.highlighted !== highlighted || lit.focusedLb !== focusedLb)
      lit = { highlighted, focusedLb, ids: new Set(highlighted.map((id) => scopeWireId(id, focusedLb))) };
    if (
      last &&
      last.wires === w &&
      last.index === index &&
      last.selected === selected &&
      last.highlighted === lit.ids &&
      last.tone === tone
    )
      return last.edges;
    const litIds = lit.ids;
    const edges = w.map((wire) => {
      const isSelected = selected.has(wire.id);
      const isHighlighted = litIds.has(wire.id);
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
    last = { wires: w, index, selected, highlighted: litIds, tone, edges: sameOrNew(last?.edges, edges) };
    return last.edges;
  };
}

/**
 * A wire id on the canvas: the trace and the lesson name wires of one load balancer's view (`frontend:FIP1->rule:r`),
 * whose ends are read as `lb`'s elements; ids that name their load balancer stay as they are.
 * @example scopeWireId('frontend:FIP1->rule:r', 'ilb') // 'ilb/frontend:FIP1->ilb/rule:r'
 */
export function scopeWireId(id: string, lb: string | undefined): string {
  const at = id.indexOf('->');
  if (at < 0) return id;
  const end = (e: string) => {
    const r = parseCanvasId(e);
    return r ? canvasId(r.loadBalancer ?? lb, r.kind, r.name) : e;
  };
  return `${end(id.slice(0, at))}->${end(id.slice(at + 2))}`;
}

function makeEdge(wire: CanvasWire, status: EdgeStatus, selected: boolean, highlighted: false | HighlightTone, locale: Locale): CanvasEdge {
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
