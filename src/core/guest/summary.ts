// One VM's answer in a few facts: what its guest must hold, listen on and answer, and which script does it. Built on
// the scripts planner (planVm), never re-derived, so the inspector, the phone cards and the Scripts tab agree.
import { safeFileStem } from '../files/fileName';
import type { ListenOn } from '../model/holder';
import type { Text } from '../i18n/text';
import type { MappingRow } from '../mapping/mapping';
import type { NatMappingRow } from '../mapping/natMapping';
import { runsOf } from '../mapping/rowsOnDemand';
import { isGatewayLoadBalancer } from '../scripts/gateway';
import { scriptHolder } from '../scripts/modeChecks';
import { planVm, type VmPlan } from '../scripts/plan';
import { planIndex, type PlanIndex } from '../scripts/planIndex';
import { placeholderRefusal } from '../scripts/placeholders';
import { DEFAULT_WINDOWS_LOOPBACK, defaultFlavor, scriptExtension, type Flavor } from '../scripts/types';
import type { FrontendIpHolder, LbTopology, Topology, Vm } from '../topology/schema';
import { designPlan } from '../scripts/designScripts';

/** A frontend IP the guest (or its cluster) must hold, and on which interface. */
export interface HeldAddress {
  ip: string;
  family: 4 | 6;
  /** `loopback`: the script adds it on every member; `cluster`: the cluster resource adds it on the active node's NIC. */
  on: 'loopback' | 'cluster';
  /** The interface it goes on: `lo`, Windows' loopback pseudo-interface, or (cluster) the VM's NIC. */
  interface: string;
  /** The load-balancing and inbound NAT rules that need it, in the plan's order. */
  rules: string[];
}

/** One address and port a service on the VM must listen on (port 0: every port, an HA-ports rule). */
export interface ListenPort {
  address: string;
  port: number;
  protocol: string;
  /** Where the address lives: the NIC, a loopback, the cluster's active node, or nowhere (an appliance forwards). */
  on: ListenOn;
  rules: string[];
}

/** A health probe the VM must answer, on its own NIC address. */
export interface ProbePort {
  name: string;
  protocol: string;
  port: number;
  address: string;
}

/** Who holds the frontend IPs: one holder for every pool that reaches the VM, `mixed` when they differ. */
export type SummaryHolder = FrontendIpHolder | 'mixed';

/** The guest summary of one VM: its addresses, listeners, probes and script. */
export interface GuestSummary {
  vm: string;
  os: Vm['os'];
  nic: { name: string; ip: string };
  /** Undefined when no load-balancing or inbound NAT rule reaches the VM. */
  holder: SummaryHolder | undefined;
  /** Behind a Gateway load balancer: the flows arrive VXLAN-encapsulated and nothing goes on a loopback. */
  gateway: boolean;
  addresses: HeldAddress[];
  listens: ListenPort[];
  probes: ProbePort[];
  /** The other members of its cluster or appliance pools (empty for every-member pools). */
  peers: string[];
  /** The rules and inbound NAT rules that reach the VM. */
  rules: string[];
  natRules: string[];
  script: {
    flavor: Flavor;
    fileName: string;
    /** Why the Scripts tab writes no script for this VM (a placeholder value), if it refuses. */
    refused?: Text;
  };
}

/** The analysis a summary reads: the rows the app already has. */
export interface SummaryInput {
  rows: readonly MappingRow[];
  natRows: readonly NatMappingRow[];
}

/**
 * The guest summary of one VM, from the analysis already made: only this VM's rows are read (on-demand rows stay
 * unbuilt), so selecting a VM of a large topology costs one pass over the rule runs.
 * @example guestSummary(t, analyze(t), 'VM1').addresses.map((a) => a.ip) // ['65.52.0.1', '65.52.0.2']
 */
export function guestSummary(topology: LbTopology, analysis: SummaryInput, vmName: string): GuestSummary {
  return summarise(topology, planVm(topology, [], vmName, analysis.natRows, vmIndex(topology, analysis, vmName)));
}

/**
 * The guest summaries of several VMs sharing one index of the rows (the phone's cards show a page of VMs at once).
 * Names that are not VMs of the topology are skipped.
 * @example guestSummaries(t, analyze(t), ['VM1', 'VM2']).length // 2
 */
export function guestSummaries(topology: LbTopology, analysis: SummaryInput, names: readonly string[]): GuestSummary[] {
  const index = planIndex(topology, analysis.rows, analysis.natRows);
  return names.filter((n) => index.vm(n)).map((n) => summarise(topology, planVm(topology, analysis.rows, n, analysis.natRows, index)));
}

/**
 * The guest summary of one VM of a design (format v2): what it must hold, listen on and answer for every load
 * balancer that reaches it, from the same merged plan as its script (designScripts.ts), so a frontend IP two load
 * balancers share a VM through is held once. Undefined when no load balancer reaches the VM.
 * @example designGuestSummary(t, 'nva1')?.addresses.map((a) => a.ip) // ['203.0.113.10', '10.0.2.10']
 */
export function designGuestSummary(t: Topology, vmName: string): GuestSummary | undefined {
  const found = designPlan(t, vmName);
  return found && summarise(found.view, found.plan);
}

function summarise(topology: LbTopology, plan: VmPlan): GuestSummary {
  const vm = plan.vm;
  const gateway = isGatewayLoadBalancer(topology);
  // As the scripts decide: a VM only inbound NAT rules reach is every-member (scriptHolder of no holders).
  const reached = plan.rules.length > 0 || plan.natRules.length > 0;
  const holder = reached ? (scriptHolder(plan) ?? 'mixed') : undefined;
  const loopbackInterface = vm.os === 'windows' ? DEFAULT_WINDOWS_LOOPBACK : 'lo';
  // A Gateway load balancer tunnels to the member's own address: its script puts nothing on a loopback (gateway.ts).
  const addresses: HeldAddress[] = gateway
    ? []
    : [
        ...plan.loopback.map((l) => ({
          ip: l.ip,
          family: l.family,
          on: 'loopback' as const,
          interface: loopbackInterface,
          rules: [...l.rules, ...(l.natRules ?? [])],
        })),
        ...plan.cluster.map((c) => ({ ip: c.ip, family: c.family, on: 'cluster' as const, interface: vm.nic.name, rules: [...c.rules] })),
      ];
  const flavor = defaultFlavor(vm.os);
  const refused = placeholderRefusal(topology, plan);
  return {
    vm: vm.name,
    os: vm.os,
    nic: { name: vm.nic.name, ip: vm.nic.ip },
    holder,
    gateway,
    addresses,
    listens: listensOf(plan),
    probes: plan.probes.map((p) => ({ ...p })),
    peers: plan.peers,
    rules: plan.rules,
    natRules: plan.natRules,
    script: {
      flavor,
      fileName: `${safeFileStem(vm.name, 'vm')}.${flavor}${scriptExtension(flavor)}`,
      ...(refused ? { refused: refused.text } : {}),
    },
  };
}

/** The plan's listens, one per address, port and protocol, with every rule that needs it. */
function listensOf(plan: VmPlan): ListenPort[] {
  const byKey = new Map<string, ListenPort>();
  for (const l of plan.listens) {
    const key = `${l.address} ${l.port} ${l.protocol} ${l.on}`;
    const name = l.natRule ? `NAT ${l.rule}` : l.rule;
    const known = byKey.get(key);
    if (known) {
      if (!known.rules.includes(name)) known.rules.push(name);
    } else byKey.set(key, { address: l.address, port: l.port, protocol: l.protocol, on: l.on, rules: [name] });
  }
  return [...byKey.values()];
}

/**
 * A planIndex of one VM's rows. The other members of its pools (a cluster's or an appliance's peers) are listed
 * from all rows, only when the planner asks.
 */
function vmIndex(topology: LbTopology, analysis: SummaryInput, vmName: string): PlanIndex {
  const { rows, natRows } = analysis;
  const runs = runsOf(rows);
  const mine: MappingRow[] = [];
  // Rule runs name each member's VM: on-demand rows are built only for this VM's positions.
  if (runs) {
    for (const run of runs)
      for (let at = 0; at < run.members.length; at++) if (run.members[at]!.vm.name === vmName) mine.push(rows[run.start + at]!);
  } else for (let i = 0; i < rows.length; i++) if (rows[i]!.vm === vmName) mine.push(rows[i]!);
  const own = planIndex(topology, mine, natRows);
  return { ...own, vmsOfPools: (pools) => vmsOfPools(rows, pools) };
}

/** The VMs of any row of these pools, each once, in the order of its first such row (as planIndex lists them). */
function vmsOfPools(rows: readonly MappingRow[], pools: ReadonlySet<string>): string[] {
  const seen = new Set<string>();
  const runs = runsOf(rows);
  if (runs) {
    for (const run of runs) if (pools.has(run.rule.backendPool)) for (const m of run.members) seen.add(m.vm.name);
    // Runs are in row order, so the first run naming a VM holds its first row; within a run, members' order is row order.
    return [...seen];
  }
  for (let i = 0; i < rows.length; i++) if (pools.has(rows[i]!.backendPool)) seen.add(rows[i]!.vm);
  return [...seen];
}
