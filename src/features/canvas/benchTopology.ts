import type { LbTopology, Topology } from '../../core/topology/schema';

/** Element counts of the canvas benchmark (about a thousand nodes). */
export const BENCH_COUNTS = { frontends: 100, rules: 300, pools: 20, vms: 580 } as const;

/**
 * A smaller set (`?bench=small`, 300 nodes) that is still above the canvas's 200-node threshold for rendering only
 * what is in view, so tests of that mode do not pay for a thousand nodes.
 */
export const BENCH_SMALL_COUNTS = { frontends: 30, rules: 90, pools: 6, vms: 174 } as const;

/** How many load balancers the benchmark's elements are spread over (each gets a contiguous share). */
const BENCH_LOAD_BALANCERS = 4;

/**
 * A large, valid-looking topology for the canvas benchmark, spread over `BENCH_LOAD_BALANCERS` load balancers that
 * share the VMs, with a column layout (each load balancer a band below the last, VMs in one column right of them) so
 * the app and the bare React Flow page place the same nodes at the same spots. Names are unique across load
 * balancers (`rule1` is in the first). Pure: the bare page imports it too.
 */
export function benchTopology(counts: { frontends: number; rules: number; pools: number; vms: number } = BENCH_COUNTS): Topology {
  const share = (n: number, k: number) =>
    [Math.floor((n * k) / BENCH_LOAD_BALANCERS), Math.floor((n * (k + 1)) / BENCH_LOAD_BALANCERS)] as const;
  const vms = Array.from({ length: counts.vms }, (_, i) => ({
    name: `vm${i}`,
    os: i % 2 ? ('ubuntu' as const) : ('windows' as const),
    nic: { name: i % 2 ? 'eth0' : 'Ethernet', ip: `10.2.${Math.floor(i / 250)}.${(i % 250) + 4}` },
  }));
  const perPool = Math.ceil(counts.vms / counts.pools);
  const layout: Record<string, { x: number; y: number }> = {};
  let top = 0;
  const loadBalancers = Array.from({ length: BENCH_LOAD_BALANCERS }, (_, k) => {
    const lb = `bench-lb${k}`;
    const [f0, f1] = share(counts.frontends, k);
    const [r0, r1] = share(counts.rules, k);
    const [p0, p1] = share(counts.pools, k);
    const frontends = range(f0, f1).map((i) => ({ name: `fe${i}`, ip: `10.1.${i >> 8}.${(i % 250) + 4}` }));
    const backendPools = range(p0, p1).map((p) => ({
      name: `pool${p}`,
      members: vms.slice(p * perPool, (p + 1) * perPool).map((v) => v.name),
    }));
    // Each rule gets its own frontend port on its frontend and floating IP on, so the set stays mostly valid.
    const rules = range(r0, r1).map((i) => ({
      name: `rule${i}`,
      frontend: `fe${f0 + ((i - r0) % Math.max(1, f1 - f0))}`,
      backendPool: `pool${p0 + ((i - r0) % Math.max(1, p1 - p0))}`,
      protocol: 'Tcp' as const,
      frontendPort: 1000 + i,
      backendPort: 1000 + i,
      floatingIp: true,
    }));
    const column = (prefix: string, names: string[], x: number) =>
      names.forEach((name, i) => (layout[`${lb}/${prefix}:${name}`] = { x, y: top + i * 100 }));
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
    top += Math.max(frontends.length, rules.length, backendPools.length) * 100 + 200;
    return {
      name: lb,
      sku: 'Standard' as const,
      type: 'Public' as const,
      frontends,
      backendPools,
      probes: [],
      rules,
    };
  });
  vms.forEach((v, i) => (layout[`vm:${v.name}`] = { x: 960, y: i * 100 }));
  return {
    version: 2,
    name: `Canvas benchmark (${counts.frontends + counts.rules + counts.pools + counts.vms} elements, ${BENCH_LOAD_BALANCERS} load balancers)`,
    loadBalancers,
    vms,
    layout,
  };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}

/**
 * The same elements in one load balancer (format v1's shape), for benchmarks of what is drawn or written per load
 * balancer (bench/documents.ts), with a column layout.
 */
export function benchLbTopology(counts: { frontends: number; rules: number; pools: number; vms: number } = BENCH_COUNTS): LbTopology {
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
