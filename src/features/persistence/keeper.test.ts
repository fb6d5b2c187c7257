import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rule, topology as v1 } from '../../core/testing/builders';
import { migrateV1 } from '../../core/topology/design';
import type { LbTopology, Topology } from '../../core/topology/schema';
import { DEFAULT_TOPOLOGY } from '../../store/defaultTopology';
import { replaceWork, setKeeper } from '../../store/replaceWork';
import { useTopologyStore } from '../../store/topologyStore';
import { useUiStore } from '../../store/uiStore';
import { createKeeper, PREVIOUS_NOTICE, restoreKept } from './keeper';
import { readKept, unseenKept } from './previousWork';
import { fullStore, memoryStore, type KeyValueStore } from './storage';

const topology = (over: Partial<LbTopology> = {}): Topology => migrateV1(v1(over));

const mine = topology({ name: 'my work' });
const theirs = topology({ name: 'from a link' });
const notice = () => useUiStore.getState().notices.find((n) => n.id === PREVIOUS_NOTICE);

function start(store: KeyValueStore) {
  setKeeper(createKeeper(store, () => new Date(Date.UTC(2026, 0, 1))));
}

beforeEach(() => {
  useTopologyStore.getState().replace(mine);
  useUiStore.setState({ notices: [] });
});
afterEach(() => setKeeper(null));

describe('the keeper', () => {
  it('keeps the work before a replacement and offers to restore it; restoring keeps what was on screen', () => {
    const store = memoryStore();
    start(store);
    expect(replaceWork(theirs, 'link')).toBe(true);
    expect(useTopologyStore.getState().topology).toBe(theirs);
    expect(readKept(store).map((k) => [k.topology.name, k.because])).toEqual([['my work', 'link']]);
    expect(notice()?.text).toMatch(/^Your previous work “my work” is kept in this browser, even across a reload/);
    notice()?.action?.run();
    expect(useTopologyStore.getState().topology).toEqual(mine);
    expect(readKept(store).map((k) => [k.topology.name, k.because])).toEqual([['from a link', 'restore']]);
  });

  it('closing the kept notice marks the work as announced (no notice after a reload); it stays kept', () => {
    const store = memoryStore();
    start(store);
    replaceWork(theirs, 'link');
    expect(unseenKept(store)?.topology.name).toBe('my work');
    useUiStore.getState().dismiss(PREVIOUS_NOTICE);
    expect(unseenKept(store)).toBeNull();
    expect(readKept(store).map((k) => k.topology.name)).toEqual(['my work']);
  });

  it('refuses when the work cannot be kept (storage full), offering its download and Replace anyway', () => {
    const store = fullStore();
    start(store);
    expect(replaceWork(theirs, 'file')).toBe(false);
    expect(useTopologyStore.getState().topology).toBe(mine);
    const refused = notice();
    expect(refused?.tone).toBe('error');
    expect(refused?.text).toBe(
      'Nothing was replaced: your work “my work” could not be kept in this browser first (the browser’s storage for this site is full). ' +
        'Download it, then choose Replace anyway to go on.',
    );
    expect(JSON.parse(refused?.download?.content ?? '')).toEqual(mine);
    refused?.action?.run();
    expect(useTopologyStore.getState().topology).toBe(theirs);
  });

  it('refuses a topology over the element caps (an import can build one), whatever storage allows', () => {
    start(memoryStore());
    const rules = Array.from({ length: 3_001 }, (_, i) => rule(`r${i}`));
    expect(replaceWork(topology({ rules }), 'import')).toBe(false);
    expect(useTopologyStore.getState().topology).toBe(mine);
    expect(notice()?.text).toMatch(
      /^Nothing was replaced: loadBalancers\[0\]\.rules: too many rules .*: 3,001, and Floatplan reads at most 3,000/,
    );
  });

  it('keeps nothing when the page’s own example is replaced', () => {
    const store = memoryStore();
    useTopologyStore.getState().replace(DEFAULT_TOPOLOGY);
    start(store);
    expect(replaceWork(theirs, 'link')).toBe(true);
    expect(readKept(store)).toEqual([]);
    expect(notice()).toBeUndefined();
  });

  it('does not restore when what is on screen cannot be kept in its place', () => {
    const roomy = memoryStore();
    start(roomy);
    replaceWork(theirs, 'link');
    const keptAt = readKept(roomy)[0]!.keptAt;
    const full = fullStore(Object.fromEntries(roomy.data));
    useTopologyStore.getState().replace(topology({ name: 'y'.repeat(1_000) }));
    expect(restoreKept(full, keptAt)).toBe(false);
    expect(useTopologyStore.getState().topology.name).toBe('y'.repeat(1_000));
    expect(readKept(full).map((k) => k.topology.name)).toEqual(['my work']);
    // Not on PREVIOUS_NOTICE: a Restore clicked there closes that notice right after running.
    const refused = useUiStore.getState().notices.find((n) => n.id === `${PREVIOUS_NOTICE}-restore`);
    expect(refused?.text).toMatch(/^Nothing was replaced: your work “y+” could not be kept/);
    expect(refused?.download?.content).toContain('y'.repeat(1_000));
  });
});
