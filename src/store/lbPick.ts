import { useState } from 'react';
// A tab that works on one load balancer at a time (Trace, NSG) lets the user pick which, and otherwise follows the
// focused one; each tab keeps its own pick.
import { lbIndex, lbView } from '../core/topology/design';
import type { LbTopology } from '../core/topology/schema';
import { useLbTopology } from './lbFocus';
import { useTopologyStore } from './topologyStore';

/** The load balancer a tab works on: its name, its view, every name to pick from, and the picker. */
export interface PickedLb {
  name: string;
  view: LbTopology;
  names: readonly string[];
  pick: (name: string) => void;
}

/**
 * A tab's load balancer: the one picked in the tab, else the focused one (the selection's). Selecting an element of
 * another load balancer elsewhere moves the focus, and the tab follows it again.
 */
export function usePickedLb(): PickedLb {
  const topology = useTopologyStore((s) => s.topology);
  const focused = useLbTopology().loadBalancer.name;
  const [picked, setPicked] = useState<string>();
  const [seenFocus, setSeenFocus] = useState(focused);
  // Adjusted during render, not in an effect, so no frame shows the load balancer left behind.
  if (seenFocus !== focused) {
    setSeenFocus(focused);
    setPicked(undefined);
  }
  const name = picked !== undefined && lbIndex(topology, picked) >= 0 ? picked : focused;
  return { name, view: lbView(topology, name), names: topology.loadBalancers.map((lb) => lb.name), pick: setPicked };
}
