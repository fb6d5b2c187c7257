// The deletion flow as the canvas wires it (FlowCanvas: useDeletion's request, ConfirmDelete's dialog), in happy-dom.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { rule, topology as build } from '../../core/testing/builders';
import { lbView } from '../../core/topology/design';
import { clearHistory, undo, useTopologyStore } from '../../store/topologyStore';
import { useUiStore } from '../../store/uiStore';
import { ConfirmDelete } from './ConfirmDelete';
import { asV2 } from './flowInput.testing';
import { useDeletion, type DeleteRequest } from './useDeletion';

// Two rules from FE1 to one pool of VM1 and VM2 (presets read files by URL, which happy-dom's import.meta cannot).
const v1 = build({ rules: [rule('web', { floatingIp: true }), rule('api', { frontend: 'FE2', frontendPort: 443, backendPort: 443 })] });

const start = asV2(v1);

/** What FlowCanvas does with the hook and the dialog, without React Flow around it. */
function Harness({ nodeIds, edges = [] }: { nodeIds: string[]; edges?: DeleteRequest['edges'] }) {
  const { pending, request, confirm, cancel } = useDeletion();
  return (
    <>
      <button type="button" onClick={() => request(nodeIds, edges)}>
        delete selection
      </button>
      <ConfirmDelete request={pending} onConfirm={confirm} onCancel={cancel} />
    </>
  );
}

const topology = () => lbView(useTopologyStore.getState().topology, 0);

beforeEach(() => {
  useTopologyStore.getState().replace(start);
  clearHistory();
  useUiStore.getState().select([{ kind: 'backendPool', name: 'pool' }]);
});

describe('deleting from the canvas', () => {
  it('a pool that rules use asks first, listing each rule that loses it', () => {
    render(<Harness nodeIds={['lb/backendPool:pool']} />);
    fireEvent.click(screen.getByRole('button', { name: 'delete selection' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete this element?' });
    expect(
      within(dialog)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Rule web loses its backend pool.', 'Rule api loses its backend pool.']);
    expect(useTopologyStore.getState().topology).toBe(start);
  });

  it('Cancel closes the dialog and keeps the topology and the selection', () => {
    render(<Harness nodeIds={['lb/backendPool:pool']} />);
    fireEvent.click(screen.getByRole('button', { name: 'delete selection' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(useTopologyStore.getState().topology).toBe(start);
    expect(useUiStore.getState().selection).toEqual([{ kind: 'backendPool', name: 'pool' }]);
  });

  it('Delete removes the pool, leaves its rules unconnected, clears the selection, and undo brings it back', () => {
    render(<Harness nodeIds={['lb/backendPool:pool']} />);
    fireEvent.click(screen.getByRole('button', { name: 'delete selection' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(topology().backendPools).toEqual([]);
    expect(topology().rules.map((r) => [r.name, r.backendPool])).toEqual([
      ['web', ''],
      ['api', ''],
    ]);
    expect(useUiStore.getState().selection).toEqual([]);
    act(() => undo());
    expect(useTopologyStore.getState().topology).toEqual(start);
  });

  it('a wire, or an element nothing refers to, goes at once without asking, in one undo step', () => {
    const wire = { id: 'lb/backendPool:pool->vm:VM2', source: 'lb/backendPool:pool', target: 'vm:VM2' };
    render(<Harness nodeIds={[]} edges={[wire]} />);
    fireEvent.click(screen.getByRole('button', { name: 'delete selection' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(topology().backendPools[0]!.members).toEqual(['VM1']);
    act(() => undo());
    expect(useTopologyStore.getState().topology).toEqual(start);
  });

  it('deleting a pool together with the rules that use it breaks nothing that stays, so it does not ask', () => {
    render(<Harness nodeIds={['lb/backendPool:pool', 'lb/rule:web', 'lb/rule:api']} />);
    fireEvent.click(screen.getByRole('button', { name: 'delete selection' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(topology().rules).toEqual([]);
    expect(topology().backendPools).toEqual([]);
  });
});
