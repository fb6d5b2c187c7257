// The inbound security rules a load balancer's traffic needs (issue 15). A Standard load balancer is closed to
// inbound traffic unless an NSG allows it (Learn: load-balancer-overview, "Secure by default"); with floating IP the
// NSG sees the frontend IP as the destination, not the NIC IP (Learn: SQL listener procedure, "the load balancer
// floating IP addresses"); probes come from the AzureLoadBalancer service tag to the member's own address.
import { frontendIpHolder } from '../model/holder';
import { isHaPorts } from '../model/protocol';
import { indexTopology, resolveMember, ruleEnds, resolvePool } from '../model/resolve';
import { parseIp } from '../net/address';
import { parseNetwork } from '../net/cidr';
import type { LbTopology } from '../topology/schema';
import { safeNsgName, uniqueNames } from './names';

/** What a planned security rule lets through. */
export interface NsgPurpose {
  kind: 'rule' | 'natRule' | 'probe';
  /** The load-balancing rule, inbound NAT rule or probe it serves. */
  name: string;
  floatingIp: boolean;
}

/** One inbound Allow rule of the planned NSG. */
export interface NsgPlanRule {
  name: string;
  priority: number;
  /** NSG protocol: `Tcp`, `Udp`, or `*` for an `All` (HA ports) rule. */
  protocol: 'Tcp' | 'Udp' | '*';
  /** A service tag (`Internet`, `VirtualNetwork`, `AzureLoadBalancer`) or the client range given. */
  source: string;
  /** Destination addresses, sorted: the frontend IP (floating IP), the members' NIC IPs, or `*` (an appliance pool). */
  destinations: string[];
  /** `80`, or `*` for every port (HA ports). */
  ports: string;
  purpose: NsgPurpose;
  /** The VMs whose traffic it allows, sorted. */
  vms: string[];
}

/** The NSG Floatplan proposes for a load balancer's members: one group, associated with every member NIC. */
export interface NsgPlan {
  nsgName: string;
  internal: boolean;
  /** A Basic load balancer is open by default (Learn: load-balancer-overview); the NSG is then optional. */
  openByDefault: boolean;
  rules: NsgPlanRule[];
  /** The VMs whose NICs the NSG goes on, sorted. */
  vms: string[];
  /** Rules left out because Azure's priorities (100-4096) ran out. */
  leftOut: number;
}

/**
 * Options: `source` replaces the service tag of client traffic with a client range (an address or CIDR); `global`
 * lists the flows a Global rule with floating IP delivers to this load balancer's VMs (see planDesignNsg).
 */
export interface NsgPlanOptions {
  source?: string;
  global?: readonly GlobalNsgFlow[];
}

/** A Global (cross-region) rule with floating IP, as this load balancer's VMs receive it: the global frontend IP. */
export interface GlobalNsgFlow {
  /** `globalLb/rule`. */
  name: string;
  protocol: string;
  destination: string;
  port: number;
  vms: string[];
}

const FIRST = 100;
const LAST = 4096;

/** True for a client range the plan accepts as a source: one address or a CIDR. @example isClientRange('10.1.0.0/16') // true */
export function isClientRange(s: string): boolean {
  return parseIp(s) !== undefined || parseNetwork(s) !== undefined;
}

const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort();
const nsgProtocol = (p: string): NsgPlanRule['protocol'] => (p === 'Tcp' || p === 'Udp' ? p : '*');

/**
 * The NSG plan of a topology: for every load-balancing rule, inbound NAT rule and probe that reaches a VM, the
 * inbound rule that lets its traffic in. Deterministic: topology order, then priorities in steps of 10 (1 when
 * there are more than 399 rules).
 * @example planNsg(t).rules[0] // { name: 'allow-rule-web', priority: 100, source: 'Internet', destinations: ['203.0.113.1'], ports: '80', … }
 */
export function planNsg(topology: LbTopology, options: NsgPlanOptions = {}): NsgPlan {
  const index = indexTopology(topology);
  const internal = topology.loadBalancer.type === 'Internal';
  const clientSource =
    options.source !== undefined && isClientRange(options.source) ? options.source : internal ? 'VirtualNetwork' : 'Internet';
  type Draft = Omit<NsgPlanRule, 'name' | 'priority'> & { wanted: string };
  const drafts: Draft[] = [];
  const probeTargets = new Map<string, { ips: Set<string>; vms: Set<string> }>();

  for (const rule of topology.rules) {
    const ends = ruleEnds(index, rule);
    if (!ends) continue;
    const members = resolvePool(index, ends.pool, ends.frontendIp.family).members;
    if (members.length === 0) continue;
    // An appliance forwards routed flows that keep their original destination: the NSG on its NIC sees any address.
    const appliance = frontendIpHolder(ends.pool) === 'appliance';
    const destinations = appliance ? ['*'] : rule.floatingIp ? [ends.frontendIp.text] : sorted(members.map((m) => m.ip.text));
    const vms = sorted(members.map((m) => m.vm.name));
    drafts.push({
      wanted: `allow-rule-${rule.name}`,
      protocol: nsgProtocol(rule.protocol),
      source: clientSource,
      destinations,
      ports: isHaPorts(rule) || rule.backendPort === 0 ? '*' : String(rule.backendPort),
      purpose: { kind: 'rule', name: rule.name, floatingIp: rule.floatingIp },
      vms,
    });
    const probe = rule.probe !== undefined ? index.probes.get(rule.probe) : undefined;
    if (probe) {
      const t = probeTargets.get(probe.name) ?? { ips: new Set<string>(), vms: new Set<string>() };
      // Probes go to the member's own address, never to the frontend (domain reference §1.4).
      for (const m of members) {
        t.ips.add(m.ip.text);
        t.vms.add(m.vm.name);
      }
      probeTargets.set(probe.name, t);
    }
  }
  // The Global tier is public: its clients come from the Internet (or the range given), to the global frontend IP.
  for (const g of options.global ?? [])
    drafts.push({
      wanted: `allow-global-${g.name}`,
      protocol: nsgProtocol(g.protocol),
      source: options.source !== undefined && isClientRange(options.source) ? options.source : 'Internet',
      destinations: [g.destination],
      ports: g.port === 0 ? '*' : String(g.port),
      purpose: { kind: 'rule', name: g.name, floatingIp: true },
      vms: sorted(g.vms),
    });
  for (const nat of topology.inboundNatRules ?? []) {
    const frontendIp = index.frontendIps.get(nat.frontend);
    if (!frontendIp || nat.target === undefined) continue;
    const config = resolveMember(index, nat.target, frontendIp.family);
    if ('kind' in config) continue;
    drafts.push({
      wanted: `allow-nat-${nat.name}`,
      protocol: nsgProtocol(nat.protocol),
      source: clientSource,
      destinations: [nat.floatingIp ? frontendIp.text : config.ip.text],
      ports: nat.backendPort === 0 ? '*' : String(nat.backendPort),
      purpose: { kind: 'natRule', name: nat.name, floatingIp: nat.floatingIp },
      vms: [config.vm.name],
    });
  }
  for (const probe of topology.probes) {
    const t = probeTargets.get(probe.name);
    if (!t) continue;
    drafts.push({
      wanted: `allow-probe-${probe.name}`,
      // Http and Https probes are TCP connections.
      protocol: 'Tcp',
      source: 'AzureLoadBalancer',
      destinations: sorted(t.ips),
      ports: String(probe.port),
      purpose: { kind: 'probe', name: probe.name, floatingIp: false },
      vms: sorted(t.vms),
    });
  }

  const room = LAST - FIRST + 1;
  const step = drafts.length * 10 <= room ? 10 : 1;
  const placed = drafts.slice(0, Math.floor((room - 1) / step) + 1);
  const names = uniqueNames(placed.map((d) => d.wanted));
  const rules = placed.map(({ wanted: _wanted, ...d }, i) => ({ name: names[i]!, priority: FIRST + i * step, ...d }));
  return {
    nsgName: safeNsgName(`${topology.loadBalancer.name}-nsg`, 'floatplan-nsg'),
    internal,
    openByDefault: topology.loadBalancer.sku === 'Basic',
    rules,
    vms: sorted(rules.flatMap((r) => r.vms)),
    leftOut: drafts.length - placed.length,
  };
}

/**
 * The planned rules that concern one VM, in priority order.
 * @example nsgRulesForVm(planNsg(t), 'VM1').map((r) => r.name) // ['allow-rule-web', 'allow-probe-p80']
 */
export function nsgRulesForVm(plan: NsgPlan, vm: string): NsgPlanRule[] {
  return plan.rules.filter((r) => r.vms.includes(vm));
}
