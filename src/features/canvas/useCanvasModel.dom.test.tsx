// useCanvasModel through its public face: store state in, React Flow nodes and edges out, React Flow changes routed
// back to the stores. Written against inputs and outputs only, so an incremental mapper behind it must pass as well.
import { act, renderHook } from '@testing-library/react';
import type { EdgeChange, NodeChange } from '@xyflow/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { removeElement } from '../../core/edit/elements';
import { inLb } from '../../core/topology/design';
import { rule, topology as build } from '../../core/testing/builders';
import { clearHistory, undo, useTopologyStore } from '../../store/topologyStore';
import { useUiStore } from '../../store/uiStore';
import type { CanvasEdge, CanvasNode } from './toFlow';
import { asV2 } from './flowInput.testing';
import { useCanvasModel } from './useCanvasModel';

// FE1 → web and FE2 → api, both into one pool of VM1 and VM2.
const base = asV2(
  build({ rules: [rule('web', { floatingIp: true }), rule('api', { frontend: 'FE2', frontendPort: 443, backendPort: 443 })] }),
);
const NODE_IDS = ['lb/frontend:FE1', 'lb/frontend:FE2', 'lb/rule:web', 'lb/rule:api', 'lb/backendPool:pool', 'vm:VM1', 'vm:VM2'];

const ids = (items: readonly { id: string; type?: string }[]) =>
  items
    .filter((x) => x.type !== 'loadBalancer')
    .map((x) => x.id)
    .sort();
const selected = (items: readonly { id: string; selected?: boolean }[]) => items.filter((x) => x.selected).map((x) => x.id);
const wires = (edges: readonly CanvasEdge[]) => edges.map((e) => `${e.source} ${e.target}`).sort();

beforeEach(() => {
  useTopologyStore.getState().replace(base);
  clearHistory();
  useUiStore.getState().select([]);
  useUiStore.getState().clearDragPositions();
});

describe('useCanvasModel', () => {
  it('makes one node per element and one edge per wire of the topology', () => {
    const { result } = renderHook(() => useCanvasModel());
    expect(ids(result.current.nodes)).toEqual([...NODE_IDS].sort());
    expect(wires(result.current.edges)).toEqual([
      'lb/backendPool:pool vm:VM1',
      'lb/backendPool:pool vm:VM2',
      'lb/frontend:FE1 lb/rule:web',
      'lb/frontend:FE2 lb/rule:api',
      'lb/rule:api lb/backendPool:pool',
      'lb/rule:web lb/backendPool:pool',
    ]);
    expect(selected(result.current.nodes)).toEqual([]);
  });

  it('follows the topology: a removed VM takes its node and its wire with it', () => {
    const { result } = renderHook(() => useCanvasModel());
    act(() => useTopologyStore.getState().apply(inLb(0, (t) => removeElement(t, 'vm', 'VM2'))));
    expect(ids(result.current.nodes)).not.toContain('vm:VM2');
    expect(wires(result.current.edges)).not.toContain('lb/backendPool:pool vm:VM2');
    expect(wires(result.current.edges)).toContain('lb/backendPool:pool vm:VM1');
  });

  it('marks the nodes of the selection, whoever selected them', () => {
    const { result } = renderHook(() => useCanvasModel());
    act(() =>
      useUiStore.getState().select([
        { kind: 'rule', name: 'api' },
        { kind: 'vm', name: 'VM1' },
      ]),
    );
    expect(selected(result.current.nodes).sort()).toEqual(['lb/rule:api', 'vm:VM1']);
    act(() => useUiStore.getState().select([]));
    expect(selected(result.current.nodes)).toEqual([]);
  });

  it('a click on a node (a React Flow select change) selects its element in uiStore', () => {
    const { result } = renderHook(() => useCanvasModel());
    act(() => result.current.onNodesChange([{ type: 'select', id: 'lb/backendPool:pool', selected: true }] as NodeChange<CanvasNode>[]));
    expect(useUiStore.getState().selection).toEqual([{ kind: 'backendPool', name: 'pool', loadBalancer: 'lb' }]);
    expect(selected(result.current.nodes)).toEqual(['lb/backendPool:pool']);
  });

  it('a drag moves the node without an edit; dropping it stores the position as one undoable edit', () => {
    const { result } = renderHook(() => useCanvasModel());
    const drag = (x: number, dragging: boolean) =>
      act(() =>
        result.current.onNodesChange([{ type: 'position', id: 'vm:VM1', position: { x, y: 40 }, dragging }] as NodeChange<CanvasNode>[]),
      );
    const position = () => result.current.nodes.find((n) => n.id === 'vm:VM1')!.position;
    drag(900, true);
    expect(position()).toEqual({ x: 900, y: 40 });
    expect(useTopologyStore.getState().topology).toBe(base);
    drag(950, false);
    expect(position()).toEqual({ x: 950, y: 40 });
    expect(useTopologyStore.getState().topology.layout?.['vm:VM1']).toEqual({ x: 950, y: 40 });
    expect(useUiStore.getState().dragPositions).toEqual({});
    act(() => undo());
    expect(useTopologyStore.getState().topology).toEqual(base);
  });

  it('selecting a wire marks that edge only, and reports it in selectedEdges', () => {
    const { result } = renderHook(() => useCanvasModel());
    const wire = result.current.edges.find((e) => e.source === 'lb/backendPool:pool' && e.target === 'vm:VM2')!;
    act(() => result.current.onEdgesChange([{ type: 'select', id: wire.id, selected: true }] as EdgeChange<CanvasEdge>[]));
    expect(selected(result.current.edges)).toEqual([wire.id]);
    expect([...result.current.selectedEdges]).toEqual([wire.id]);
  });
});
