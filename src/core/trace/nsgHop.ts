import { evaluatePath, nsgsForVm, type Verdict } from '../nsg/evaluate';
import { clientFlow, probeFlow } from '../nsg/flows';
import { planNsg, type NsgPlan, type NsgPlanRule } from '../nsg/plan';
import type { LbTopology } from '../topology/schema';
import type { FlowRow, Hop, Trace, TraceMsg } from './trace';
import type { HopFailure } from './whatIf';

// The inbound security rules the traced flow needs at the VM, read from the core's NSG plan (core/nsg/plan.ts), and,
// when the topology carries the user's own NSGs, what they do to it (core/nsg/evaluate.ts). The teaching point:
// with floating IP the NSG sees the frontend IP as the destination, not the NIC IP. A flow the NSGs block fails at
// the hop into the VM; a probe they block takes the VM out of rotation (Learn: network-security-group-how-it-works,
// load-balancer-custom-probe-overview).

/** One inbound rule the traced flow (or its probe) needs, as the NSG plan writes it. */
export interface NsgNeed {
  /** The planned rule that allows it (`floatplan nsg`, the NSG tab, the exports with --nsg) and its priority there. */
  planned: string;
  priority: number;
  /** `Internet`, `VirtualNetwork` or `AzureLoadBalancer` (a service tag), as the plan writes it. */
  source: string;
  /** What the NSG sees: the frontend IP (floating IP), the NIC IP, or `*` (an appliance's routed flows). */
  destination: string;
  /** `80`, or `*` for every port (HA ports). */
  ports: string;
  protocol: NsgPlanRule['protocol'];
  /** What the user's NSGs on the VM's path (subnet, then NIC) do to it; absent when the topology has none there. */
  check?: NsgCheck;
  /** The need and the check in one sentence, in the trace's language. */
  note: string;
}

/** The verdict of the user's NSGs, with the NSGs that were evaluated (subnet first). */
export interface NsgCheck extends Verdict {
  nsgs: string[];
}

/** The NSG rules of a traced flow: the client's flow and, for a load-balancing rule with a probe, the probe's. */
export interface TraceNsg {
  flow: NsgNeed;
  probe?: NsgNeed;
}

/**
 * The trace with its NSG needs (`trace.nsg`), and a blocked flow or probe made the failing hop (later hops not
 * reached). A probe blocked takes the VM out of rotation, which wins over every other fault; a blocked flow is dropped
 * before the guest sees it, so it wins over the guest's faults (no loopback, no listener).
 * @example applyNsg(t, row, trace, msg).nsg?.flow.destination // '65.52.0.1' with floating IP
 */
export function applyNsg(topology: LbTopology, row: FlowRow, trace: Trace, msg: TraceMsg, plan: NsgPlan = planNsg(topology)): Trace {
  const kind = row.kind === 'natRule' ? 'natRule' : 'rule';
  const planned = plan.rules.find((r) => r.purpose.kind === kind && r.purpose.name === row.rule);
  if (!planned) return trace;
  const path = nsgsForVm(topology.networkSecurityGroups, row.vm);
  const internal = topology.loadBalancer.type === 'Internal';
  const pick = (r: NsgPlanRule) => (r.destinations.includes(row.memberIp) ? row.memberIp : r.destinations[0]!);
  const checkOf = (verdict: Verdict): NsgCheck => ({ ...verdict, nsgs: path.map((n) => n.name) });

  const flowRule = planned;
  const flowCheck =
    path.length > 0
      ? checkOf(
          evaluatePath(
            path,
            clientFlow({
              internal,
              floatingIp: row.floatingIp,
              frontendIp: row.frontendIp,
              memberIp: row.memberIp,
              protocol: row.protocol,
              port: row.destinationPort,
            }),
          ),
        )
      : undefined;
  const destination = pick(flowRule);
  const ports = portWords(flowRule.ports, msg);
  const protocol = protocolWords(flowRule.protocol, msg);
  const why = destination === '*' ? msg('nsgWhyAppliance') : row.floatingIp ? msg('nsgWhyFloating') : msg('nsgWhyNic');
  const flowFacts = { vm: row.vm, source: flowRule.source, destination, ports, protocol, why, frontendIp: row.frontendIp };
  const flow: NsgNeed = {
    planned: flowRule.name,
    priority: flowRule.priority,
    source: flowRule.source,
    destination,
    ports: flowRule.ports,
    protocol: flowRule.protocol,
    note: [msg('nsgFlow', flowFacts), checkWords(flowCheck, msg)].filter(Boolean).join(' '),
  };
  if (flowCheck) flow.check = flowCheck;
  const nsg: TraceNsg = { flow };

  const probeRule =
    trace.probe !== undefined ? plan.rules.find((r) => r.purpose.kind === 'probe' && r.purpose.name === trace.probe!.probe) : undefined;
  let probeCheck: NsgCheck | undefined;
  if (probeRule && trace.probe) {
    probeCheck = path.length > 0 ? checkOf(evaluatePath(path, probeFlow(row.memberIp, trace.probe.port))) : undefined;
    const probeDestination = pick(probeRule);
    const facts = { probe: trace.probe.probe, destination: probeDestination, port: probeRule.ports };
    nsg.probe = {
      planned: probeRule.name,
      priority: probeRule.priority,
      source: probeRule.source,
      destination: probeDestination,
      ports: probeRule.ports,
      protocol: probeRule.protocol,
      note: [msg('nsgProbe', facts), checkWords(probeCheck, msg)].filter(Boolean).join(' '),
    };
    if (probeCheck) nsg.probe.check = probeCheck;
  }

  const result: Trace = { ...trace, nsg };
  // A flow a mode keeps away (a passive node, a client inside the pool) never meets the NSG: nothing more to fail.
  const atVm = trace.hops.findIndex((h) => h.stage === 'lb-to-vm');
  if (atVm < 0 || trace.hops[atVm]!.blockedBy) return result;
  const existing = trace.hops[atVm]!.failure;
  let failure: HopFailure | undefined;
  if (probeCheck?.outcome === 'blocked' && trace.probe && existing?.outcome !== 'out-of-rotation') {
    const facts = { ...blocker(probeCheck), vm: row.vm, nicIp: row.memberIp, port: trace.probe.port };
    result.probe = { ...trace.probe, failed: msg('nsgProbeFailed', facts) };
    failure = {
      outcome: 'out-of-rotation',
      reason: msg('nsgProbeBlocked', facts),
      fix: msg('nsgProbeBlockedFix', facts),
      nsg: blocker(probeCheck),
    };
  } else if (flowCheck?.outcome === 'blocked' && existing?.outcome !== 'out-of-rotation') {
    const facts = {
      ...flowFacts,
      ...blocker(flowCheck),
      seen: row.floatingIp && destination !== '*' ? msg('nsgSeenFrontend', flowFacts) : '',
    };
    failure = { outcome: 'blocked-by-nsg', reason: msg('nsgBlocked', facts), fix: msg('nsgBlockedFix', facts), nsg: blocker(flowCheck) };
  }
  if (failure) result.hops = failAt(trace.hops, atVm, failure);
  return result;
}

function failAt(hops: Hop[], at: number, failure: HopFailure): Hop[] {
  return hops.map((hop, i) => {
    if (i < at) return hop;
    if (i > at) return { ...hop, notReached: true as const };
    return { ...hop, failure };
  });
}

function blocker(check: NsgCheck): { nsg: string; rule: string; priority: number } {
  return { nsg: check.nsg ?? '', rule: check.rule ?? '', priority: check.priority ?? 0 };
}

function checkWords(check: NsgCheck | undefined, msg: TraceMsg): string {
  if (!check) return '';
  if (check.outcome === 'allowed') return msg('nsgAllowed', { nsgs: check.nsgs.join(', ') });
  return msg(check.outcome === 'blocked' ? 'nsgDenied' : 'nsgPartly', blocker(check));
}

function portWords(ports: string, msg: TraceMsg): string {
  return ports === '*' ? msg('nsgEveryPort') : msg('nsgPort', { port: ports });
}

function protocolWords(protocol: NsgPlanRule['protocol'], msg: TraceMsg): string {
  return protocol === '*' ? msg('nsgAnyProtocol') : protocol.toUpperCase();
}

/**
 * One line for a terminal: protocol, source and what the NSG must let through, and the planned rule.
 * @example nsgSummary(trace.nsg.flow) // 'Tcp Internet → 203.0.113.1:80 (planned allow-rule-r1, priority 100)'
 */
export function nsgSummary(need: NsgNeed): string {
  return `${need.protocol} ${need.source} → ${nsgEndpoint(need)} (planned ${need.planned}, priority ${need.priority})`;
}

/**
 * The destination and ports as the NSG sees them, IPv6 in brackets.
 * @example nsgEndpoint({ destination: '*', ports: '*' }) // '*:*'
 */
export function nsgEndpoint(need: Pick<NsgNeed, 'destination' | 'ports'>): string {
  return `${need.destination.includes(':') ? `[${need.destination}]` : need.destination}:${need.ports}`;
}
