// The Mapping tab's rows of Global (cross-region) load balancers: the core's globalVmRows, kept per analysis so a
// render (a selection, a filter keystroke) or a return to the tab does not walk the regional rows again.
import { globalVmRows, type GlobalVmRow } from '../../core/mapping/globalMapping';
import type { Topology } from '../../core/topology/schema';
import type { TopologyAnalysis } from '../../core/validation/analyzeTopology';
import { endpointLabel } from './endpoint';

const NONE: readonly GlobalVmRow[] = [];
const kept = new WeakMap<TopologyAnalysis, { topology: Topology; rows: readonly GlobalVmRow[] }>();

/**
 * Every VM each Global rule reaches through its regional frontends (core/mapping/globalMapping.ts), computed once per
 * analysis and topology; none, without walking anything, when the topology has no Global load balancer.
 * @example globalRowsOf(t, analysis).map((r) => r.vm) // ['web-west-1', 'web-west-2', 'web-east-1', 'web-east-2']
 */
export function globalRowsOf(topology: Topology, analysis: TopologyAnalysis): readonly GlobalVmRow[] {
  if (!topology.loadBalancers.some((lb) => lb.tier === 'Global')) return NONE;
  const hit = kept.get(analysis);
  if (hit?.topology === topology) return hit.rows;
  const rows = globalVmRows(topology, analysis);
  kept.set(analysis, { topology, rows });
  return rows;
}

/**
 * The rows the load balancer filter keeps: a Global flow is its Global load balancer's row (the regional load balancer
 * it passes through shows its own rows in the main table). All of them when `lb` is undefined.
 * @example scopeGlobalRows(rows, 'lb-west') // []
 */
export function scopeGlobalRows(rows: readonly GlobalVmRow[], lb: string | undefined): readonly GlobalVmRow[] {
  return lb === undefined ? rows : rows.filter((r) => r.loadBalancer === lb);
}

/**
 * Rows whose visible text contains every word of the query, case-insensitively (the filter box of the Mapping tab).
 * @example filterGlobalRows(rows, 'west 443') // the flows through lb-west
 */
export function filterGlobalRows(rows: readonly GlobalVmRow[], query: string): readonly GlobalVmRow[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return rows;
  return rows.filter((r) => {
    const text = searchText(r);
    return words.every((w) => text.includes(w));
  });
}

function searchText(r: GlobalVmRow): string {
  return [
    r.loadBalancer,
    r.rule,
    r.frontend,
    r.protocol,
    endpointLabel(r.frontendIp, r.frontendPort),
    r.regionalLoadBalancer,
    r.regionalFrontend,
    endpointLabel(r.destinationIp, r.destinationPort),
    r.regionalRule,
    r.vm,
    r.memberIp,
    endpointLabel(r.vmDestinationIp, r.vmDestinationPort),
    r.listenIp,
    r.listenOn,
    r.floatingIp || r.regionalFloatingIp ? 'floating on' : 'floating off',
  ]
    .join(' ')
    .toLowerCase();
}
