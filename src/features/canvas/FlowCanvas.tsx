import {
  Background,
  Controls,
  ReactFlow,
  type Connection,
  type Edge,
  type FinalConnectionState,
  type IsValidConnection,
  type Node,
} from '@xyflow/react';
import { useCallback, useRef, useState } from 'react';
import { connectAcross } from '../../core/edit/crossWires';
import { useTopologyStore } from '../../store/topologyStore';
import { useLanguage, useT } from '../../i18n/useT';
import { useUiStore } from '../../store/uiStore';
import { CanvasToolbar } from './CanvasToolbar';
import { ConfirmDelete } from './ConfirmDelete';
import { ConnectionStatus } from './ConnectionStatus';
import { canvasVerdict, verdictFor, wireEnds } from './connectionVerdict';
import { canvasId, refOfId } from './canvasIds';
import { CanvasMiniMap } from './CanvasMiniMap';
import { VIRTUALIZE_ABOVE } from './viewOptions';
import { canvasElements } from './layout';
import { NODE_TYPES } from './nodes/nodeTypes';
import { messages } from './messages';
import { Palette } from './Palette';
import type { CanvasEdge, CanvasNode } from './toFlow';
import { useAddElement } from './useAddElement';
import { useBenchLoader } from './useBenchLoader';
import { selectedNodeIds, useCanvasModel } from './useCanvasModel';
import { useDeletion } from './useDeletion';
import { useReveal } from './useReveal';
import { AddWiredContext } from './addWiredContext';
import { useFitOnLoad, useReadableFit } from './useReadableFit';

const DELETE_KEYS = ['Delete', 'Backspace'];
const PRO_OPTIONS = { hideAttribution: false };

const isValidConnection: IsValidConnection = (c) => canvasVerdict(useTopologyStore.getState().topology, c.source, c.target).ok;
const onConnect = (c: Connection) =>
  useTopologyStore.getState().apply((t) => {
    const ends = wireEnds(t, c.source, c.target);
    return ends ? connectAcross(t, ...ends) : t;
  });

interface FlowCanvasProps {
  /** The card shown over an empty canvas. */
  emptyState?: React.ReactNode;
}

/** The React Flow surface: wiring, deleting, dragging and selecting, all through the stores. */
export function FlowCanvas({ emptyState }: FlowCanvasProps) {
  const t = useT(messages);
  const language = useLanguage();
  const wrapper = useRef<HTMLDivElement>(null);
  const { nodes, edges, selectedEdges, focusedLb, onNodesChange, onEdgesChange } = useCanvasModel();
  // Every callback handed to <ReactFlow> must keep its identity: a changed prop makes React Flow
  // update its store, which re-runs every node's and edge's selector (thousands, during a drag).
  const { pending, request, confirm, cancel } = useDeletion();
  const { add: addElement, addNext } = useAddElement();
  const fitReadable = useReadableFit();
  const [refusal, setRefusal] = useState<string>();
  useReveal();
  // Before the bench loader: on the same render, its fixed viewport must win over the first fit.
  useFitOnLoad(fitReadable, nodes);
  useBenchLoader();
  // Frames alone are no drawing: the empty state shows until some element is there.
  const empty = !nodes.some((n) => n.type !== 'loadBalancer');

  const onBeforeDelete = useCallback(
    async ({ nodes: n, edges: e }: { nodes: Node[]; edges: Edge[] }) => {
      request(
        n.map((x) => x.id),
        e.map((x) => ({ id: x.id, source: x.source, target: x.target })),
      );
      // The store, not React Flow, owns the elements: the deletion happens (or waits for the dialog) there.
      return false;
    },
    [request],
  );

  const deleteSelection = useCallback(() => {
    const ids = [...selectedNodeIds(useUiStore.getState().selection, focusedLb)];
    request(
      ids,
      edges.filter((e) => selectedEdges.has(e.id)).map((e) => ({ id: e.id, source: e.source, target: e.target })),
    );
  }, [request, edges, selectedEdges, focusedLb]);

  const onConnectStart = useCallback(() => setRefusal(undefined), []);

  const onConnectEnd = useCallback(
    (_: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      if (!state.fromHandle || !state.toHandle || state.isValid) return setRefusal(undefined);
      const v = verdictFor(
        useTopologyStore.getState().topology,
        { nodeId: state.fromHandle.nodeId, type: state.fromHandle.type },
        { nodeId: state.toHandle.nodeId, type: state.toHandle.type },
        language,
      );
      setRefusal(v.ok ? undefined : t('notConnected', { reason: v.reason }));
    },
    [t, language],
  );

  const onKeyDown = useCallback((e: React.KeyboardEvent) => {
    // Select all nodes, for deleting or moving everything at once.
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'a' && !(e.target as HTMLElement).closest('input, textarea, select')) {
      e.preventDefault();
      const t = useTopologyStore.getState().topology;
      useUiStore
        .getState()
        .select(canvasElements(t).flatMap(({ lb, kind, elements }) => elements.map((e) => refOfId(canvasId(lb?.name, kind, e.name))!)));
    }
  }, []);

  const isDropTarget = useCallback((x: number, y: number) => {
    const el = document.elementFromPoint(x, y);
    return !!el && !!wrapper.current?.contains(el) && !el.closest('.react-flow__panel');
  }, []);

  return (
    <div className="fp-canvas" onKeyDown={onKeyDown}>
      {/* One bar above the canvas, palette first and actions after, that wraps as a whole: nothing can overlap. */}
      <div className="fp-canvas__bar">
        <div className="fp-canvas__row">
          <Palette onAdd={addElement} isDropTarget={isDropTarget} />
          <CanvasToolbar
            onDelete={deleteSelection}
            onFit={fitReadable}
            canDelete={selectedNodeIds(useUiStore.getState().selection, focusedLb).size > 0 || selectedEdges.size > 0}
          />
        </div>
      </div>
      <div className="fp-canvas__flow" ref={wrapper}>
        <AddWiredContext.Provider value={addNext}>
          <ReactFlow<CanvasNode, CanvasEdge>
            nodes={nodes}
            edges={edges}
            nodeTypes={NODE_TYPES}
            onNodesChange={onNodesChange}
            onEdgesChange={onEdgesChange}
            onConnect={onConnect}
            onConnectStart={onConnectStart}
            onConnectEnd={onConnectEnd}
            isValidConnection={isValidConnection}
            onBeforeDelete={onBeforeDelete}
            deleteKeyCode={DELETE_KEYS}
            // Large topologies: keep only what is in view in the DOM, so loading and dragging stay smooth.
            onlyRenderVisibleElements={nodes.length > VIRTUALIZE_ABOVE}
            minZoom={0.05}
            proOptions={PRO_OPTIONS}
            aria-label={t('canvas')}
          >
            <Background gap={20} size={1} />
            <Controls position="bottom-left" orientation="horizontal" />
            {/* An empty canvas has nothing to map: an empty frame would only look broken. */}
            {!empty && <CanvasMiniMap nodes={nodes} label={t('minimap')} />}
            <ConnectionStatus refusal={refusal} />
          </ReactFlow>
        </AddWiredContext.Provider>
        {empty && emptyState && (
          <div className="fp-canvas__empty">
            <div className="fp-canvas__empty-card">{emptyState}</div>
          </div>
        )}
      </div>
      <ConfirmDelete request={pending} onConfirm={confirm} onCancel={cancel} />
    </div>
  );
}
