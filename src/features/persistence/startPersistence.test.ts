// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { topology as v1 } from '../../core/testing/builders';
import { migrateV1 } from '../../core/topology/design';
import type { LbTopology, Topology } from '../../core/topology/schema';
import { useTopologyStore } from '../../store/topologyStore';
import { useUiStore } from '../../store/uiStore';
import { serializeTopology } from './serialize';
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
    expect(saved()).toBe(serializeTopology(topology({ name: 'mine' })));

    const theirs = serializeTopology(topology({ name: 'theirs' }));
    localStorage.setItem(SAVE_KEY, theirs);
    window.dispatchEvent(new StorageEvent('storage', { key: SAVE_KEY, newValue: theirs }));
    expect(notice(OTHER_TAB_NOTICE)?.text).toContain('theirs');

    edit('mine, edited');
    flushSaves();
    expect(saved(), 'held: theirs is not overwritten').toBe(theirs);

    useUiStore.getState().dismiss(OTHER_TAB_NOTICE);
    expect(saved()).toBe(serializeTopology(topology({ name: 'mine, edited' })));
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
