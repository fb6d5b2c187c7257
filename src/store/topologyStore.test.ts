import { beforeEach, describe, expect, it } from 'vitest';
import { addElement, updateElement } from '../core/edit/elements';
import { connect } from '../core/edit/connect';
import { inLb } from '../core/topology/design';
import { EMPTY_TOPOLOGY } from './defaultTopology';
import { clearHistory, redo, undo, useTopologyStore } from './topologyStore';

const state = () => useTopologyStore.getState();

describe('topology store', () => {
  beforeEach(() => {
    state().replace(EMPTY_TOPOLOGY);
    clearHistory();
  });

  it('makes every edit one undo step and redo restores the exact topology', () => {
    const snapshots = [state().topology];
    state().apply(inLb(0, (t) => addElement(t, 'frontend')));
    snapshots.push(state().topology);
    state().apply(inLb(0, (t) => addElement(t, 'rule')));
    snapshots.push(state().topology);
    state().apply(inLb(0, (t) => connect(t, 'frontend:FE1', 'rule:rule1')));
    snapshots.push(state().topology);
    state().apply(inLb(0, (t) => updateElement(t, 'rule', 'rule1', { floatingIp: true })));
    const last = state().topology;
    for (let i = snapshots.length - 1; i >= 0; i--) {
      undo();
      expect(state().topology).toBe(snapshots[i]);
    }
    for (let i = 0; i < 4; i++) redo();
    expect(state().topology).toBe(last);
  });

  it('counts replacements, not edits or undos, and keeps the count out of the history', () => {
    const before = state().replaced;
    state().apply(inLb(0, (t) => addElement(t, 'vm')));
    undo();
    expect(state().replaced).toBe(before);
    state().replace({ ...EMPTY_TOPOLOGY, name: 'other' });
    expect(state().replaced).toBe(before + 1);
    undo();
    expect(state().topology).toBe(EMPTY_TOPOLOGY);
    expect(state().replaced).toBe(before + 1);
  });

  it('records nothing for an edit that changes nothing', () => {
    state().apply((t) => t);
    expect(useTopologyStore.temporal.getState().pastStates).toHaveLength(0);
  });
});
