import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_TOPOLOGY, EMPTY_TOPOLOGY } from '../../store/defaultTopology';
import { createAutosaver } from './autosave';
import { serializeTopology } from './serialize';
import { SAVE_KEY, memoryStore, type KeyValueStore } from './storage';

describe('createAutosaver', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('writes once, the latest topology, after the delay', () => {
    const store = memoryStore();
    const setItem = vi.spyOn(store, 'setItem');
    const saver = createAutosaver(store, 400, () => {});
    saver.schedule(DEFAULT_TOPOLOGY);
    vi.advanceTimersByTime(300);
    saver.schedule(EMPTY_TOPOLOGY);
    vi.advanceTimersByTime(399);
    expect(setItem).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(setItem).toHaveBeenCalledTimes(1);
    expect(store.getItem(SAVE_KEY)).toBe(serializeTopology(EMPTY_TOPOLOGY));
  });

  it('flush writes a pending save at once, and only once', () => {
    const store = memoryStore();
    const saver = createAutosaver(store, 400, () => {});
    saver.flush();
    expect(store.data.size).toBe(0);
    saver.schedule(EMPTY_TOPOLOGY);
    saver.flush();
    expect(store.getItem(SAVE_KEY)).toBe(serializeTopology(EMPTY_TOPOLOGY));
    store.removeItem(SAVE_KEY);
    vi.runAllTimers();
    expect(store.data.size).toBe(0);
  });

  it('reports a failed write instead of throwing', () => {
    const full: KeyValueStore = {
      getItem: () => null,
      removeItem: () => {},
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const onError = vi.fn();
    const saver = createAutosaver(full, 400, onError);
    saver.schedule(EMPTY_TOPOLOGY);
    vi.runAllTimers();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'QuotaExceededError' }));
  });
});
