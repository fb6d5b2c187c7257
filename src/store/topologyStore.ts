import { temporal } from 'zundo';
import { create } from 'zustand';
import type { Topology } from '../core/topology/schema';
import { DEFAULT_TOPOLOGY } from './defaultTopology';

/**
 * The single source of truth: the topology (format v2: its load balancers, the shared VMs, the layout section).
 * Every edit goes through `apply` with a pure function, and every edit is one undo step; an edit of one load
 * balancer's view (src/core/edit) is lifted with `inLb` (core/topology/design.ts), or `applyInLb` (lbFocus.ts).
 * UI state (selection, drag positions, notices) lives in uiStore, outside the history.
 */
export interface TopologyState {
  topology: Topology;
  /** Applies a pure edit; a no-op edit (same object back) records nothing. */
  apply: (edit: (t: Topology) => Topology) => void;
  /** Replaces the whole topology (open file, preset, share link): one undo step. */
  replace: (t: Topology) => void;
  /** How many times `replace` has run: the canvas fits its view to new work, not to an edit (nor to an undo). */
  replaced: number;
}

export const useTopologyStore = create<TopologyState>()(
  temporal(
    (set) => ({
      topology: DEFAULT_TOPOLOGY,
      apply: (edit) =>
        set((s) => {
          const next = edit(s.topology);
          return next === s.topology ? s : { topology: next };
        }),
      replace: (topology) => set((s) => ({ topology, replaced: s.replaced + 1 })),
      replaced: 0,
    }),
    {
      partialize: (s) => ({ topology: s.topology }),
      equality: (a, b) => a.topology === b.topology,
      limit: 200,
    },
  ),
);

/** Undo the last edit, if any. */
export const undo = () => useTopologyStore.temporal.getState().undo();
/** Redo the last undone edit, if any. */
export const redo = () => useTopologyStore.temporal.getState().redo();
/** Forget all history (after restoring saved work, so undo cannot go back to the default example). */
export const clearHistory = () => useTopologyStore.temporal.getState().clear();
