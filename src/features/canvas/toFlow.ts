import type { Edge, Node } from '@xyflow/react';
import type { Diagnostic, ElementRef } from '../../core/diagnostics/diagnostic';
import { elementsOf, NODE_KINDS, nodeId, positionOf, type NodeKind } from '../../core/edit/ids';
import type { BackendPool, Frontend, InboundNatRule, Rule, LbTopology, Vm } from '../../core/topology/schema';
import type { Locale } from '../../core/i18n/locale';
import type { HighlightTone } from '../../store/uiStore';
import { createEdgeMapper, sameOrNew } from './flowEdges';
import { nodeLabel } from './labels';
import { dagreIfLoaded, type Dagre } from './dagre';
import { arrange, unplacedIds, type Size, type XY } from './layout';
import { placeholderLook, type PlaceholderLook } from './placeholderLook';
import { indexDiagnostics, nodeStatus, statusKey, type DiagnosticIndex, type EdgeStatus, type NodeStatus } from './status';

type ElementOf = { frontend: Frontend; rule: Rule; natRule: InboundNatRule; backendPool: BackendPool; vm: Vm };

/** What a custom node renders: its element and what the diagnostics say about it. */
export type CanvasNodeData = { [K in NodeKind]: { kind: K; element: ElementOf[K]; status: NodeStatus } }[NodeKind];
export type CanvasNode = Node<CanvasNodeData, NodeKind>;
export type CanvasEdge = Edge<{ status: EdgeStatus }>;

/** Everything the canvas shows, from the stores. */
export interface FlowInput {
  topology: LbTopology;
  diagnostics: readonly Diagnostic[];
  selection: readonly ElementRef[];
  dragPositions: Readonly<Record<string, XY>>;
  /** Sizes the browser measured; React Flow needs them back on controlled nodes. */
  measured: ReadonlyMap<string, Size>;
  selectedEdges: ReadonlySet<string>;
  /** Wire ids to highlight (the Trace tab's current hop); optional so existing callers need not pass it. */
  highlightedWires?: readonly string[];
  /** How the highlighted wires are drawn: 'failing' where a traced packet fails (what-if); default 'normal'. */
  highlightTone?: HighlightTone;
}

export interface FlowOutput {
  nodes: CanvasNode[];
  edges: CanvasEdge[];
}

interface NodeEntry {
  node: CanvasNode;
  /** The element and layout its stored position was read from. */
  element: object;
  layout: LbTopology['layout'];
  stored: XY | undefined;
  x: number;
  y: number;
  selected: boolean;
  size: Size | undefined;
}
interface DataEntry {
  element: object;
  /** The diagnostic index the status was read from: an unchanged index means an unchanged status. */
  index: DiagnosticIndex;
  key: string;
  data: CanvasNodeData;
}
/** What never changes for one element object: its node id and placeholder look (per mapper, so per language). */
interface ElementFacts {
  id: string;
  look: PlaceholderLook | undefined;
}

/**
 * A stateful mapper from the stores to React Flow nodes and edges. It hands back the very same node,
 * data and edge objects when nothing about them changed, so memoised nodes skip rendering and
 * React Flow skips re-adopting them: during a drag only the dragged node is new, after an edit only the edited
 * element's node and wires. Work is keyed by the element objects (which an edit replaces only for what it changes),
 * the layout object and the diagnostics, so an unchanged element costs a few comparisons. Labels and tooltips are in
 * `locale`; a new language takes a new mapper. Nodes without a stored position are ordered by `dagre` (loaded on
 * demand); a mapper made before it arrived keeps each column in the topology's order, so dagre's arrival takes a new one.
 */
export function createFlowMapper(locale: Locale = 'en', dagre: Dagre | undefined = dagreIfLoaded()): (input: FlowInput) => FlowOutput {
  const data = new Map<string, DataEntry>();
  const nodes = new Map<string, NodeEntry>();
  const facts = new WeakMap<object, ElementFacts>();
  const edges = createEdgeMapper(locale);
  let auto = new Map<string, XY>();
  let lastNodes: CanvasNode[] | undefined;
  let lastIndex: { diagnostics: readonly Diagnostic[]; index: DiagnosticIndex } | undefined;
  let lastSelection: { selection: readonly ElementRef[]; ids: ReadonlySet<string> } | undefined;

  const indexOf = (diagnostics: readonly Diagnostic[]) => {
    if (lastIndex?.diagnostics !== diagnostics) lastIndex = { diagnostics, index: indexDiagnostics(diagnostics) };
    return lastIndex.index;
  };
  const selectedOf = (selection: readonly ElementRef[]) => {
    if (lastSelection?.selection !== selection) lastSelection = { selection, ids: new Set(selection.map((r) => `${r.kind}:${r.name}`)) };
    return lastSelection.ids;
  };
  const factsOf = (kind: NodeKind, element: ElementOf[NodeKind]): ElementFacts => {
    let f = facts.get(element);
    if (!f) {
      f = { id: nodeId(kind, element.name), look: placeholderLook(element, locale) };
      facts.set(element, f);
    }
    return f;
  };

  return (input) => {
    const { topology: t } = input;
    const index = indexOf(input.diagnostics);
    const selected = selectedOf(input.selection);
    auto = autoPositions(t, auto, input.measured, dagre);
    const out: CanvasNode[] = [];
    const alive = new Set<string>();
    for (const kind of NODE_KINDS) {
      for (const element of elementsOf(t, kind) as readonly ElementOf[NodeKind][]) {
        const { id, look } = factsOf(kind, element);
        alive.add(id);
        let d = data.get(id);
        if (!d || d.element !== element || d.index !== index) {
          const status = look ? { ...nodeStatus(index, id, locale), placeholder: look } : nodeStatus(index, id, locale);
          const key = statusKey(status);
          if (!d || d.element !== element || d.key !== key) d = { element, index, key, data: { kind, element, status } as CanvasNodeData };
          else d = { ...d, index };
          data.set(id, d);
        }
        const prev = nodes.get(id);
        const stored =
          prev && prev.element === element && prev.layout === t.layout ? prev.stored : positionOf(t.layout, kind, element.name);
        const pos = input.dragPositions[id] ?? stored ?? auto.get(id) ?? ORIGIN;
        const isSelected = selected.has(id);
        const size = input.measured.get(id);
        if (
          prev &&
          prev.node.data === d.data &&
          prev.x === pos.x &&
          prev.y === pos.y &&
          prev.selected === isSelected &&
          prev.size === size
        ) {
          if (prev.element !== element || prev.layout !== t.layout) nodes.set(id, { ...prev, element, layout: t.layout, stored });
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
        nodes.set(id, { node, element, layout: t.layout, stored, x: pos.x, y: pos.y, selected: isSelected, size });
        out.push(node);
      }
    }
    if (alive.size !== nodes.size) {
      for (const id of nodes.keys()) {
        if (alive.has(id)) continue;
        nodes.delete(id);
        data.delete(id);
      }
    }
    lastNodes = sameOrNew(lastNodes, out);
    return { nodes: lastNodes, edges: edges(t, index, input.selectedEdges, input.highlightedWires ?? NO_WIRES, input.highlightTone) };
  };
}

const ORIGIN: XY = { x: 0, y: 0 };
const NO_WIRES: readonly string[] = [];

/**
 * Automatic positions for nodes the layout does not place. They stick once given, so dragging one
 * node (which stores its position) does not reshuffle the others; dagre runs again only when an
 * unplaced node appears that has no automatic position yet.
 */
function autoPositions(
  t: LbTopology,
  previous: Map<string, XY>,
  measured: ReadonlyMap<string, Size>,
  dagre: Dagre | undefined,
): Map<string, XY> {
  const missing = unplacedIds(t);
  if (missing.every((id) => previous.has(id)))
    return previous.size === missing.length ? previous : new Map(missing.map((id) => [id, previous.get(id)!]));
  const laid = arrange(t, (id) => measured.get(id), dagre);
  return new Map(missing.map((id) => [id, laid[id]!]));
}
