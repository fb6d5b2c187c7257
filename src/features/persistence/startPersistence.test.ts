// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { topology as v1 } from '../../core/testing/builders';
import { migrateV1 } from '../../core/topology/design';
import type { LbTopology, Topology } from '../../core/topology/schema';
import { useTopologyStore } from '../../store/topologyStore';
import { useUiStore } from '../../store/uiStore';
import { DEFAULT_TOPOLOGY } from '../../store/defaultTopology';
import { savedText, serializeTopology } from './serialize';
import { readKept } from './previousWork';
import { OTHER_TAB_NOTICE, startPersistence, UNRESTORABLE_NOTICE } from './startPersistence';
import { BACKUP_KEY, SAVE_KEY } from './storage';

const topology = (over: Partial<LbTopology> = {}): Topology => migrateV1(v1(over));

const saved = () => localStorage.getItem(SAVE_KEY);
const notice = (id: string) => useUiStore.getState().notices.find((n) => n.id === id);
const edit = (name: string) => useTopologyStore.getState().replace(topology({ name }));
// pagehide writes a pending save at once, as a reload does.
const flushSaves = () => window.dispatchEvent(new Event('pagehide'));

let stop: () => void = () => {};

beforeEach(() => {
  localStorage.clear();
  useUiStore.setState({ notices: [] });
});
afterEach(() => stop());

describe('persistence resumes saving from its notices’ onDismiss', () => {
  it('holds this tab’s saves while another tab’s work is announced; dismissing writes this tab’s work at once', () => {
    stop = startPersistence();
    edit('mine');
    flushSaves();
    expect(saved()).toBe(savedText(topology({ name: 'mine' })));

    const theirs = serializeTopology(topology({ name: 'theirs' }));
    localStorage.setItem(SAVE_KEY, theirs);
    window.dispatchEvent(new StorageEvent('storage', { key: SAVE_KEY, newValue: theirs }));
    expect(notice(OTHER_TAB_NOTICE)?.text).toContain('theirs');

    edit('mine, edited');
    flushSaves();
    expect(saved(), 'held: theirs is not overwritten').toBe(theirs);

    useUiStore.getState().dismiss(OTHER_TAB_NOTICE);
    expect(saved()).toBe(savedText(topology({ name: 'mine, edited' })));
  });

  it('keeps unrestorable data aside until its notice is dismissed, then lets it go', () => {
    localStorage.setItem(SAVE_KEY, '{oops');
    stop = startPersistence();
    expect(notice(UNRESTORABLE_NOTICE)?.download?.content).toBe('{oops');
    expect(localStorage.getItem(BACKUP_KEY)).toBe('{oops');

    useUiStore.getState().dismiss(UNRESTORABLE_NOTICE);
    expect(localStorage.getItem(BACKUP_KEY)).toBeNull();
    expect(saved()).toBeNull();
  });

  it('does nothing once stopped, even when a notice from before is dismissed', () => {
    localStorage.setItem(SAVE_KEY, '{oops');
    startPersistence()();
    useUiStore.getState().dismiss(UNRESTORABLE_NOTICE);
    expect(localStorage.getItem(BACKUP_KEY)).toBe('{oops');
  });
});

describe('autosave waits for a quiet, idle moment, and never loses the last edit', () => {
  const reload = () => {
    stop();
    useTopologyStore.setState({ topology: DEFAULT_TOPOLOGY });
    stop = startPersistence();
    return useTopologyStore.getState().topology;
  };

  it('an edit is not written during the edit; pagehide writes it, and a reload restores it', () => {
    stop = startPersistence();
    edit('first');
    flushSaves();
    edit('last edit');
    expect(saved(), 'deferred: the edit itself does not write').toBe(savedText(topology({ name: 'first' })));
    flushSaves();
    expect(saved()).toBe(savedText(topology({ name: 'last edit' })));
    expect(reload()).toEqual(topology({ name: 'last edit' }));
  });

  it('a tab being hidden (a phone suspending it) writes the pending edit at once', () => {
    stop = startPersistence();
    edit('before hiding');
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
    } finally {
      Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    }
    expect(saved()).toBe(savedText(topology({ name: 'before hiding' })));
  });

  it('stopping persistence (the page going away) writes the pending edit', () => {
    stop = startPersistence();
    edit('pending at stop');
    stop();
    stop = () => {};
    expect(saved()).toBe(savedText(topology({ name: 'pending at stop' })));
  });

  it('with no event at all, the edit is written once the delay has passed and the page is idle', async () => {
    stop = startPersistence();
    edit('quietly saved');
    await expect.poll(saved, { timeout: 5000, interval: 100 }).toBe(savedText(topology({ name: 'quietly saved' })));
  });
});

describe('closing a tab while another tab’s save is unanswered', () => {
  it('keeps this tab’s work aside (Previous work), leaves theirs saved, and offers it again after a reload', () => {
    stop = startPersistence();
    edit('mine');
    flushSaves();
    const theirs = serializeTopology(topology({ name: 'theirs' }));
    localStorage.setItem(SAVE_KEY, theirs);
    window.dispatchEvent(new StorageEvent('storage', { key: SAVE_KEY, newValue: theirs }));
    edit('mine, not saved anywhere');
    flushSaves();
    expect(saved()).toBe(theirs);
    expect(readKept(localStorage)[0]?.topology).toEqual(topology({ name: 'mine, not saved anywhere' }));
    flushSaves();
    expect(readKept(localStorage), 'kept once, however often the page is hidden').toHaveLength(1);

    stop();
    useUiStore.setState({ notices: [] });
    stop = startPersistence();
    expect(useTopologyStore.getState().topology.name).toBe('theirs');
    expect(
      useUiStore
        .getState()
        .notices.map((n) => n.text)
        .join(' '),
    ).toContain('mine, not saved anywhere');
  });
});
