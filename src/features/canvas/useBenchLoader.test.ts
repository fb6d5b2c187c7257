import { afterEach, describe, expect, it } from 'vitest';
import { EMPTY_TOPOLOGY } from '../../store/defaultTopology';
import { setKeeper } from '../../store/replaceWork';
import { useTopologyStore } from '../../store/topologyStore';
import { BENCH_SMALL_COUNTS } from './benchTopology';
import { openBench, openBenchFromUrl } from './useBenchLoader';

afterEach(() => setKeeper(null));

describe('openBench (?bench=1, a link anyone can send)', () => {
  it('keeps the work first, like any replacement, and leaves it alone when the keeper refuses (issue 12)', () => {
    const before = useTopologyStore.getState().topology;
    const seen: unknown[] = [];
    setKeeper((current, _next, reason) => (seen.push([current, reason]), false));
    expect(openBench(EMPTY_TOPOLOGY)).toBe(false);
    expect(useTopologyStore.getState().topology).toBe(before);
    expect(seen).toEqual([[before, 'link']]);
  });

  it('replaces the work with an empty history once kept', () => {
    setKeeper(() => true);
    expect(openBench(EMPTY_TOPOLOGY)).toBe(true);
    expect(useTopologyStore.getState().topology).toBe(EMPTY_TOPOLOGY);
    expect(useTopologyStore.temporal.getState().pastStates).toEqual([]);
  });

  it('opens the topology a ?bench= link names (before the first render, at start), and nothing without one', async () => {
    setKeeper(() => true);
    useTopologyStore.getState().replace(EMPTY_TOPOLOGY);
    await openBenchFromUrl('?lang=en');
    expect(useTopologyStore.getState().topology).toBe(EMPTY_TOPOLOGY);
    await openBenchFromUrl('?bench=small');
    const opened = useTopologyStore.getState().topology;
    expect(opened.vms).toHaveLength(BENCH_SMALL_COUNTS.vms);
    expect(useTopologyStore.temporal.getState().pastStates).toEqual([]);
  });
});
