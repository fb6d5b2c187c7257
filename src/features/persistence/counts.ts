import type { Topology } from '../../core/topology/schema';
import type { en } from './messages.en';

type Translate = (key: keyof typeof en, params: Record<string, string | number>) => string;

/**
 * The size of a topology in words ("3 frontends, 2 rules, 2 VMs"), over all its load balancers, and how many there
 * are when there is more than one.
 * @example topologyCounts(t, translate) // '2 load balancers, 3 frontends, 2 rules, 2 VMs'
 */
export function topologyCounts(t: Topology, translate: Translate): string {
  let frontends = 0;
  let rules = 0;
  for (const lb of t.loadBalancers) {
    frontends += lb.frontends.length;
    rules += lb.rules.length;
  }
  const counts = { frontends, rules, vms: t.vms.length };
  return t.loadBalancers.length > 1
    ? translate('sharedCountsLbs', { ...counts, lbs: t.loadBalancers.length })
    : translate('sharedCounts', counts);
}
