import type { EdgeChange, NodeChange } from '@xyflow/react';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ElementRef } from '../../core/diagnostics/diagnostic';
import { moveToLoadBalancer, type LbKind } from '../../core/edit/loadBalancers';
import type { Layout, Topology } from '../../core/topology/schema';
import { useLanguage } from '../../i18n/useT';
import { useAnalysis } from '../../store/analysis';
import { useTopologyStore } from '../../store/topologyStore';
import { shownHighlight, shownHighlightTone, useUiStore } from '../../store/uiStore';
import { idOfRef, parseCanvasId, refOfId } from './canvasIds';
import { readEdgeSelection, readNodeChanges, sameIds } from './flowAdapter';
import { frameAt, frameRects, type FrameRect } from './groups';
import type { Size, XY } from './layout';
import { createFlowMapper, type CanvasEdge, type CanvasNode } from './toFlow';
import { useDagre } from './useDagre';

/** Node ids of the canvas kinds in a selection; a ref that does not name its load balancer is `fallback`'s. */
export function selectedNodeIds(selection: readonly ElementRef[], fallback?: string): Set<string> {
  return new Set(selection.flatMap((r) => idOfRef(r, fallback) ?? []));
}

/** The load balancer a ref without one belongs to: the focused one, else the first. */
export function fallbackLb(t: Topology, focused: string | undefined): string | undefined {
  return focused !== undefined && t.loadBalancers.some((lb) => lb.name === focused) ? focused : t.loadBalancers[0]?.name;
}

/**
 * Final positions as one edit: stored under the nodes' layout keys (their ids); a node of a load balancer dropped
 * inside another load balancer's frame (and outside its own) moves to that load balancer, in the same edit.
 */
export function placeNodes(
  t: Topology,
  moved: Readonly<Record<string, XY>>,
  frames: readonly FrameRect[],
  sizeOf: (id: string) => Size | undefined,
): Topology {
  const layout: Layout = { ...t.layout };
  const moves: { lb: string; kind: LbKind; name: string; to: string; at: XY }[] = [];
  for (const [id, at] of Object.entries(moved)) {
    const r = parseCanvasId(id);
    const size = sizeOf(id);
    const centre = { x: at.x + (size?.width ?? 0) / 2, y: at.y + (size?.height ?? 0) / 2 };
    const to = r?.loadBalancer === undefined || r.kind === 'vm' ? undefined : frameAt(frames, centre, r.loadBalancer);
    const home = r?.loadBalancer === undefined ? undefined : frames.find((f) => f.loadBalancer === r.loadBalancer);
    const insideHome = home && centre.x >= home.left && centre.x <= home.right && centre.y >= home.top && centre.y <= home.bottom;
    if (r && r.kind !== 'vm' && r.loadBalancer !== undefined && to !== undefined && !insideHome)
      moves.push({ lb: r.loadBalancer, kind: r.kind, name: r.name, to, at });
    else layout[id] = at;
  }
  let next: Topology = { ...t, layout };
  for (const m of moves) next = moveToLoadBalancer(next, m.lb, m.kind, m.name, m.to, m.at).topology;
  return next;
}

/**
 * The canvas's controlled nodes and edges, and the handlers that route React Flow's changes:
 * drags to uiStore.dragPositions, final positions to one undoable apply, selection to uiStore.
 */
export function useCanvasModel() {
  const topology = useTopologyStore((s) => s.topology);
  const { diagnostics } = useAnalysis();
  const selection = useUiStore((s) => s.selection);
  const dragPositions = useUiStore((s) => s.dragPositions);
  const highlightedWires = useUiStore(shownHighlight);
  const highlightTone = useUiStore(shownHighlightTone);
  const focused = useUiStore((s) => s.focusedLb);
  const [measured, setMeasured] = useState<ReadonlyMap<string, Size>>(() => new Map());
  const [selectedEdges, setSelectedEdges] = useState<ReadonlySet<string>>(() => new Set());
  const language = useLanguage();
  const dagre = useDagre(topology);
  const mapper = useMemo(() => createFlowMapper(language, dagre), [language, dagre]);
  const focusedLb = fallbackLb(topology, focused);

  const { nodes, edges } = useMemo(
    () => mapper({ topology, diagnostics, selection, dragPositions, measured, selectedEdges, highlightedWires, highlightTone, focusedLb }),
    [mapper, topology, diagnostics, selection, dragPositions, measured, selectedEdges, highlightedWires, highlightTone, focusedLb],
  );
  // The handlers keep their identity (React Flow re-runs every node's selector on a new one): they read these.
  const latest = useRef({ nodes, measured, focusedLb });
  useLayoutEffect(() => {
    latest.current = { nodes, measured, focusedLb };
  }, [nodes, measured, focusedLb]);

  const onNodesChange = useCallback((changes: NodeChange<CanvasNode>[]) => {
    const ui = useUiStore.getState();
    const current = selectedNodeIds(ui.selection, latest.current.focusedLb);
    const intents = readNodeChanges(changes, current);
    if (Object.keys(intents.dragging).length) ui.setDragPositions(intents.dragging);
    if (Object.keys(intents.moved).length) {
      const { nodes: now, measured: sizes } = latest.current;
      const frames = frameRects(now);
      useTopologyStore.getState().apply((t) => placeNodes(t, intents.moved, frames, (id) => sizes.get(id)));
      ui.clearDragPositions();
    }
    if (intents.measured.size) {
      setMeasured((prev) => {
        const changed = [...intents.measured].some(([id, s]) => prev.get(id)?.width !== s.width || prev.get(id)?.height !== s.height);
        return changed ? new Map([...prev, ...intents.measured]) : prev;
      });
    }
    if (intents.selected && !sameIds(intents.selected, current)) {
      ui.select([...intents.selected].flatMap((id) => refOfId(id) ?? []));
    }
  }, []);

  const onEdgesChange = useCallback((changes: EdgeChange<CanvasEdge>[]) => {
    setSelectedEdges((prev) => readEdgeSelection(changes, prev));
  }, []);

  return { nodes, edges, selectedEdges, focusedLb, onNodesChange, onEdgesChange };
}
