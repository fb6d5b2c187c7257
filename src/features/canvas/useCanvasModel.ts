import type { EdgeChange, NodeChange } from '@xyflow/react';
import { useCallback, useMemo, useState } from 'react';
import type { ElementRef } from '../../core/diagnostics/diagnostic';
import { setPositions } from '../../core/edit/elements';
import { parseNodeId } from '../../core/edit/ids';
import { useLanguage } from '../../i18n/useT';
import { useAnalysis } from '../../store/analysis';
import { useTopologyStore } from '../../store/topologyStore';
import { shownHighlight, shownHighlightTone, useUiStore } from '../../store/uiStore';
import { readEdgeSelection, readNodeChanges, sameIds } from './flowAdapter';
import type { Size } from './layout';
import { createFlowMapper, type CanvasEdge, type CanvasNode } from './toFlow';
import { useDagre } from './useDagre';

/** Node ids of the canvas kinds in a selection. */
export function selectedNodeIds(selection: readonly ElementRef[]): Set<string> {
  return new Set(
    selection.flatMap((r) => {
      const id = `${r.kind}:${r.name}`;
      return parseNodeId(id) ? [id] : [];
    }),
  );
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
  const [measured, setMeasured] = useState<ReadonlyMap<string, Size>>(() => new Map());
  const [selectedEdges, setSelectedEdges] = useState<ReadonlySet<string>>(() => new Set());
  const language = useLanguage();
  const dagre = useDagre(topology);
  const mapper = useMemo(() => createFlowMapper(language, dagre), [language, dagre]);

  const { nodes, edges } = useMemo(
    () => mapper({ topology, diagnostics, selection, dragPositions, measured, selectedEdges, highlightedWires, highlightTone }),
    [mapper, topology, diagnostics, selection, dragPositions, measured, selectedEdges, highlightedWires, highlightTone],
  );

  const onNodesChange = useCallback((changes: NodeChange<CanvasNode>[]) => {
    const ui = useUiStore.getState();
    const current = selectedNodeIds(ui.selection);
    const intents = readNodeChanges(changes, current);
    if (Object.keys(intents.dragging).length) ui.setDragPositions(intents.dragging);
    if (Object.keys(intents.moved).length) {
      useTopologyStore.getState().apply((t) => setPositions(t, intents.moved));
      ui.clearDragPositions();
    }
    if (intents.measured.size) {
      setMeasured((prev) => {
        const changed = [...intents.measured].some(([id, s]) => prev.get(id)?.width !== s.width || prev.get(id)?.height !== s.height);
        return changed ? new Map([...prev, ...intents.measured]) : prev;
      });
    }
    if (intents.selected && !sameIds(intents.selected, current)) {
      ui.select([...intents.selected].map((id) => parseNodeId(id)!));
    }
  }, []);

  const onEdgesChange = useCallback((changes: EdgeChange<CanvasEdge>[]) => {
    setSelectedEdges((prev) => readEdgeSelection(changes, prev));
  }, []);

  return { nodes, edges, selectedEdges, onNodesChange, onEdgesChange };
}
