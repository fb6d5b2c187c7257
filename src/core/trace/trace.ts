import { computeMapping } from '../mapping/mapping';
import { mapNatRules } from '../mapping/natMapping';
import { indexTopology } from '../model/resolve';
import { formatEndpoint, parseEndpoint } from '../net/address';
import { fill, type Locale } from '../i18n/locale';
import type { InboundNatRule, Rule, Topology } from '../topology/schema';
import { traceMessages } from './messages';
import { applyWhatIf, type HopFailure, type WhatIf, type WhatIfEffect } from './whatIf';

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
  /** Set on the hop where a what-if makes the packet fail: what happens, why, and the fix. */
  failure?: HopFailure;
  /** Set on the hops after a failed one: the packet never gets there. */
  notReached?: true;
}

export interface ProbePath {
  probe: string;
  protocol: string;
  src: string;
  /** `ip:port` as shown; draw and compute from `dstIp` and `port`, never by parsing this text. */
  dst: string;
  /** The member's address the probe goes to (the NIC IP, never the frontend). */
  dstIp: string;
  /** The probe's port as configured, even out of range (validation reports that as PortOutOfRange). */
  port: number;
  note: string;
  /** Why the probe fails (what-if "probe port closed"); the VM is then out of rotation. */
  failed?: string;
}

export interface OutboundPath {
  /** The source a guest application must use for flows it opens. */
  allowedSrc: string;
  /** The source that fails: the frontend IP on the loopback. */
  failingSrc: string;
  note: string;
  /** The application opens its flow from the frontend IP (what-if): it fails. */
  attempted?: true;
}

/** What a trace follows: a load-balancing rule (to one of its pool's VMs) or an inbound NAT rule (to its one target). */
export type TraceKind = 'rule' | 'natRule';

/** The facts of one rule × VM delivery a trace needs, from either mapping. */
export interface FlowRow {
  kind: TraceKind;
  rule: string;
  vm: string;
  frontend: string;
  frontendIp: string;
  frontendPort: number;
  protocol: string;
  /** The VM's own address (its NIC ipconfig). */
  memberIp: string;
  destinationIp: string;
  /** 0 means every port (HA ports). */
  destinationPort: number;
  floatingIp: boolean;
  /** The rule's health probe; inbound NAT rules have none. */
  probe?: string;
}

export interface Trace {
  /** The rule's name; an inbound NAT rule's when `kind` is 'natRule'. */
  rule: string;
  kind: TraceKind;
  vm: string;
  floatingIp: boolean;
  hops: Hop[];
  probe?: ProbePath;
  outbound?: OutboundPath;
  notes: string[];
  /** One entry per what-if switch that is on, in WHAT_IF_KEYS order: what it does to this flow (maybe nothing). */
  effects: WhatIfEffect[];
  /** The first thing a what-if breaks: a hop (dropped, no listener, out of rotation) or the outbound flow. */
  failure?: WhatIfEffect;
}

export interface TraceOptions {
  /** The rule to follow; with `kind: 'natRule'`, the inbound NAT rule. */
  rule: string;
  /** Default 'rule' (a load-balancing rule). */
  kind?: TraceKind;
  vm: string;
  /** Client endpoint, default 198.51.100.10:50000 (IPv4) or [2001:db8::10]:50000 (IPv6). */
  client?: string;
  /** Destination port the client uses on an HA-ports rule (which has no port of its own); default 443. */
  port?: number;
  /** Guest-side faults to simulate; each changes the trace and says why the flow fails. */
  whatIf?: WhatIf;
  /** Language of every note, reason and error; default English. */
  locale?: Locale;
}

/** Azure's health probe source: the platform's virtual IP for IPv4, a link-local address for IPv6. */
export const PROBE_SOURCE = { 4: '168.63.129.16', 6: 'fe80::1234:5678:9abc' } as const;
export const DEFAULT_CLIENT = { 4: '198.51.100.10:50000', 6: '[2001:db8::10]:50000' } as const;

/**
 * Follows one flow from a client through the load balancer to a VM and back; `whatIf` simulates guest faults
 * (the failing hop gets `failure`, later hops `notReached`), `locale` picks the language of every sentence.
 * @example traceFlow(t, { rule: 'rule1', vm: 'VM1', whatIf: { noLoopback: true } }).trace.failure?.outcome // 'dropped'
 */
export function traceFlow(topology: Topology, options: TraceOptions): { ok: true; trace: Trace } | { ok: false; error: string } {
  const msg = messagesFor(options.locale);
  const found = options.kind === 'natRule' ? natFlowRow(topology, options, msg) : ruleFlowRow(topology, options, msg);
  if (!found.ok) return found;
  const row = found.row;
  const family = row.frontendIp.includes(':') ? 6 : 4;
  const client = parseEndpoint(options.client ?? DEFAULT_CLIENT[family]);
  if (!client) return { ok: false, error: msg('badClient', { client: String(options.client) }) };
  if (client.ip.family !== family) {
    return { ok: false, error: msg('wrongFamily', { client: String(options.client), clientFamily: client.ip.family, frontend: row.frontend, family }) };
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
  push('client-to-lb', inbound, undefined, msg('clientToLb', { frontend: row.frontend }));
  const atVm: Packet = { ...inbound, dstIp: row.destinationIp, dstPort: bePort };
  push('lb-to-vm', atVm, inbound, row.floatingIp
    ? msg('lbToVmFloating', { portNote: bePort !== fePort ? msg('onlyPortChanges') : '', vm: row.vm, frontendIp: row.frontendIp })
    : msg('lbToVmRewrite', { vm: row.vm }));
  const reply: Packet = { srcIp: atVm.dstIp, srcPort: atVm.dstPort, dstIp: atVm.srcIp, dstPort: atVm.srcPort };
  push('vm-reply', reply, mirror(atVm), msg(row.floatingIp ? 'replyFloating' : 'replyNic'));
  const atClient: Packet = { ...reply, srcIp: row.frontendIp, srcPort: fePort };
  const rewritten = diff(reply, atClient);
  push('reply-at-client', atClient, reply, msg(rewritten.length === 0 ? 'replyUnchanged' : rewritten.includes('srcIp') ? 'replySrcRewritten' : 'replyPortRewritten'));

  const trace: Trace = { rule: row.rule, kind: row.kind, vm: row.vm, floatingIp: row.floatingIp, hops, ...extras(topology, row, family, msg), effects: [] };
  return { ok: true, trace: applyWhatIf(trace, row, options.whatIf ?? {}, msg) };
}

type Found = { ok: true; row: FlowRow } | { ok: false; error: string };

/**
 * The rule a trace follows: the load-balancing rule, or with `kind: 'natRule'` the inbound NAT rule, of that name.
 * @example tracedRule(t, { rule: 'rdp-vm1', kind: 'natRule' })?.frontendPort // 50001
 */
export function tracedRule(topology: Topology, options: Pick<TraceOptions, 'rule' | 'kind'>): Rule | InboundNatRule | undefined {
  const list: readonly (Rule | InboundNatRule)[] = options.kind === 'natRule' ? (topology.inboundNatRules ?? []) : topology.rules;
  return list.find((r) => r.name === options.rule);
}

function ruleFlowRow(topology: Topology, options: TraceOptions, msg: TraceMsg): Found {
  const rule = tracedRule(topology, options) as Rule | undefined;
  if (!rule) return { ok: false, error: msg('noRule', { rule: options.rule, rules: topology.rules.map((r) => r.name).join(', ') || msg('none') }) };
  const rows = computeMapping({ ...topology, rules: [rule] }, indexTopology(topology));
  if (rows.length === 0) return { ok: false, error: msg('noVms', { rule: rule.name }) };
  const row = rows.find((r) => r.vm === options.vm);
  if (!row) {
    return { ok: false, error: msg('vmNotInPool', { vm: options.vm, rule: rule.name, vms: [...new Set(rows.map((r) => r.vm))].join(', ') }) };
  }
  return { ok: true, row: { ...row, kind: 'rule', probe: rule.probe } };
}

function natFlowRow(topology: Topology, options: TraceOptions, msg: TraceMsg): Found {
  const nat = tracedRule(topology, options) as InboundNatRule | undefined;
  if (!nat) return { ok: false, error: msg('noNatRule', { rule: options.rule, rules: (topology.inboundNatRules ?? []).map((r) => r.name).join(', ') || msg('none') }) };
  const row = mapNatRules({ ...topology, inboundNatRules: [nat] })[0];
  if (!row) return { ok: false, error: msg('natNoTarget', { rule: nat.name }) };
  if (row.vm !== options.vm) return { ok: false, error: msg('vmNotNatTarget', { vm: options.vm, rule: nat.name, target: row.vm }) };
  return { ok: true, row: { ...row, kind: 'natRule', rule: row.natRule } };
}

/** The translate function traceFlow and its helpers share. */
export type TraceMsg = (key: keyof (typeof traceMessages)['en'], params?: Record<string, string | number>) => string;

function messagesFor(locale: Locale = 'en'): TraceMsg {
  return (key, params) => fill(traceMessages[locale][key], params);
}

function extras(topology: Topology, row: FlowRow, family: 4 | 6, msg: TraceMsg): Pick<Trace, 'probe' | 'outbound' | 'notes'> {
  const probe = row.probe === undefined ? undefined : topology.probes.find((p) => p.name === row.probe);
  const notes: string[] = [];
  const result: Pick<Trace, 'probe' | 'outbound' | 'notes'> = { notes };
  if (probe) {
    result.probe = {
      probe: probe.name,
      protocol: probe.protocol,
      src: PROBE_SOURCE[family],
      dst: formatEndpoint(row.memberIp, probe.port),
      dstIp: row.memberIp,
      port: probe.port,
      note: msg('probeNote', { vm: row.vm, nicIp: row.memberIp }),
    };
    // Validation reports it too; said here as well so the Trace tab and the CLI never show it as if it worked.
    if (!(Number.isInteger(probe.port) && probe.port >= 1 && probe.port <= 65535)) notes.push(msg('probePortOutOfRange', { probe: probe.name, port: probe.port }));
  } else {
    notes.push(msg(row.kind === 'natRule' ? 'natNoProbe' : 'noProbe', { rule: row.rule, vm: row.vm }));
  }
  const every = row.destinationPort === 0 ? msg('everyPort') : '';
  if (row.floatingIp) {
    result.outbound = {
      allowedSrc: row.memberIp,
      failingSrc: row.frontendIp,
      note: msg('outboundNote', { vm: row.vm, nicIp: row.memberIp, frontendIp: row.frontendIp }),
    };
    notes.push(msg('guestNote', { vm: row.vm, frontendIp: row.frontendIp, ports: row.protocol === 'All' ? msg('portsServed') : `${row.protocol} ${row.destinationPort}` }));
    notes.push(msg('listenFloating', { endpoint: formatEndpoint(row.frontendIp, row.destinationPort), every, frontendIp: row.frontendIp }));
  } else {
    notes.push(msg('listenNic', { endpoint: formatEndpoint(row.memberIp, row.destinationPort), every }));
  }
  return result;
}

function mirror(p: Packet): Packet {
  return { srcIp: p.dstIp, srcPort: p.dstPort, dstIp: p.srcIp, dstPort: p.srcPort };
}

function diff(a: Packet, b: Packet): Field[] {
  return (['srcIp', 'srcPort', 'dstIp', 'dstPort'] as const).filter((f) => a[f] !== b[f]);
}
