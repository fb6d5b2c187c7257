import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_TOPOLOGY, EMPTY_TOPOLOGY } from '../../store/defaultTopology';
import { EXAMPLE_NAMES, presetTopology } from '../../core/testing/presets';
import { loadTopology } from '../../core/topology/load';
import { createAutosaver, type WhenIdle } from './autosave';
import { savedText } from './serialize';
import { SAVE_KEY, memoryStore, type KeyValueStore } from './storage';

describe('createAutosaver', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('writes once, the latest topology, after the delay and an idle moment', () => {
    const store = memoryStore();
    const setItem = vi.spyOn(store, 'setItem');
    const saver = createAutosaver(store, 400, () => {});
    saver.schedule(DEFAULT_TOPOLOGY);
    vi.advanceTimersByTime(300);
    saver.schedule(EMPTY_TOPOLOGY);
    vi.advanceTimersByTime(399);
    expect(setItem).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    vi.runOnlyPendingTimers(); // the idle callback
    expect(setItem).toHaveBeenCalledTimes(1);
    expect(store.getItem(SAVE_KEY)).toBe(savedText(EMPTY_TOPOLOGY));
  });

  it('flush writes a pending save at once, and only once', () => {
    const store = memoryStore();
    const saver = createAutosaver(store, 400, () => {});
    saver.flush();
    expect(store.data.size).toBe(0);
    saver.schedule(EMPTY_TOPOLOGY);
    saver.flush();
    expect(store.getItem(SAVE_KEY)).toBe(savedText(EMPTY_TOPOLOGY));
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

  /** An idle queue the test runs by hand: what requestIdleCallback would run when the page is idle. */
  const manualIdle = () => {
    const tasks = new Set<() => void>();
    const whenIdle: WhenIdle = (task) => {
      tasks.add(task);
      return () => void tasks.delete(task);
    };
    const runIdle = () => [...tasks].forEach((task) => (tasks.delete(task), task()));
    return { whenIdle, runIdle, waiting: () => tasks.size };
  };

  it('a due save waits for an idle moment, and a newer edit meanwhile starts the wait again', () => {
    const store = memoryStore();
    const idle = manualIdle();
    const saver = createAutosaver(store, 400, () => {}, idle.whenIdle);
    saver.schedule(DEFAULT_TOPOLOGY);
    vi.advanceTimersByTime(400);
    expect(idle.waiting()).toBe(1);
    expect(store.data.size, 'not before the page is idle').toBe(0);
    saver.schedule(EMPTY_TOPOLOGY);
    expect(idle.waiting(), 'the older save is called off').toBe(0);
    vi.advanceTimersByTime(400);
    idle.runIdle();
    expect(store.getItem(SAVE_KEY)).toBe(savedText(EMPTY_TOPOLOGY));
  });

  it('flush (pagehide) writes the last edit at once, whether it waits for the delay or for an idle moment', () => {
    const store = memoryStore();
    const idle = manualIdle();
    const saver = createAutosaver(store, 400, () => {}, idle.whenIdle);
    saver.schedule(DEFAULT_TOPOLOGY);
    saver.flush();
    expect(store.getItem(SAVE_KEY)).toBe(savedText(DEFAULT_TOPOLOGY));
    saver.schedule(EMPTY_TOPOLOGY);
    vi.advanceTimersByTime(400);
    saver.flush();
    expect(store.getItem(SAVE_KEY)).toBe(savedText(EMPTY_TOPOLOGY));
    store.removeItem(SAVE_KEY);
    idle.runIdle();
    vi.runAllTimers();
    expect(store.data.size, 'nothing is written twice').toBe(0);
  });

  it('what it saves loads back as the same topology (compact JSON of format v2)', () => {
    const store = memoryStore();
    const saver = createAutosaver(store, 400, () => {}, manualIdle().whenIdle);
    for (const name of EXAMPLE_NAMES) {
      const topology = presetTopology(name);
      saver.schedule(topology);
      saver.flush();
      const text = store.getItem(SAVE_KEY)!;
      expect(text).not.toContain('\n');
      expect(loadTopology(text)).toEqual({ ok: true, topology });
    }
  });
});
