// The largest Azure load balancer's elements spread over several load balancers of one v2 design (issue 19): the
// same 600 frontends, 1,500 rules and 2,000 VMs, so the design-level analysis can be compared with the single one.
import { migrateV1 } from '../src/core/topology/design';
import type { LoadBalancerDef, Topology } from '../src/core/topology/schema';
import { largestTopology } from './largest';

/**
 * `count` load balancers (a divisor of 6: rule r's pool is r % 6 and its frontend r % 600, so pool p's rules use only
 * frontends f with f % count === p % count and each load balancer gets whole pools, their rules and frontends).
 * @example spreadTopology(3).loadBalancers.map((lb) => lb.rules.length) // [500, 500, 500]
 */
export function spreadTopology(count: 2 | 3 | 6): Topology {
  const one = migrateV1(largestTopology(1));
  const lb = one.loadBalancers[0]!;
  const poolIndex = (name: string) => Number(name.slice('pool'.length));
  const frontendIndex = (name: string) => Number(name.slice('fe'.length));
  const loadBalancers = Array.from({ length: count }, (_, i): LoadBalancerDef => ({
    ...lb,
    name: `lb${i}`,
    frontends: lb.frontends.filter((f) => frontendIndex(f.name) % count === i),
    backendPools: lb.backendPools.filter((p) => poolIndex(p.name) % count === i),
    rules: lb.rules.filter((r) => poolIndex(r.backendPool) % count === i),
  }));
  return { ...one, name: `largest over ${count} load balancers`, loadBalancers };
}
