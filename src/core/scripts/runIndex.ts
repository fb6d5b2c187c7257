// The PlanIndex of `script --all`, read straight from the analysis's rule runs. Grouping rows by VM through the
// on-demand rows array built every one of the 500,000 rows twice (once to group, once to plan) and read each through
// a Proxy; here a VM's rows are built once, when it is planned, and dropped with its plan.
import { memberRow, ruleHead, type MappingRow, type RuleHead, type RuleRun } from '../mapping/mapping';
import type { NatMappingRow } from '../mapping/natMapping';
import type { IpConfig } from '../model/resolve';
import { isHaPorts } from '../model/protocol';
import { ruleEnds, type TopologyIndex } from '../model/resolve';
import { planIndex, type PlanIndex } from './planIndex';
import type { PlanShape } from './planTemplate';
import type { Vm } from '../topology/schema';

/**
 * The {@link planIndex} of the rows `runs` stand for, without building them up front: `rowsOf` builds the VM's rows
 * in row order. Everything else (NAT rows, probes, VMs, parsed addresses) is planIndex's own.
 * @example const index = runIndex(a.index, a.runs, a.natRows); planVm(t, [], 'vm1', a.natRows, index)
 */
export function runIndex(
  index: TopologyIndex,
  runs: readonly RuleRun[],
  natRows: readonly NatMappingRow[] = [],
): PlanIndex & { shapeOf(vm: Vm): PlanShape | undefined } {
  // NAT rows, probes, VMs and the address cache come from planIndex over no load-balancing rows.
  const base = planIndex(index.topology, [], natRows);
  // Each rule's shared part once: made per row, it was one more object and holder lookup for each of 500,000 rows.
  const heads: (RuleHead | undefined)[] = [];
  // The runs of one pool (and address family) share one member array: the runs by that array, so a VM's rows are
  // (run, position) for each run of each array it is in, listed when asked instead of pushed for 500,000 pairs.
  const groups = new Map<readonly IpConfig[], number[]>();
  // Per VM (by its dense id), where it stands in which member arrays.
  const places: { members: readonly IpConfig[]; at: number }[][] = [];
  const idOf = new Map<string, number>();
  // Per pool, each VM's first row position by VM id: to list the VMs of several pools in the order rows have them.
  const poolVms = new Map<string, number[]>();
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    const ends = ruleEnds(index, run.rule);
    // mapRules makes a run only for a rule whose frontend and pool resolve.
    if (!ends) continue;
    heads[r] = ruleHead(run.rule, ends, isHaPorts(run.rule));
    const members = run.members;
    const group = groups.get(members);
    if (group) {
      group.push(r);
      continue;
    }
    // The first run of an array: its rows come first among the array's runs, so it gives each VM's first position.
    groups.set(members, [r]);
    let firsts = poolVms.get(ends.pool.name);
    if (!firsts) poolVms.set(ends.pool.name, (firsts = []));
    for (let at = 0; at < members.length; at++) {
      const id = members[at]!.vmId;
      firsts[id] ??= run.start + at;
      let list = places[id];
      if (!list) {
        places[id] = list = [];
        idOf.set(members[at]!.vm.name, id);
      }
      list.push({ members, at });
    }
  }
  // A VM's rows in row order, as (run, position) pairs, flat: run at 2k, position at 2k + 1.
  const pairsOf = (id: number): number[] => {
    const pairs: [number, number][] = [];
    for (const { members, at } of places[id] ?? []) for (const r of groups.get(members)!) pairs.push([r, at]);
    if ((places[id]?.length ?? 0) > 1) pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    return pairs.flat();
  };
  const nameOf = new Map([...idOf].map(([name, id]) => [id, name]));
  // A NIC IP that is also a frontend IP could merge with it in a plan: such a VM is planned on its own.
  const frontendIps = new Set(index.topology.frontends.map((f) => base.ip(f.ip)?.text));
  return {
    ...base,
    shapeOf(vm) {
      const id = idOf.get(vm.name);
      const at = id === undefined ? undefined : places[id];
      if (!at || base.natRowsOf(vm.name).length || frontendIps.has(vm.nic.ip) || base.vm(vm.name) !== vm) return undefined;
      // Only the primary NIC IP, written as the analysis writes it, is swapped for another VM's.
      for (const { members, at: k } of at) {
        const member = members[k]!;
        if (member.ip.text !== vm.nic.ip || member.vm !== vm) return undefined;
      }
      // In one array only: its runs are the shape, shared by every VM of that pool.
      const family = at[0]!.members[at[0]!.at]!.ip.family;
      if (at.length === 1) return { runs: groups.get(at[0]!.members)!, family };
      const pairs = pairsOf(id!);
      const shape: number[] = [];
      for (let k = 0; k < pairs.length; k += 2) shape.push(pairs[k]!);
      return { runs: shape, family };
    },
    rowsOf(vm) {
      const id = idOf.get(vm);
      if (id === undefined) return [];
      const list = pairsOf(id);
      const rows: MappingRow[] = [];
      for (let k = 0; k < list.length; k += 2) {
        const run = runs[list[k]!]!;
        const head = heads[list[k]!]!;
        const row = memberRow(head, run.members[list[k + 1]!]!);
        // As planIndex: a row whose addresses do not parse is no row of the plan.
        if (base.ip(row.destinationIp) && base.ip(row.memberIp)) rows.push(row);
      }
      return rows;
    },
    vmsOfPools(pools) {
      const first: number[] = [];
      for (const pool of pools) {
        const firsts = poolVms.get(pool) ?? [];
        firsts.forEach((at, id) => {
          if (!(first[id]! <= at)) first[id] = at;
        });
      }
      const ids: number[] = [];
      first.forEach((_, id) => ids.push(id));
      return ids.sort((a, b) => first[a]! - first[b]!).map((id) => nameOf.get(id)!);
    },
  };
}
