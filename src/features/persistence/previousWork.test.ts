import { describe, expect, it } from 'vitest';
import { topology as v1 } from '../../core/testing/builders';
import { migrateV1 } from '../../core/topology/design';
import type { LbTopology, Topology } from '../../core/topology/schema';
import { forgetKept, keepWork, markSeen, MAX_KEPT, PREVIOUS_KEY, readKept, unseenKept } from './previousWork';
import { fullStore, memoryStore } from './storage';

const topology = (over: Partial<LbTopology> = {}): Topology => migrateV1(v1(over));

const at = (n: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, n));
const named = (name: string) => topology({ name });

describe('keepWork', () => {
  it('keeps the newest MAX_KEPT works, newest first, so a second replacement does not cost the first', () => {
    const store = memoryStore();
    for (let i = 0; i < MAX_KEPT + 1; i++) expect(keepWork(store, named(`w${i}`), 'link', at(i)).ok).toBe(true);
    expect(readKept(store).map((k) => k.topology.name)).toEqual(['w3', 'w2', 'w1']);
    expect(readKept(store)[0]).toMatchObject({ because: 'link', keptAt: '2026-01-01T00:00:03.000Z' });
  });

  it('does not keep the same work twice in a row', () => {
    const store = memoryStore();
    keepWork(store, named('a'), 'file', at(1));
    keepWork(store, named('b'), 'file', at(2));
    keepWork(store, named('b'), 'import', at(3));
    expect(readKept(store).map((k) => k.topology.name)).toEqual(['b', 'a']);
  });

  it('lets the oldest kept work go when storage is full, and fails without touching anything when even one does not fit', () => {
    const store = memoryStore();
    keepWork(store, named('old'), 'link', at(1));
    // Room for a new entry in place of the old one, not beside it.
    const full = fullStore(Object.fromEntries(store.data), 10);
    expect(keepWork(full, named('new'), 'link', at(2)).ok).toBe(true);
    expect(readKept(full).map((k) => k.topology.name)).toEqual(['new']);
    const before = full.data.get(PREVIOUS_KEY);
    const none = fullStore(Object.fromEntries(full.data), 0);
    const result = keepWork(none, topology({ name: 'x'.repeat(500) }), 'link', at(3));
    expect(result.ok).toBe(false);
    expect(result.ok ? null : (result.error as Error).name).toBe('QuotaExceededError');
    expect(none.data.get(PREVIOUS_KEY)).toBe(before);
  });

  it('drops unreadable entries and unreadable storage instead of throwing', () => {
    expect(readKept(memoryStore({ [PREVIOUS_KEY]: '{oops' }))).toEqual([]);
    expect(readKept(memoryStore({ [PREVIOUS_KEY]: JSON.stringify([{ keptAt: 'x' }, null, 3]) }))).toEqual([]);
    const throwing = {
      ...memoryStore(),
      getItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(readKept(throwing)).toEqual([]);
  });
});

describe('the notice about kept work', () => {
  it('shows again after a reload until dismissed, and forgetting removes only that work', () => {
    const store = memoryStore();
    keepWork(store, named('a'), 'link', at(1));
    const b = keepWork(store, named('b'), 'link', at(2));
    if (!b.ok) throw new Error('kept');
    expect(unseenKept(store)?.topology.name).toBe('b');
    markSeen(store, b.entry.keptAt);
    expect(unseenKept(store)).toBeNull();
    forgetKept(store, b.entry.keptAt);
    expect(readKept(store).map((k) => k.topology.name)).toEqual(['a']);
    expect(unseenKept(store)?.topology.name).toBe('a');
  });
});
