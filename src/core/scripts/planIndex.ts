// What planVm looks up for every VM, computed once per analysis: filtering all rows for each VM made `script --all`
// of a 2,000-VM, 500,000-row load balancer visit 2×10⁹ rows, and each row's addresses were parsed 3–5 times.
import type { MappingRow } from '../mapping/mapping';
import type { NatMappingRow } from '../mapping/natMapping';
import { parseIp, type IpAddress } from '../net/address';
import type { Probe, LbTopology, Vm } from '../topology/schema';

/** The rows of a mapping grouped for planning, with the lookups every VM's plan repeats. */
export interface PlanIndex {
  /** Each VM's rows whose destination and member addresses parse, in row order (read from `rows` on each call). */
  rowsOf(vm: string): readonly MappingRow[];
  /** Each VM's NAT rows whose destination and member addresses parse, in row order. */
  natRowsOf(vm: string): readonly NatMappingRow[];
  /** The VMs of any row of these pools, each once, in the order of its first such row. */
  vmsOfPools(pools: ReadonlySet<string>): string[];
  /** The first VM of that name, as `topology.vms.find` gives it. */
  vm(name: string): Vm | undefined;
  /** The first probe of that name, as `topology.probes.find` gives it. */
  probe(name: string): Probe | undefined;
  /** {@link parseIp}, remembered: the same few thousand addresses recur on every row. */
  ip(text: string): IpAddress | undefined;
}

/**
 * Groups `rows` and `natRows` by VM in one pass; hand the result to every planVm of the same analysis.
 * @example const index = planIndex(t, a.rows, a.natRows); t.vms.map((v) => planVm(t, a.rows, v.name, a.natRows, index))
 */
export function planIndex(topology: LbTopology, rows: readonly MappingRow[], natRows: readonly NatMappingRow[] = []): PlanIndex {
  const parsed = new Map<string, IpAddress | undefined>();
  const ip = (text: string) => {
    const known = parsed.get(text);
    if (known !== undefined || parsed.has(text)) return known;
    const value = parseIp(text);
    parsed.set(text, value);
    return value;
  };
  // Positions, not rows: `rows` may build each row when read (rowsOnDemand), so nothing here holds them all.
  const byVm = new Map<string, number[]>();
  // Per pool, each VM's first row index: enough to list the VMs of several pools in the order rows have them.
  const poolVms = new Map<string, Map<string, number>>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    let firsts = poolVms.get(row.backendPool);
    if (!firsts) poolVms.set(row.backendPool, (firsts = new Map()));
    if (!firsts.has(row.vm)) firsts.set(row.vm, i);
    if (!ip(row.destinationIp) || !ip(row.memberIp)) continue;
    let list = byVm.get(row.vm);
    if (!list) byVm.set(row.vm, (list = []));
    list.push(i);
  }
  const natByVm = new Map<string, NatMappingRow[]>();
  for (const row of natRows) {
    if (!ip(row.destinationIp) || !ip(row.memberIp)) continue;
    let list = natByVm.get(row.vm);
    if (!list) natByVm.set(row.vm, (list = []));
    list.push(row);
  }
  const probes = new Map<string, Probe>();
  for (const p of topology.probes) if (!probes.has(p.name)) probes.set(p.name, p);
  const vms = new Map<string, Vm>();
  for (const v of topology.vms) if (!vms.has(v.name)) vms.set(v.name, v);
  return {
    rowsOf: (vm) => (byVm.get(vm) ?? []).map((i) => rows[i]!),
    natRowsOf: (vm) => natByVm.get(vm) ?? [],
    vmsOfPools(pools) {
      const first = new Map<string, number>();
      for (const pool of pools) {
        for (const [vm, at] of poolVms.get(pool) ?? []) if (at < (first.get(vm) ?? Infinity)) first.set(vm, at);
      }
      return [...first].sort((a, b) => a[1] - b[1]).map(([vm]) => vm);
    },
    vm: (name) => vms.get(name),
    probe: (name) => probes.get(name),
    ip,
  };
}
