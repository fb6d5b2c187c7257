import type { Edge, Node } from '@xyflow/react';
import type { Diagnostic, ElementRef } from '../../core/diagnostics/diagnostic';
import { wiresOf } from '../../core/edit/graph';
import { elementsOf, NODE_KINDS, nodeId, positionOf, type NodeKind } from '../../core/edit/ids';
import type { BackendPool, Frontend, InboundNatRule, Rule, Topology, Vm } from '../../core/topology/schema';
import type { Locale } from '../../core/i18n/locale';
import { nodeLabel, wireLabel } from './labels';
import { dagreIfLoaded, type Dagre } from './dagre';
import { arrange, type Size, type XY } from './layout';
import { placeholderLook } from './placeholderLook';
import { edgeStatus, indexDiagnostics, nodeStatus, statusKey, type EdgeStatus, type NodeStatus } from './status';

type ElementOf = { frontend: Frontend; rule: Rule; natRule: InboundNatRule; backendPool: BackendPool; vm: Vm };

/** What a custom node renders: its element and what the diagnostics say about it. */
export type CanvasNodeData = { [K in NodeKind]: { kind: K; element: ElementOf[K]; status: NodeStatus } }[NodeKind];
export type CanvasNode = Node<CanvasNodeData, NodeKind>;
export type CanvasEdge = Edge<{ status: EdgeStatus }>;

/** Everything the canvas shows, from the stores. */
export interface FlowInput {
  topology: Topology;
  diagnostics: readonly Diagnostic[];
  selection: readonly ElementRef[];
  dragPositions: Readonly<Record<string, XY>>;
  /** Sizes the browser measured; React Flow needs them back on controlled nodes. */
  measured: ReadonlyMap<string, Size>;
  selectedEdges: ReadonlySet<string>;
  /** Wire ids to highlight (the Trace tab's current hop); optional so existing callers need not pass it. */
  highlightedWires?: readonly string[];
}

export interface FlowOutput {
  nodes: CanvasNode[];
  edges: CanvasEdge[];
}

interface NodeEntry {
  node: CanvasNode;
  x: number;
  y: number;
  selected: boolean;
  size: Size | undefined;
}
interface DataEntry {
  element: object;
  key: string;
  data: CanvasNodeData;
}

/**
 * A stateful mapper from the stores to React Flow nodes and edges. It hands back the very same node,
 * data and edge objects when nothing about them changed, so memoised nodes skip rendering and
 * React Flow skips re-adopting them: during a drag only the dragged node is new. Labels and tooltips are in
 * `locale`; a new language takes a new mapper. Nodes without a stored position are ordered by `dagre` (loaded on
 * demand); a mapper made before it arrived keeps each column in the topology's order, so dagre's arrival takes a new one.
 */
export function createFlowMapper(locale: Locale = 'en', dagre: Dagre | undefined = dagreIfLoaded()): (input: FlowInput) => FlowOutput {
  const data = new Map<string, DataEntry>();
  const nodes = new Map<string, NodeEntry>();
  const edgeCache = new Map<string, CanvasEdge>();
  let auto = new Map<string, XY>();
  let lastEdges:
    | {
        topology: Topology;
        diagnostics: readonly Diagnostic[];
        selected: ReadonlySet<string>;
        highlighted: readonly string[];
        edges: CanvasEdge[];
      }
    | undefined;
  let lastNodes: CanvasNode[] | undefined;
  let lastIndex: { diagnostics: readonly Diagnostic[]; index: ReturnType<typeof indexDiagnostics> } | undefined;

  const indexOf = (diagnostics: readonly Diagnostic[]) => {
    if (lastIndex?.diagnostics !== diagnostics) lastIndex = { diagnostics, index: indexDiagnostics(diagnostics) };
    return lastIndex.index;
  };

  return (input) => {
    const { topology: t } = input;
    const index = indexOf(input.diagnostics);
    const selected = new Set(input.selection.map((r) => `${r.kind}:${r.name}`));
    auto = autoPositions(t, auto, input.measured, dagre);
    const out: CanvasNode[] = [];
    const alive = new Set<string>();
    for (const kind of NODE_KINDS) {
      for (const element of elementsOf(t, kind) as readonly ElementOf[NodeKind][]) {
        const id = nodeId(kind, element.name);
        alive.add(id);
        const look = placeholderLook(element, locale);
        const status = look ? { ...nodeStatus(index, id, locale), placeholder: look } : nodeStatus(index, id, locale);
        const key = statusKey(status);
        let d = data.get(id);
        if (!d || d.element !== element || d.key !== key) {
          d = { element, key, data: { kind, element, status } as CanvasNodeData };
          data.set(id, d);
        }
        const pos = input.dragPositions[id] ?? positionOf(t.layout, kind, element.name) ?? auto.get(id) ?? { x: 0, y: 0 };
        const isSelected = selected.has(id);
        const size = input.measured.get(id);
        const prev = nodes.get(id);
        if (
          prev &&
          prev.node.data === d.data &&
          prev.x === pos.x &&
          prev.y === pos.y &&
          prev.selected === isSelected &&
          prev.size === size
        ) {
          out.push(prev.node);
          continue;
        }
        const node: CanvasNode = {
          id,
          type: kind,
          position: { x: pos.x, y: pos.y },
          data: d.data,
          selected: isSelected,
          ariaLabel: look ? `${nodeLabel(d.data, locale)}; ${look.label}` : nodeLabel(d.data, locale),
        };
        if (size) node.measured = { width: size.width, height: size.height };
        nodes.set(id, { node, x: pos.x, y: pos.y, selected: isSelected, size });
        out.push(node);
      }
    }
    for (const id of nodes.keys()) {
      if (alive.has(id)) continue;
      nodes.delete(id);
      data.delete(id);
    }

    const highlighted = input.highlightedWires ?? NO_WIRES;
    if (
      !lastEdges ||
      lastEdges.topology !== t ||
      lastEdges.diagnostics !== input.diagnostics ||
      lastEdges.selected !== input.selectedEdges ||
      lastEdges.highlighted !== highlighted
    ) {
      const edges = sameOrNew(lastEdges?.edges, edgesOf(t, index, input.selectedEdges, new Set(highlighted), edgeCache, locale));
      lastEdges = { topology: t, diagnostics: input.diagnostics, selected: input.selectedEdges, highlighted, edges };
    }
    lastNodes = sameOrNew(lastNodes, out);
    return { nodes: lastNodes, edges: lastEdges.edges };
  };
}

/**
 * The previous array when it holds the very same objects: React Flow rebuilds its lookups (every edge's connections,
 * every node's internals) whenever it gets a new array, even of unchanged objects, and an edit that changes no wire's
 * status (most of them) would pay that for all ~1,200 edges.
 */
function sameOrNew<T>(previous: T[] | undefined, next: T[]): T[] {
  return previous && previous.length === next.length && previous.every((x, i) => x === next[i]) ? previous : next;
}

const NO_WIRES: readonly string[] = [];
const HIGHLIGHT_CLASS = 'fp-edge--traced';

function edgesOf(
  t: Topology,
  index: ReturnType<typeof indexDiagnostics>,
  selected: ReadonlySet<string>,
  highlighted: ReadonlySet<string>,
  cache: Map<string, CanvasEdge>,
  locale: Locale,
): CanvasEdge[] {
  const edges = wiresOf(t).map((w) => {
    const status = edgeStatus(index, w);
    const isSelected = selected.has(w.id);
    const isHighlighted = highlighted.has(w.id);
    const prev = cache.get(w.id);
    const wasHighlighted = !!prev?.className?.includes(HIGHLIGHT_CLASS);
    if (prev && prev.data?.status === status && !!prev.selected === isSelected && wasHighlighted === isHighlighted) return prev;
    const edge: CanvasEdge = {
      id: w.id,
      source: w.source,
      target: w.target,
      data: { status },
      selected: isSelected,
      className: `fp-edge fp-edge--${status}${isHighlighted ? ` ${HIGHLIGHT_CLASS}` : ''}`,
      ariaLabel: wireLabel(w.source, w.target, status, locale),
    };
    cache.set(w.id, edge);
    return edge;
  });
  const ids = new Set(edges.map((e) => e.id));
  for (const id of cache.keys()) if (!ids.has(id)) cache.delete(id);
  return edges;
}

/**
 * Automatic positions for nodes the layout does not place. They stick once given, so dragging one
 * node (which stores its position) does not reshuffle the others; dagre runs again only when an
 * unplaced node appears that has no automatic position yet.
 */
function autoPositions(
  t: Topology,
  previous: Map<string, XY>,
  measured: ReadonlyMap<string, Size>,
  dagre: Dagre | undefined,
): Map<string, XY> {
  const missing: string[] = [];
  for (const kind of NODE_KINDS) {
    for (const e of elementsOf(t, kind)) {
      if (!positionOf(t.layout, kind, e.name)) missing.push(nodeId(kind, e.name));
    }
  }
  if (missing.every((id) => previous.has(id)))
    return previous.size === missing.length ? previous : new Map(missing.map((id) => [id, previous.get(id)!]));
  const laid = arrange(t, (id) => measured.get(id), dagre);
  return new Map(missing.map((id) => [id, laid[id]!]));
}
