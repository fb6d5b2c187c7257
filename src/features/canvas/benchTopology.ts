import type { LbTopology } from '../../core/topology/schema';

/** Element counts of the canvas benchmark (about a thousand nodes). */
export const BENCH_COUNTS = { frontends: 100, rules: 300, pools: 20, vms: 580 } as const;

/**
 * A smaller set (`?bench=small`, 300 nodes) that is still above the canvas's 200-node threshold for rendering only
 * what is in view, so tests of that mode do not pay for a thousand nodes.
 */
export const BENCH_SMALL_COUNTS = { frontends: 30, rules: 90, pools: 6, vms: 174 } as const;

/**
 * A large, valid-looking topology for the canvas benchmark, with a column layout so the app and the
 * bare React Flow page place the same nodes at the same spots. Pure: the bare page imports it too.
 */
export function benchTopology(counts: { frontends: number; rules: number; pools: number; vms: number } = BENCH_COUNTS): LbTopology {
  const frontends = Array.from({ length: counts.frontends }, (_, i) => ({ name: `fe${i}`, ip: `10.1.${i >> 8}.${(i % 250) + 4}` }));
  const vms = Array.from({ length: counts.vms }, (_, i) => ({
    name: `vm${i}`,
    os: i % 2 ? ('ubuntu' as const) : ('windows' as const),
    nic: { name: i % 2 ? 'eth0' : 'Ethernet', ip: `10.2.${Math.floor(i / 250)}.${(i % 250) + 4}` },
  }));
  const perPool = Math.ceil(counts.vms / counts.pools);
  const backendPools = Array.from({ length: counts.pools }, (_, p) => ({
    name: `pool${p}`,
    members: vms.slice(p * perPool, (p + 1) * perPool).map((v) => v.name),
  }));
  // Each rule gets its own frontend port on its frontend and floating IP on, so the set stays mostly valid.
  const rules = Array.from({ length: counts.rules }, (_, i) => ({
    name: `rule${i}`,
    frontend: `fe${i % counts.frontends}`,
    backendPool: `pool${i % counts.pools}`,
    protocol: 'Tcp' as const,
    frontendPort: 1000 + i,
    backendPort: 1000 + i,
    floatingIp: true,
  }));
  const layout: Record<string, { x: number; y: number }> = {};
  const column = (prefix: string, names: string[], x: number) =>
    names.forEach((name, i) => (layout[`${prefix}:${name}`] = { x, y: i * 100 }));
  column(
    'frontend',
    frontends.map((f) => f.name),
    0,
  );
  column(
    'rule',
    rules.map((r) => r.name),
    320,
  );
  column(
    'backendPool',
    backendPools.map((p) => p.name),
    640,
  );
  column(
    'vm',
    vms.map((v) => v.name),
    960,
  );
  return {
    version: 1,
    name: `Canvas benchmark (${counts.frontends + counts.rules + counts.pools + counts.vms} elements)`,
    loadBalancer: { name: 'bench-lb', sku: 'Standard', type: 'Public' },
    frontends,
    backendPools,
    probes: [],
    rules,
    vms,
    layout,
  };
}
