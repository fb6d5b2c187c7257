import { computeMapping, type MappingRow } from '../mapping/mapping';
import { indexTopology } from '../model/resolve';
import { formatEndpoint, parseEndpoint } from '../net/address';
import type { Topology } from '../topology/schema';

export type Stage = 'client-to-lb' | 'lb-to-vm' | 'vm-reply' | 'reply-at-client';
export type Field = 'srcIp' | 'srcPort' | 'dstIp' | 'dstPort';

export interface Packet {
  srcIp: string;
  srcPort: number;
  dstIp: string;
  dstPort: number;
}

export interface Hop {
  stage: Stage;
  /** `ip:port`, IPv6 as `[addr]:port`. */
  src: string;
  dst: string;
  packet: Packet;
  /** Fields that differ from the packet this hop was made from. */
  changed: Field[];
  note: string;
}

export interface ProbePath {
  probe: string;
  protocol: string;
  src: string;
  dst: string;
  note: string;
}

export interface OutboundPath {
  /** The source a guest application must use for flows it opens. */
  allowedSrc: string;
  /** The source that fails: the frontend IP on the loopback. */
  failingSrc: string;
  note: string;
}

export interface Trace {
  rule: string;
  vm: string;
  floatingIp: boolean;
  hops: Hop[];
  probe?: ProbePath;
  outbound?: OutboundPath;
  notes: string[];
}

export interface TraceOptions {
  rule: string;
  vm: string;
  /** Client endpoint, default 198.51.100.10:50000 (IPv4) or [2001:db8::10]:50000 (IPv6). */
  client?: string;
  /** Destination port the client uses on an HA-ports rule (which has no port of its own); default 443. */
  port?: number;
}

/** Azure's health probe source: the platform's virtual IP for IPv4, a link-local address for IPv6. */
export const PROBE_SOURCE = { 4: '168.63.129.16', 6: 'fe80::1234:5678:9abc' } as const;
export const DEFAULT_CLIENT = { 4: '198.51.100.10:50000', 6: '[2001:db8::10]:50000' } as const;

/**
 * Follows one flow from a client through the load balancer to a VM and back.
 * @example traceFlow(t, { rule: 'rule1', vm: 'VM1' }).trace.hops.map(h => h.dst)
 */
export function traceFlow(topology: Topology, options: TraceOptions): { ok: true; trace: Trace } | { ok: false; error: string } {
  const rule = topology.rules.find((r) => r.name === options.rule);
  if (!rule) return { ok: false, error: `There is no rule named "${options.rule}". Rules: ${topology.rules.map((r) => r.name).join(', ') || 'none'}.` };
  const index = indexTopology(topology);
  const rows = computeMapping({ ...topology, rules: [rule] }, index);
  if (rows.length === 0) {
    return { ok: false, error: `Rule ${rule.name} delivers to no VM: check its frontend address and backend pool (run validate).` };
  }
  const row = rows.find((r) => r.vm === options.vm);
  if (!row) {
    return { ok: false, error: `VM "${options.vm}" is not in rule ${rule.name}'s backend pool. It reaches: ${[...new Set(rows.map((r) => r.vm))].join(', ')}.` };
  }
  const family = row.frontendIp.includes(':') ? 6 : 4;
  const client = parseEndpoint(options.client ?? DEFAULT_CLIENT[family]);
  if (!client) return { ok: false, error: `Client "${options.client}" is not an endpoint: write ip:port, or [ipv6]:port.` };
  if (client.ip.family !== family) {
    return { ok: false, error: `Client ${options.client} is IPv${client.ip.family} but frontend ${row.frontend} is IPv${family}; use an IPv${family} client.` };
  }
  const anyPort = options.port ?? 443;
  const fePort = row.frontendPort || anyPort;
  const bePort = row.destinationPort || anyPort;

  const hops: Hop[] = [];
  const push = (stage: Stage, packet: Packet, from: Packet | undefined, note: string) =>
    hops.push({
      stage,
      src: formatEndpoint(packet.srcIp, packet.srcPort),
      dst: formatEndpoint(packet.dstIp, packet.dstPort),
      packet,
      changed: from ? diff(from, packet) : [],
      note,
    });
  const inbound: Packet = { srcIp: client.ip.text, srcPort: client.port, dstIp: row.frontendIp, dstPort: fePort };
  push('client-to-lb', inbound, undefined, `The client connects to frontend ${row.frontend}.`);
  const atVm: Packet = { ...inbound, dstIp: row.destinationIp, dstPort: bePort };
  push('lb-to-vm', atVm, inbound, row.floatingIp
    ? `Floating IP: the destination stays the frontend IP${bePort !== fePort ? ' (only the port changes)' : ''}; ${row.vm} must hold ${row.frontendIp} on its loopback.`
    : `The load balancer rewrites the destination to ${row.vm}'s NIC IP and the backend port.`);
  const reply: Packet = { srcIp: atVm.dstIp, srcPort: atVm.dstPort, dstIp: atVm.srcIp, dstPort: atVm.srcPort };
  push('vm-reply', reply, mirror(atVm), row.floatingIp
    ? `The guest replies from the frontend IP it received the packet on.`
    : `The guest replies from its NIC IP.`);
  const atClient: Packet = { ...reply, srcIp: row.frontendIp, srcPort: fePort };
  const rewritten = diff(reply, atClient);
  push('reply-at-client', atClient, reply, rewritten.length === 0
    ? `The reply already carries the frontend as its source and goes straight to the client.`
    : rewritten.includes('srcIp')
      ? `The platform rewrites the reply's source back to the frontend; it goes straight to the client (DSR flow topology), not through the load balancer.`
      : `The platform rewrites only the reply's source port back to the frontend port; it goes straight to the client.`);

  return { ok: true, trace: { rule: rule.name, vm: row.vm, floatingIp: row.floatingIp, hops, ...extras(topology, row, family) } };
}

function extras(topology: Topology, row: MappingRow, family: 4 | 6): Pick<Trace, 'probe' | 'outbound' | 'notes'> {
  const probe = topology.probes.find((p) => p.name === row.ruleRef.probe);
  const notes: string[] = [];
  const result: Pick<Trace, 'probe' | 'outbound' | 'notes'> = { notes };
  if (probe) {
    result.probe = {
      probe: probe.name,
      protocol: probe.protocol,
      src: PROBE_SOURCE[family],
      dst: formatEndpoint(row.memberIp, probe.port),
      note: `Health probes go to ${row.vm}'s NIC IP (${row.memberIp}), never to the frontend IP, even with floating IP.`,
    };
  } else {
    notes.push(`Rule ${row.rule} has no health probe: ${row.vm} stays in rotation even when the service is down.`);
  }
  if (row.floatingIp) {
    result.outbound = {
      allowedSrc: row.memberIp,
      failingSrc: row.frontendIp,
      note: `Connections ${row.vm} opens itself must leave from its NIC's primary IP (${row.memberIp}); a flow from ${row.frontendIp} on the loopback is not rewritten by Azure and fails.`,
    };
    notes.push(`${row.vm} must hold ${row.frontendIp} on a loopback interface and accept traffic for it (weak host model on Windows), and its firewall must allow ${row.protocol === 'All' ? 'the ports it serves' : `${row.protocol} ${row.destinationPort}`}.`);
    notes.push(`The service listens on ${formatEndpoint(row.frontendIp, row.destinationPort)}${row.destinationPort === 0 ? ' (every port)' : ''}, or on every address with ${row.frontendIp} present on the loopback.`);
  } else {
    notes.push(`The service listens on ${formatEndpoint(row.memberIp, row.destinationPort)}${row.destinationPort === 0 ? ' (every port)' : ''} or on every address.`);
  }
  return result;
}

function mirror(p: Packet): Packet {
  return { srcIp: p.dstIp, srcPort: p.dstPort, dstIp: p.srcIp, dstPort: p.srcPort };
}

function diff(a: Packet, b: Packet): Field[] {
  return (['srcIp', 'srcPort', 'dstIp', 'dstPort'] as const).filter((f) => a[f] !== b[f]);
}
