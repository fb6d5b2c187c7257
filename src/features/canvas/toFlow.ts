import type { Edge, Node } from '@xyflow/react';
import type { Diagnostic, ElementRef } from '../../core/diagnostics/diagnostic';
import type { NodeKind } from '../../core/edit/ids';
import type { BackendPool, Frontend, InboundNatRule, LoadBalancerDef, Rule, Topology, Vm } from '../../core/topology/schema';
import type { Locale } from '../../core/i18n/locale';
import type { HighlightTone } from '../../store/uiStore';
import { canvasId, idOfRef } from './canvasIds';
import { createEdgeMapper, sameOrNew } from './flowEdges';
import { groupFrames, grow, type Box, type GroupData } from './groups';
import { nodeLabel } from './labels';
import { dagreIfLoaded, type Dagre } from './dagre';
import { arrange, canvasElements, storedPosition, unplacedIds, type Size, type XY } from './layout';
import { placeholderLook, type PlaceholderLook } from './placeholderLook';
import { PREDICTED_SIZE, predictedHandles } from './predictedNode';
import { VIRTUALIZE_ABOVE } from './viewOptions';
import { indexDiagnostics, nodeStatus, statusKey, type DiagnosticIndex, type EdgeStatus, type NodeStatus } from './status';

type ElementOf = { frontend: Frontend; rule: Rule; natRule: InboundNatRule; backendPool: BackendPool; vm: Vm };

/**
 * What a custom node renders: its element, its load balancer (undefined for a VM, which all of them share) and what
 * the diagnostics say about it. `gateway` marks a frontend of a Gateway load balancer, which a public frontend chains to.
 */
export type CanvasNodeData = {
  [K in NodeKind]: { kind: K; element: ElementOf[K]; status: NodeStatus; loadBalancer?: string; gateway?: boolean };
}[NodeKind];
/** An element's node. */
export type ElementNode = Node<CanvasNodeData, NodeKind>;
/** A load balancer's frame, drawn behind its elements. */
export type GroupNode = Node<GroupData, 'loadBalancer'>;
export type CanvasNode = ElementNode | GroupNode;
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
  /** How the highlighted wires are drawn: 'failing' where a traced packet fails (what-if); default 'normal'. */
  highlightTone?: HighlightTone;
  /** The load balancer a ref or wire without one belongs to (the focused one); default the first. */
  focusedLb?: string;
}

export interface FlowOutput {
  nodes: CanvasNode[];
  edges: CanvasEdge[];
}

interface NodeEntry {
  node: ElementNode;
  /** The element and layout its stored position was read from. */
  element: object;
  layout: Topology['layout'];
  stored: XY | undefined;
  x: number;
  y: number;
  selected: boolean;
  size: Size | undefined;
  /** It was given the predicted size and handles of its kind (a large canvas, not yet measured). */
  predicted: boolean;
}
interface DataEntry {
  element: object;
  /** The diagnostic index the status was read from: an unchanged index means an unchanged status. */
  index: DiagnosticIndex;
  key: string;
  data: CanvasNodeData;
}
/** What never changes for one element object in one load balancer: its node id and placeholder look (per mapper, so per language). */
interface ElementFacts {
  id: string;
  loadBalancer: string | undefined;
  gateway: boolean;
  look: PlaceholderLook | undefined;
}

/**
 * A stateful mapper from the stores to React Flow nodes and edges: every load balancer's elements, each inside its
 * load balancer's frame, and the shared VMs once. It hands back the very same node, data and edge objects when
 * nothing about them changed, so memoised nodes skip rendering and React Flow skips re-adopting them: during a drag
 * only the dragged node is new, after an edit only the edited element's node and wires. Work is keyed by the element
 * objects (which an edit replaces only for what it changes), the layout object and the diagnostics, so an unchanged
 * element costs a few comparisons. Labels and tooltips are in `locale`; a new language takes a new mapper. Nodes
 * without a stored position are ordered by `dagre` (loaded on demand); a mapper made before it arrived keeps each
 * column in the topology's order, so dagre's arrival takes a new one.
 */
export function createFlowMapper(locale: Locale = 'en', dagre: Dagre | undefined = dagreIfLoaded()): (input: FlowInput) => FlowOutput {
  const data = new Map<string, DataEntry>();
  const nodes = new Map<string, NodeEntry>();
  const facts = new WeakMap<object, ElementFacts>();
  const edges = createEdgeMapper(locale);
  const frames = groupFrames(locale);
  let auto = new Map<string, XY>();
  let lastNodes: CanvasNode[] | undefined;
  let lastIndex: { diagnostics: readonly Diagnostic[]; fallback: string | undefined; index: DiagnosticIndex } | undefined;
  let lastSelection: { selection: readonly ElementRef[]; fallback: string | undefined; ids: ReadonlySet<string> } | undefined;

  const indexOf = (diagnostics: readonly Diagnostic[], fallback: string | undefined) => {
    if (lastIndex?.diagnostics !== diagnostics || lastIndex.fallback !== fallback)
      lastIndex = { diagnostics, fallback, index: indexDiagnostics(diagnostics, fallback) };
    return lastIndex.index;
  };
  const selectedOf = (selection: readonly ElementRef[], fallback: string | undefined) => {
    if (lastSelection?.selection !== selection || lastSelection.fallback !== fallback)
      lastSelection = { selection, fallback, ids: new Set(selection.flatMap((r) => idOfRef(r, fallback) ?? [])) };
    return lastSelection.ids;
  };
  const factsOf = (lb: LoadBalancerDef | undefined, kind: NodeKind, element: ElementOf[NodeKind]): ElementFacts => {
    let f = facts.get(element);
    const gateway = lb?.sku === 'Gateway' && kind === 'frontend';
    if (!f || f.loadBalancer !== lb?.name || f.gateway !== gateway) {
      f = { id: canvasId(lb?.name, kind, element.name), loadBalancer: lb?.name, gateway, look: placeholderLook(element, locale) };
      facts.set(element, f);
    }
    return f;
  };

  return (input) => {
    const { topology: t } = input;
    const fallback = input.focusedLb ?? t.loadBalancers[0]?.name;
    const index = indexOf(input.diagnostics, fallback);
    const selected = selectedOf(input.selection, fallback);
    auto = autoPositions(t, auto, input.measured, dagre);
    const out: ElementNode[] = [];
    const alive = new Set<string>();
    const boxes = new Map<string, Box>();
    const columns = canvasElements(t);
    // Only a canvas that draws what is in view has nodes that are never drawn, so never measured.
    const predict = columns.reduce((n, c) => n + c.elements.length, 0) > VIRTUALIZE_ABOVE;
    for (const { lb, kind, elements } of columns) {
      for (const element of elements as readonly ElementOf[NodeKind][]) {
        const { id, look, gateway } = factsOf(lb, kind, element);
        alive.add(id);
        let d = data.get(id);
        if (!d || d.element !== element || d.index !== index || d.data.loadBalancer !== lb?.name) {
          const status = look ? { ...nodeStatus(index, id, locale), placeholder: look } : nodeStatus(index, id, locale);
          const key = statusKey(status);
          if (!d || d.element !== element || d.key !== key || d.data.loadBalancer !== lb?.name) {
            const made = { kind, element, status } as CanvasNodeData;
            if (lb) made.loadBalancer = lb.name;
            if (gateway) made.gateway = true;
            d = { element, index, key, data: made };
          } else d = { ...d, index };
          data.set(id, d);
        }
        const prev = nodes.get(id);
        const stored =
          prev && prev.element === element && prev.layout === t.layout ? prev.stored : storedPosition(t.layout, id, element.name);
        const rest = stored ?? auto.get(id) ?? ORIGIN;
        const pos = input.dragPositions[id] ?? rest;
        const isSelected = selected.has(id);
        const size = input.measured.get(id);
        if (lb) grow(boxes, lb.name, rest, size);
        if (
          prev &&
          prev.node.data === d.data &&
          prev.x === pos.x &&
          prev.y === pos.y &&
          prev.selected === isSelected &&
          prev.size === size &&
          prev.predicted === (predict && !size)
        ) {
          if (prev.element !== element || prev.layout !== t.layout) nodes.set(id, { ...prev, element, layout: t.layout, stored });
          out.push(prev.node);
          continue;
        }
        const node: ElementNode = {
          id,
          type: kind,
          position: { x: pos.x, y: pos.y },
          data: d.data,
          selected: isSelected,
          ariaLabel: look ? `${nodeLabel(d.data, locale)}; ${look.label}` : nodeLabel(d.data, locale),
        };
        if (size) node.measured = { width: size.width, height: size.height };
        else if (predict) {
          // Until the browser has measured it, a node of a large canvas has the size and handles of its kind: React
          // Flow would otherwise draw every node once to measure it, even those it then culls as out of view (1,000
          // nodes mounted and removed at start). A node that measures otherwise is measured again when first drawn,
          // and its real size and handles replace these.
          const predicted = PREDICTED_SIZE[kind];
          node.measured = { width: predicted.width, height: predicted.height };
          node.handles = predictedHandles(kind, predicted, gateway);
        }
        nodes.set(id, {
          node,
          element,
          layout: t.layout,
          stored,
          x: pos.x,
          y: pos.y,
          selected: isSelected,
          size,
          predicted: predict && !size,
        });
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
    // Frames first, so React Flow draws them behind the elements; drawn from where the nodes rest, not where a drag is.
    const groups = frames(t, boxes, fallback);
    lastNodes = sameOrNew(lastNodes, groups.length ? [...groups, ...out] : out);
    return {
      nodes: lastNodes,
      edges: edges(t, index, input.selectedEdges, input.highlightedWires ?? NO_WIRES, input.highlightTone, fallback),
    };
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
  t: Topology,
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
