// Evaluates inbound flows against network security groups as Azure does (Learn: network-security-groups-overview,
// network-security-group-how-it-works): rules in priority order, lowest number first, the first full match decides;
// Azure's three default inbound rules come last; a subnet's NSG is processed before the NIC's, and both must allow.
import type { Nsg, NsgRule } from '../topology/nsgSchema';
import {
  destinationDegree,
  portsDegree,
  protocolDegree,
  sourceDegree,
  sourcePortsDegree,
  together,
  widest,
  type Degree,
  type Destination,
  type SourceClass,
} from './match';

/** One inbound flow a load balancer delivers: who sends it, where it arrives, protocol and port (0 = every port). */
export interface Flow {
  source: SourceClass;
  destination: Destination;
  /** A load balancer protocol: `Tcp`, `Udp` or `All`. */
  protocol: string;
  port: number;
}

/** What the NSGs do to a flow: allow it, block it, or block part of it (some clients, ports or protocols). */
export interface Verdict {
  outcome: 'allowed' | 'blocked' | 'partly';
  /** The NSG and rule that block (or partly block) the flow; absent when it is allowed. */
  nsg?: string;
  rule?: string;
  priority?: number;
}

/** Azure's default inbound rules of every NSG (Learn: network-security-groups-overview, "Default security rules"). */
const DEFAULT_INBOUND_RULES: readonly NsgRule[] = [
  defaultRule('AllowVnetInBound', 65000, 'Allow', 'VirtualNetwork', 'VirtualNetwork'),
  defaultRule('AllowAzureLoadBalancerInBound', 65001, 'Allow', 'AzureLoadBalancer', '*'),
  defaultRule('DenyAllInBound', 65500, 'Deny', '*', '*'),
];

function defaultRule(name: string, priority: number, access: 'Allow' | 'Deny', source: string, destination: string): NsgRule {
  return {
    name,
    priority,
    direction: 'Inbound',
    access,
    protocol: '*',
    sourceAddressPrefixes: [source],
    sourcePortRanges: ['*'],
    destinationAddressPrefixes: [destination],
    destinationPortRanges: ['*'],
  };
}

/** How far one rule covers a flow. */
function ruleDegree(rule: NsgRule, flow: Flow): Degree {
  return together([
    protocolDegree(rule.protocol, flow.protocol),
    widest(rule.sourceAddressPrefixes.map((p) => sourceDegree(p, flow.source))),
    sourcePortsDegree(rule.sourcePortRanges),
    widest(rule.destinationAddressPrefixes.map((p) => destinationDegree(p, flow.destination))),
    portsDegree(rule.destinationPortRanges, flow.port),
  ]);
}

/** The inbound rules of an NSG in the order Azure processes them: its own by priority (then name), then the defaults. */
function inboundOrder(nsg: Nsg): NsgRule[] {
  const own = nsg.rules
    .filter((r) => r.direction === 'Inbound')
    .sort((a, b) => a.priority - b.priority || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return [...own, ...DEFAULT_INBOUND_RULES];
}

/**
 * What one NSG does to a flow. A rule that covers only part of the flow does not stop processing, but a partial
 * deny before the deciding allow (or a partial allow before the deciding deny) makes the outcome "partly".
 * @example evaluateNsg(nsg, { source: 'Internet', destination: { ip: '203.0.113.1', public: true }, protocol: 'Tcp', port: 80 })
 */
export function evaluateNsg(nsg: Nsg, flow: Flow): Verdict {
  let partDeny: NsgRule | undefined;
  let partAllow = false;
  const by = (outcome: Verdict['outcome'], r: NsgRule): Verdict => ({ outcome, nsg: nsg.name, rule: r.name, priority: r.priority });
  for (const rule of inboundOrder(nsg)) {
    const degree = ruleDegree(rule, flow);
    if (degree === 'none') continue;
    if (degree === 'all') {
      if (rule.access === 'Allow') return partDeny ? by('partly', partDeny) : { outcome: 'allowed' };
      return partAllow ? by('partly', rule) : by('blocked', rule);
    }
    if (rule.access === 'Deny') partDeny ??= rule;
    else partAllow = true;
  }
  // Unreachable: DenyAllInBound covers every flow.
  return { outcome: 'blocked', nsg: nsg.name, rule: 'DenyAllInBound', priority: 65500 };
}

/**
 * What the NSGs on a VM's path do to a flow: the subnet's first, then the NIC's; blocked by either is blocked.
 * @example evaluatePath([subnetNsg, nicNsg], flow).outcome // 'blocked'
 */
export function evaluatePath(nsgs: readonly Nsg[], flow: Flow): Verdict {
  let partly: Verdict | undefined;
  for (const nsg of nsgs) {
    const v = evaluateNsg(nsg, flow);
    if (v.outcome === 'blocked') return v;
    if (v.outcome === 'partly') partly ??= v;
  }
  return partly ?? { outcome: 'allowed' };
}

/**
 * The NSGs on a VM's inbound path in processing order: those on its subnet, then those on its NIC.
 * @example nsgsForVm(topology.networkSecurityGroups, 'VM1').map((n) => n.name) // ['subnet-nsg', 'vm1-nsg']
 */
export function nsgsForVm(nsgs: readonly Nsg[] | undefined, vm: string): Nsg[] {
  const at = (level: 'subnet' | 'nic') => (nsgs ?? []).filter((n) => n.attachedTo.some((a) => a.vm === vm && a.level === level));
  return [...at('subnet'), ...at('nic')];
}
