import { afterEach, describe, expect, it } from 'vitest';
import { EMPTY_TOPOLOGY } from './defaultTopology';
import { replaceWork, setKeeper } from './replaceWork';
import { useTopologyStore } from './topologyStore';

afterEach(() => setKeeper(null));

describe('replaceWork', () => {
  it('asks the keeper first with the current work, and leaves the work alone when it refuses', () => {
    const before = useTopologyStore.getState().topology;
    const seen: unknown[] = [];
    setKeeper((current, next, reason) => (seen.push([current, next, reason]), false));
    expect(replaceWork(EMPTY_TOPOLOGY, 'link')).toBe(false);
    expect(useTopologyStore.getState().topology).toBe(before);
    expect(seen).toEqual([[before, EMPTY_TOPOLOGY, 'link']]);
  });

  it('replaces as one undo step once kept', () => {
    const before = useTopologyStore.getState().topology;
    setKeeper(() => true);
    expect(replaceWork(EMPTY_TOPOLOGY, 'file')).toBe(true);
    expect(useTopologyStore.getState().topology).toBe(EMPTY_TOPOLOGY);
    useTopologyStore.temporal.getState().undo();
    expect(useTopologyStore.getState().topology).toBe(before);
  });
});
