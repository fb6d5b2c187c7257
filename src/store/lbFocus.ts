// The inspector, the palette and the tabs that show one load balancer at a time work on one load balancer's view
// (the v1 shape every core edit takes); these say which one, and lift their edits into the v2 topology.
import { inLb, lbIndex, lbView } from '../core/topology/design';
import type { LbTopology, Topology } from '../core/topology/schema';
import { useTopologyStore } from './topologyStore';
import { useUiStore } from './uiStore';

/**
 * The position of the focused load balancer: the selection's, else the one focused last, else the first.
 * @example focusedLbIndex(t, 'ilb') // 1
 */
export function focusedLbIndex(t: Topology, focused: string | undefined): number {
  const i = focused === undefined ? -1 : lbIndex(t, focused);
  return i < 0 ? 0 : i;
}

/** The focused load balancer's view; re-renders when the topology or the focus changes. */
export function useLbTopology(): LbTopology {
  const t = useTopologyStore((s) => s.topology);
  const focused = useUiStore((s) => s.focusedLb);
  return lbView(t, focusedLbIndex(t, focused));
}

/** Applies an edit of the focused load balancer's view as one undo step. */
export function applyInLb(edit: (view: LbTopology) => LbTopology): void {
  const { topology, apply } = useTopologyStore.getState();
  apply(inLb(focusedLbIndex(topology, useUiStore.getState().focusedLb), edit));
}
