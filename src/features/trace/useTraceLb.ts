import { useState } from 'react';
import { lbIndex, lbView } from '../../core/topology/design';
import type { LbTopology } from '../../core/topology/schema';
import { useLbTopology } from '../../store/lbFocus';
import { useTopologyStore } from '../../store/topologyStore';

/** The load balancer the Trace tab traces in: its name, its view, every name to pick from, and the picker. */
export interface TraceLb {
  name: string;
  view: LbTopology;
  names: readonly string[];
  pick: (name: string) => void;
}

/**
 * The trace's load balancer: the one picked in the tab, else the focused one (the selection's). Selecting an element
 * of another load balancer elsewhere moves the focus, and the trace follows it again.
 */
export function useTraceLb(): TraceLb {
  const topology = useTopologyStore((s) => s.topology);
  const focused = useLbTopology().loadBalancer.name;
  const [picked, setPicked] = useState<string>();
  const [seenFocus, setSeenFocus] = useState(focused);
  // Adjusted during render, not in an effect, so no frame traces in the load balancer left behind.
  if (seenFocus !== focused) {
    setSeenFocus(focused);
    setPicked(undefined);
  }
  const name = picked !== undefined && lbIndex(topology, picked) >= 0 ? picked : focused;
  return { name, view: lbView(topology, name), names: topology.loadBalancers.map((lb) => lb.name), pick: setPicked };
}
