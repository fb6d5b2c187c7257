import type { BackendPool, FrontendIpHolder, LbTopology } from '../topology/schema';

/**
 * Sets who holds a backend pool's frontend IP in its guests. `every-member` removes the field rather than writing it,
 * so a file saved before the field existed, or one that never chose a mode, keeps its exact shape.
 * @example setFrontendIpHolder(t, 'sql-nodes', 'cluster-windows').backendPools[0].frontendIpHolder // 'cluster-windows'
 */
export function setFrontendIpHolder(t: LbTopology, pool: string, holder: FrontendIpHolder): LbTopology {
  const current = t.backendPools.find((p) => p.name === pool);
  if (!current || (current.frontendIpHolder ?? 'every-member') === holder) return t;
  const next = (p: BackendPool): BackendPool => {
    if (holder !== 'every-member') return { ...p, frontendIpHolder: holder };
    const { frontendIpHolder: _dropped, ...rest } = p;
    return rest;
  };
  return { ...t, backendPools: t.backendPools.map((p) => (p.name === pool ? next(p) : p)) };
}
