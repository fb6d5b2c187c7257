import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_TOPOLOGY, EMPTY_TOPOLOGY } from '../../store/defaultTopology';
import { setKeeper } from '../../store/replaceWork';
import { onRevealSelection } from '../../store/revealSelection';
import { clearHistory, undo, useTopologyStore } from '../../store/topologyStore';
import { openExample } from './openExample';

const topology = () => useTopologyStore.getState().topology;

describe('openExample', () => {
  beforeEach(() => {
    setKeeper(null);
    useTopologyStore.getState().replace(EMPTY_TOPOLOGY);
    clearHistory();
  });

  it('puts the built-in example on the canvas as one undo step and fits every node in view', () => {
    const canvas = vi.fn();
    const stop = onRevealSelection(canvas);
    expect(openExample()).toBe(true);
    expect(topology()).toBe(DEFAULT_TOPOLOGY);
    expect(canvas).toHaveBeenCalledWith('all');
    undo();
    expect(topology()).toBe(EMPTY_TOPOLOGY);
    stop();
  });

  it('adds no undo step when the example is already there', () => {
    openExample();
    openExample();
    undo();
    expect(topology()).toBe(EMPTY_TOPOLOGY);
  });

  it('changes nothing when the keeper refuses to let the work go', () => {
    const keeper = vi.fn(() => false);
    setKeeper(keeper);
    expect(openExample()).toBe(false);
    expect(topology()).toBe(EMPTY_TOPOLOGY);
    expect(keeper).toHaveBeenCalledWith(EMPTY_TOPOLOGY, DEFAULT_TOPOLOGY, 'example');
    setKeeper(null);
  });
});
