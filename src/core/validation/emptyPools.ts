import { diagnostic, SOURCES, type Diagnostic } from '../diagnostics/diagnostic';
import type { TopologyIndex } from '../model/resolve';
import { names, text } from './catalogText';
import { ref } from './refs';

/**
 * A backend pool that load-balancing rules send to but that has no members: Azure deploys it (pools are often filled
 * later, by NICs or scale sets), but nothing receives the rules' traffic, and the mapping has no rows to show.
 * @example checkEmptyPools(index, out) // info EmptyBackendPool: rules r1 send to pool "pool", which has no members …
 */
export function checkEmptyPools(index: TopologyIndex, out: Diagnostic[]): void {
  const rulesByPool = new Map<string, string[]>();
  for (const rule of index.topology.rules) {
    const pool = index.pools.get(rule.backendPool);
    // A Global load balancer's pool holds regional frontends instead of members.
    if (!pool || pool.members.length > 0 || (pool.regionalFrontends?.length ?? 0) > 0) continue;
    rulesByPool.set(pool.name, [...(rulesByPool.get(pool.name) ?? []), rule.name]);
  }
  // Sorted, so the diagnostics never depend on the order of the topology's lists.
  for (const [pool, unsorted] of [...rulesByPool].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const rules = [...unsorted].sort();
    out.push(
      diagnostic(
        'info',
        'EmptyBackendPool',
        [ref('backendPool', pool), ...rules.map((r) => ref('rule', r))],
        text('EmptyBackendPool', { pool, rules: names(rules) }),
        SOURCES.backendPools,
      ),
    );
  }
}
