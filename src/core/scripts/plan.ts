import type { ListenOn } from '../model/holder';
import type { Delivery, MappingRow } from '../mapping/mapping';
import type { NatMappingRow } from '../mapping/natMapping';
import { transports } from '../model/protocol';
import { planIndex, type PlanIndex } from './planIndex';
import type { FrontendIpHolder, LbTopology, Vm } from '../topology/schema';

/** A frontend IP the guest must hold on its loopback, and the floating rules that need it. */
export interface LoopbackAddress {
  ip: string;
  family: 4 | 6;
  rules: string[];
  /** Floating inbound NAT rules that need it; absent when none does. */
  natRules?: string[];
}

/** One inbound firewall opening: a protocol and port (0 = every port) to one local address. */
export interface Opening {
  /** `any` for an HA-ports rule (protocol All, every port). */
  protocol: 'tcp' | 'udp' | 'any';
  port: number;
  address: string;
  family: 4 | 6;
  /** Why it is open: the rules it serves (an inbound NAT rule as `NAT rule <name>`), or the probe names. */
  reasons: string[];
  kind: 'rule' | 'probe';
}

/** What a service on the VM must listen on for one rule. */
export interface Listen {
  rule: string;
  /** True when `rule` names an inbound NAT rule; absent for load-balancing rules. */
  natRule?: true;
  frontend: string;
  frontendIp: string;
  frontendPort: number;
  protocol: string;
  address: string;
  port: number;
  on: ListenOn;
}

/** Everything one VM's guest OS needs, derived from the mapping; the flavours only differ in how they write it. */
export interface VmPlan {
  topology: string;
  vm: Vm;
  rules: string[];
  /** Inbound NAT rules that reach this VM, in the topology's order. */
  natRules: string[];
  loopback: LoopbackAddress[];
  openings: Opening[];
  listens: Listen[];
  probes: { name: string; protocol: string; port: number; address: string }[];
  /** Who holds the frontend IP in the pools whose rules reach this VM, distinct, in rule order ([] when none does). */
  holders: FrontendIpHolder[];
  /** The frontends a cluster (WSFC or Pacemaker) moves between this VM and its peers, one per frontend. */
  cluster: ClusterFrontend[];
  /** The backend pools whose rules reach this VM, in rule order. */
  pools: string[];
  /** The other members of this VM's cluster or appliance pools, in pool order: the nodes a script also concerns. */
  peers: string[];
}

/** A frontend whose IP a cluster resource holds on the active node, with the probe(s) its rules use. */
export interface ClusterFrontend {
  frontend: string;
  ip: string;
  family: 4 | 6;
  pool: string;
  holder: 'cluster-windows' | 'cluster-pacemaker';
  rules: string[];
  /** Distinct probes of those rules; a cluster IP resource answers exactly one. Rules without a probe add none. */
  probes: { name: string; port: number }[];
  /** Rules without a probe: the cluster would have nothing to answer for them. */
  unprobedRules: string[];
}

/**
 * What `vmName` needs: deduplicated floating frontend IPs, delivered ports and probe ports, in the order
 * of the topology's rules and then its inbound NAT rules (so output is deterministic). Rows whose
 * addresses do not parse are skipped. Planning many VMs of one analysis, pass one {@link planIndex} to each call.
 * @example planVm(t, analyze(t).rows, 'VM1', analyze(t).natRows).loopback // [{ ip: '65.52.0.1', family: 4, rules: ['rule1'] }, ...]
 */
export function planVm(
  topology: LbTopology,
  rows: readonly MappingRow[],
  vmName: string,
  natRows: readonly NatMappingRow[] = [],
  index: PlanIndex = planIndex(topology, rows, natRows),
): VmPlan {
  const vm = index.vm(vmName);
  if (!vm) throw new RangeError(`no VM named ${JSON.stringify(vmName)} in topology ${JSON.stringify(topology.name)}`);
  const parseIp = index.ip;
  const mine = index.rowsOf(vmName);
  const loopback = new Map<string, LoopbackAddress>();
  // Openings by address, then port, then protocol and kind; a key built as one string per row was most of the time
  // of planning 2,000 VMs (each new string is hashed), and the rows' address strings are shared and hashed once.
  const openings = new Map<string, Map<number, (Opening | undefined)[]>>();
  const openList: Opening[] = [];
  const probes = new Map<string, Map<string, VmPlan['probes'][number]>>();
  const probeList: VmPlan['probes'] = [];
  const open = (protocol: Opening['protocol'], port: number, address: string, kind: Opening['kind'], reason: string) => {
    let byPort = openings.get(address);
    if (!byPort) openings.set(address, (byPort = new Map()));
    let slots = byPort.get(port);
    if (!slots) byPort.set(port, (slots = []));
    const slot = OPENING_SLOT[protocol] + (kind === 'rule' ? 0 : 3);
    const existing = slots[slot];
    if (existing) addOnce(existing.reasons, reason);
    else openList.push((slots[slot] = { protocol, port, address, kind, family: parseIp(address)!.family, reasons: [reason] }));
  };
  const cluster = new Map<string, ClusterFrontend>();
  for (const row of mine) {
    const holder = row.frontendIpHolder;
    const probeOf = row.ruleRef.probe ? index.probe(row.ruleRef.probe) : undefined;
    if (holder === 'cluster-windows' || holder === 'cluster-pacemaker') {
      const ip = parseIp(row.frontendIp);
      const key = `${row.frontend} ${row.backendPool}`;
      const entry = cluster.get(key) ?? {
        frontend: row.frontend,
        ip: ip?.text ?? row.frontendIp,
        family: ip?.family ?? 4,
        pool: row.backendPool,
        holder,
        rules: [],
        probes: [],
        unprobedRules: [],
      };
      addOnce(entry.rules, row.rule);
      if (!probeOf) addOnce(entry.unprobedRules, row.rule);
      else if (!entry.probes.some((p) => p.name === probeOf.name)) entry.probes.push({ name: probeOf.name, port: probeOf.port });
      cluster.set(key, entry);
    }
    // Only where every member holds the address does the guest put it on a loopback; a cluster or an appliance never does.
    if (row.floatingIp && holder === 'every-member') {
      const ip = parseIp(row.destinationIp)!;
      const entry = loopback.get(ip.text) ?? { ip: ip.text, family: ip.family, rules: [] };
      addOnce(entry.rules, row.rule);
      loopback.set(ip.text, entry);
    }
    if (row.haPorts) open('any', 0, row.destinationIp, 'rule', row.rule);
    else if (row.protocol === 'Tcp') open('tcp', row.destinationPort, row.destinationIp, 'rule', row.rule);
    else if (row.protocol === 'Udp') open('udp', row.destinationPort, row.destinationIp, 'rule', row.rule);
    else
      for (const t of transports(row.protocol)) open(t === 'Tcp' ? 'tcp' : 'udp', row.destinationPort, row.destinationIp, 'rule', row.rule);
    const probe = probeOf;
    if (probe && probe.port >= 1 && probe.port <= 65535) {
      // Azure probes the member's own address (its NIC ipconfig), never the frontend IP.
      open('tcp', probe.port, row.memberIp, 'probe', probe.name);
      let byIp = probes.get(probe.name);
      if (!byIp) probes.set(probe.name, (byIp = new Map()));
      if (!byIp.has(row.memberIp)) {
        const entry = { name: probe.name, protocol: probe.protocol, port: probe.port, address: row.memberIp };
        byIp.set(row.memberIp, entry);
        probeList.push(entry);
      }
    }
  }
  // A NAT rule needs what a load-balancing rule with the same delivery needs, without a probe (NAT rules have none).
  const myNat = index.natRowsOf(vmName);
  for (const row of myNat) {
    if (row.floatingIp) {
      const ip = parseIp(row.destinationIp)!;
      const entry = loopback.get(ip.text) ?? { ip: ip.text, family: ip.family, rules: [] };
      addOnce((entry.natRules ??= []), row.natRule);
      loopback.set(ip.text, entry);
    }
    for (const t of transports(row.protocol))
      open(t === 'Tcp' ? 'tcp' : 'udp', row.destinationPort, row.destinationIp, 'rule', natLabel(row.natRule));
  }
  // Rules, pools and holders in one pass: three passes with a list each were a tenth of planning 2,000 VMs.
  const rules = new Set<string>();
  const pools = new Set<string>();
  const holders = new Set<FrontendIpHolder>();
  const sharedPools = new Set<string>();
  const listens: Listen[] = [];
  for (const r of mine) {
    rules.add(r.rule);
    pools.add(r.backendPool);
    holders.add(r.frontendIpHolder);
    if (r.frontendIpHolder !== 'every-member') sharedPools.add(r.backendPool);
    listens.push(listen(r.rule, r));
  }
  for (const r of myNat) listens.push(listen(r.natRule, r, true));
  const peers = sharedPools.size ? index.vmsOfPools(sharedPools).filter((v) => v !== vmName) : [];
  return {
    topology: topology.name,
    vm,
    rules: [...rules],
    natRules: unique(myNat.map((r) => r.natRule)),
    loopback: [...loopback.values()],
    openings: openList,
    listens,
    probes: probeList,
    holders: [...holders],
    pools: [...pools],
    cluster: [...cluster.values()],
    peers,
  };
}

/** Where the guest listens for one mapping row; `natRule` marks an inbound NAT rule's row. */
function listen(rule: string, r: Delivery, natRule?: true): Listen {
  return {
    rule,
    ...(natRule ? { natRule } : {}),
    frontend: r.frontend,
    frontendIp: r.frontendIp,
    frontendPort: r.frontendPort,
    protocol: r.protocol,
    address: r.listenIp,
    port: r.destinationPort,
    on: r.listenOn,
  };
}

const OPENING_SLOT = { tcp: 0, udp: 1, any: 2 } as const;

const NAT_LABEL = 'NAT rule ';

/** How a script names an inbound NAT rule among load-balancing rules, whose names it prints bare. */
export function natLabel(name: string): string {
  return NAT_LABEL + name;
}

/** True when an opening's reason is a {@link natLabel}: NAT rows come after rule rows, so a first one means no rule. */
export function isNatLabel(reason: string): boolean {
  return reason.startsWith(NAT_LABEL);
}

/** The name a script prints for what a listen serves: the rule's name, or `NAT rule <name>`. */
export function listenLabel(l: Listen): string {
  return l.natRule ? natLabel(l.rule) : l.rule;
}

/** The IP families a plan's loopback addresses and openings use, for per-family commands (weak host, netsh ipv6). */
export function familiesOf(plan: VmPlan): (4 | 6)[] {
  const f = new Set<4 | 6>([...plan.loopback.map((l) => l.family), ...plan.openings.map((o) => o.family)]);
  return ([4, 6] as const).filter((x) => f.has(x));
}

function addOnce(list: string[], item: string) {
  if (!list.includes(item)) list.push(item);
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}
