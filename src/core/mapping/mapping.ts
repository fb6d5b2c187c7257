import { isHaPorts } from '../model/protocol';
import { indexTopology, resolvePool, ruleEnds, type IpConfig, type RuleEnds, type TopologyIndex } from '../model/resolve';
import type { FrontendIpHolder, Rule, LbTopology } from '../topology/schema';
import { frontendIpHolder, listenOnFor, type ListenOn } from '../model/holder';

/** What a backend IP configuration receives from one frontend: the part a load-balancing row and a NAT row share. */
export interface Delivery {
  frontend: string;
  frontendIp: string;
  protocol: string;
  frontendPort: number;
  vm: string;
  /** The member's own address (its NIC ipconfig). */
  memberIp: string;
  /** Destination IP as the packet arrives in the guest. */
  destinationIp: string;
  /**
   * Destination port as the packet arrives in the guest; 0 means every port (HA ports, and inbound NAT rules with
   * protocol All and ports 0/0).
   */
  destinationPort: number;
  floatingIp: boolean;
  /** The address the service must listen on. */
  listenIp: string;
  /**
   * Where that address lives in the guest: the NIC, a loopback interface the guest OS must configure, the active
   * cluster node's NIC (added by the cluster), or nowhere (a forwarding appliance).
   */
  listenOn: ListenOn;
  /** Internal: the member ipconfig, for grouping. Not part of any output format. */
  config: IpConfig;
  /**
   * Gateway load balancers only: the packet arrives VXLAN-encapsulated on the pool's tunnel interface, addressed to
   * the member's own IP (destinationIp), with the original packet and its original destination inside.
   */
  encapsulation?: 'vxlan';
}

/** What one backend IP configuration receives for one rule. */
export interface MappingRow extends Delivery {
  rule: string;
  backendPool: string;
  /** Who holds the frontend IP in the pool's guests (see {@link frontendIpHolder}). */
  frontendIpHolder: FrontendIpHolder;
  haPorts: boolean;
  /** Internal: the rule object. */
  ruleRef: Rule;
}

/** The rows of one rule: `rows.slice(start, end)` are its members' rows, in the order of `members`. */
export interface RuleRun {
  rule: Rule;
  frontend: string;
  members: readonly IpConfig[];
  start: number;
  end: number;
}

/**
 * Computes, for every rule and pool member, the destination the VM receives.
 * Floating IP off: the member's IP and the backend port. On: the frontend IP and the backend port. Gateway SKU: the
 * member's IP, VXLAN-encapsulated (see {@link Delivery.encapsulation}).
 * @example computeMapping(topology)[0] // { rule: 'rule1', destinationIp: '65.52.0.1', destinationPort: 80, ... }
 */
export function computeMapping(topology: LbTopology, index: TopologyIndex = indexTopology(topology)): MappingRow[] {
  return mapRules(topology, index).rows;
}

/**
 * The mapping rows plus one run per rule, so checks that only need per-rule facts (counts, members)
 * can skip the 500,000-row array of a large load balancer. `withRows` false: only the runs (rows stays empty;
 * see rowsOnDemand).
 */
export function mapRules(topology: LbTopology, index: TopologyIndex, withRows = true): { rows: MappingRow[]; runs: RuleRun[] } {
  const rows: MappingRow[] = [];
  const runs: RuleRun[] = [];
  let count = 0;
  for (const rule of topology.rules) {
    const ends = ruleEnds(index, rule);
    if (!ends) continue;
    const { frontend, frontendIp, pool } = ends;
    const haPorts = isHaPorts(rule);
    const members = resolvePool(index, pool, frontendIp.family).members;
    runs.push({ rule, frontend: frontend.name, members, start: count, end: count + members.length });
    count += members.length;
    if (withRows) {
      const head = ruleHead(rule, ends, haPorts);
      for (const config of members) rows.push(memberRow(head, config));
    }
  }
  return { rows, runs };
}

/** What every row of one rule shares, worked out once per rule rather than once per member. */
export interface RuleHead {
  rule: Rule;
  frontend: string;
  frontendIp: string;
  backendPool: string;
  /** The frontend IP when every member receives it (floating IP on, no tunnel); else each member's own IP. */
  sharedDestination: string | undefined;
  listenOn: ListenOn;
  frontendIpHolder: FrontendIpHolder;
  haPorts: boolean;
  tunnel: boolean;
}

/** The shared part of a rule's rows; `ends` must be {@link ruleEnds} of the rule. */
export function ruleHead(rule: Rule, ends: RuleEnds, haPorts: boolean): RuleHead {
  const { frontend, frontendIp, pool, tunnel } = ends;
  const holder = frontendIpHolder(pool);
  return {
    rule,
    frontend: frontend.name,
    frontendIp: frontendIp.text,
    backendPool: pool.name,
    // A Gateway load balancer tunnels to the appliance's own IP whatever floating IP says; nothing listens on the
    // frontend IP, the appliance inspects the inner packet and sends it back (gateway-overview, "Tunnel interfaces").
    sharedDestination: rule.floatingIp && !tunnel ? frontendIp.text : undefined,
    listenOn: tunnel ? 'none' : listenOnFor(holder, rule.floatingIp),
    frontendIpHolder: holder,
    haPorts,
    tunnel,
  };
}

/** The row of one member of a rule, from the rule's {@link ruleHead}. */
export function memberRow(head: RuleHead, config: IpConfig): MappingRow {
  const { rule } = head;
  const destinationIp = head.sharedDestination ?? config.ip.text;
  const row: MappingRow = {
    rule: rule.name,
    frontend: head.frontend,
    frontendIp: head.frontendIp,
    protocol: rule.protocol,
    frontendPort: rule.frontendPort,
    backendPool: head.backendPool,
    vm: config.vm.name,
    memberIp: config.ip.text,
    destinationIp,
    destinationPort: rule.backendPort,
    floatingIp: rule.floatingIp,
    listenIp: destinationIp,
    listenOn: head.listenOn,
    frontendIpHolder: head.frontendIpHolder,
    haPorts: head.haPorts,
    config,
    ruleRef: rule,
  };
  if (head.tunnel) row.encapsulation = 'vxlan';
  return row;
}

/** The public fields of a Delivery in print order: what the frontend receives, then what the guest sees. */
export const FRONTEND_FIELDS = ['frontend', 'frontendIp', 'protocol', 'frontendPort'] as const;
export const GUEST_FIELDS = ['vm', 'memberIp', 'destinationIp', 'destinationPort', 'floatingIp', 'listenIp', 'listenOn'] as const;

/** A copy of `row` with only `keys`, in that order (the order of the CLI's and the file exports' JSON). */
export function pickFields<T, K extends keyof T>(row: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, row[k]])) as Pick<T, K>;
}

/** A mapping row with only the public fields, as the CLI and file exports print it. */
export function publicRow(row: MappingRow) {
  const out = pickFields(row, ['rule', ...FRONTEND_FIELDS, 'backendPool', ...GUEST_FIELDS, 'frontendIpHolder']);
  // Only Gateway rows say how they arrive, so the output of every other load balancer stays as it was.
  return row.encapsulation ? { ...out, encapsulation: row.encapsulation } : out;
}
