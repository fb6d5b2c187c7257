import { computeMapping } from '../mapping/mapping';
import { mapNatRules } from '../mapping/natMapping';
import { listenOnFor, type ListenOn } from '../model/holder';
import { indexTopology } from '../model/resolve';
import { parseEndpoint } from '../net/address';
import { fill, type Locale } from '../i18n/locale';
import type { FrontendIpHolder, InboundNatRule, Rule, LbTopology } from '../topology/schema';
import { traceMessages } from './messages';
import { modeMessages } from './modeMessages';
import {
  applianceDestination,
  applianceHops,
  blockFrom,
  clusterView,
  clusterWords,
  DEFAULT_DESTINATION,
  diff,
  makeHop,
  memberClient,
  mirror,
  replyHop,
  type ApplianceView,
  type ClusterView,
  type TraceWarning,
} from './modes';
import { applyWhatIf, type HopFailure, type WhatIf, type WhatIfEffect } from './whatIf';
import { extras } from './extras';
import { egressOf, type Egress } from './egress';
import { applyNsg, type TraceNsg } from './nsgHop';
import { defaultClient, exampleAddress, ownAddresses } from './exampleEndpoints';

/** Where a hop is; an appliance flow also has the three after 'lb-to-vm' that reach the server and come back. */
export type Stage =
  'client-to-lb' | 'lb-to-vm' | 'vm-reply' | 'reply-at-client' | 'appliance-to-server' | 'server-reply' | 'reply-to-appliance';
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
  /** A reply: source and destination are the previous hop's swapped (not listed in `changed`, which is what differs beyond that). */
  swapped?: true;
  /** Set on the hop where a what-if makes the packet fail: what happens, why, and the fix. */
  failure?: HopFailure;
  /** Set on the hops after a failed one: the packet never gets there. */
  notReached?: true;
  /** Why a hop is not reached without any what-if: a cluster's passive node, or a client inside the pool. */
  blockedBy?: 'passive-node' | 'client-is-member';
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
  /** Who holds the frontend IP in the pool's guests; inbound NAT rules: 'every-member'; a Gateway pool: 'appliance'. */
  holder: FrontendIpHolder;
  /** Gateway load balancers: the packet reaches the appliance VXLAN-encapsulated through a tunnel interface. */
  encapsulation?: 'vxlan';
  /** The rule's members in pool order (one address each), for a cluster's nodes and a client inside the pool. */
  members: { vm: string; ip: string }[];
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
  /** Who holds the frontend IP in the pool's guests (model/holder.ts). */
  holder: FrontendIpHolder;
  /** Where the traced VM's service listens: 'cluster' is the active node's NIC, 'none' an appliance. */
  listenOn: ListenOn;
  /** Cluster pools: which node is active and what a failover changes. */
  cluster?: ClusterView;
  /** Appliance pools: the original destination, kept end to end. */
  appliance?: ApplianceView;
  /** Warnings about this flow, each with a code (e.g. ClientIsPoolMember) and its source. */
  warnings: TraceWarning[];
  /** The traced VM's path to the internet (core/outbound), whatever the floating IP setting. */
  egress?: Egress;
  /** The inbound NSG rules the flow and its probe need at the VM (core/nsg's plan), and what the user's NSGs do. */
  nsg?: TraceNsg;
}

export type { ApplianceView, ClusterView, TraceWarning } from './modes';
export type { TraceNsg } from './nsgHop';

export interface TraceOptions {
  /** The rule to follow; with `kind: 'natRule'`, the inbound NAT rule. */
  rule: string;
  /** Default 'rule' (a load-balancing rule). */
  kind?: TraceKind;
  vm: string;
  /** Client endpoint; default 198.51.100.10:50000 (IPv4) or [2001:db8::10]:50000 (IPv6), or the next documentation address the topology does not use. */
  client?: string;
  /** Destination port the client uses on an HA-ports rule (which has no port of its own); default 443. */
  port?: number;
  /** Cluster pools: the active node (a member VM's name); default the pool's first member. */
  active?: string;
  /** Appliance pools: the server behind the appliance, ip:port; default 198.51.100.80 (an example) on `port`. */
  destination?: string;
  /** Guest-side faults to simulate; each changes the trace and says why the flow fails. */
  whatIf?: WhatIf;
  /** Language of every note, reason and error; default English. */
  locale?: Locale;
}

/** Azure's health probe source: the platform's virtual IP for IPv4, a link-local address for IPv6. */
export const PROBE_SOURCE = { 4: '168.63.129.16', 6: 'fe80::1234:5678:9abc' } as const;

/**
 * Follows one flow from a client through the load balancer to a VM and back; `whatIf` simulates guest faults
 * (the failing hop gets `failure`, later hops `notReached`), `locale` picks the language of every sentence.
 * @example traceFlow(t, { rule: 'rule1', vm: 'VM1', whatIf: { noLoopback: true } }).trace.failure?.outcome // 'dropped'
 */
export function traceFlow(topology: LbTopology, options: TraceOptions): { ok: true; trace: Trace } | { ok: false; error: string } {
  const msg = messagesFor(options.locale);
  const found = options.kind === 'natRule' ? natFlowRow(topology, options, msg) : ruleFlowRow(topology, options, msg);
  if (!found.ok) return found;
  const row = found.row;
  const family = row.frontendIp.includes(':') ? 6 : 4;
  const own = ownAddresses(topology);
  const client = parseEndpoint(options.client ?? defaultClient(topology, family, own));
  if (!client) return { ok: false, error: msg('badClient', { client: String(options.client) }) };
  if (client.ip.family !== family) {
    return {
      ok: false,
      error: msg('wrongFamily', { client: String(options.client), clientFamily: client.ip.family, frontend: row.frontend, family }),
    };
  }
  const anyPort = options.port ?? 443;
  const fePort = row.frontendPort || anyPort;
  const cluster = clusterView(row, options.active, msg);
  if (!cluster.ok) return cluster;
  let appliance: ApplianceView | undefined;
  let hops: Hop[];
  if (row.holder === 'appliance') {
    const example = exampleAddress(own, family, DEFAULT_DESTINATION[family]);
    const dest = applianceDestination(options.destination, family, fePort, row, msg, example);
    if (!dest.ok) return dest;
    appliance = dest.view;
    hops = applianceHops(row, { ip: client.ip.text, port: client.port }, appliance, msg);
  } else {
    hops = lbHops(row, { ip: client.ip.text, port: client.port }, fePort, row.destinationPort || anyPort, cluster.view, msg);
  }
  const view = cluster.view;
  if (view?.role === 'passive')
    hops = blockFrom(hops, 1, 'passive-node', msg('passiveHop', { vm: row.vm, active: view.active }), msg, row.vm);
  const member = memberClient(row, client.ip.text, hops, view, msg);
  hops = member.hops;

  const trace: Trace = {
    rule: row.rule,
    kind: row.kind,
    vm: row.vm,
    floatingIp: row.floatingIp,
    hops,
    ...extras(topology, row, family, view, appliance, msg),
    effects: [],
    holder: row.holder,
    listenOn: listenOnFor(row.holder, row.floatingIp),
    warnings: member.warning ? [member.warning] : [],
  };
  if (view) trace.cluster = view;
  if (appliance) trace.appliance = appliance;
  const egress = egressOf(topology, row.vm, options.locale);
  if (egress) trace.egress = egress;
  return { ok: true, trace: applyNsg(topology, row, applyWhatIf(trace, row, options.whatIf ?? {}, msg), msg) };
}

/** The four hops through the load balancer to a VM that receives the flow itself (every member, or a cluster node). */
function lbHops(
  row: FlowRow,
  client: { ip: string; port: number },
  fePort: number,
  bePort: number,
  cluster: ClusterView | undefined,
  msg: TraceMsg,
): Hop[] {
  const inbound: Packet = { srcIp: client.ip, srcPort: client.port, dstIp: row.frontendIp, dstPort: fePort };
  const atVm: Packet = { ...inbound, dstIp: row.destinationIp, dstPort: bePort };
  const portNote = bePort !== fePort ? msg('onlyPortChanges') : '';
  let toVm: string;
  if (cluster) {
    const { resource } = clusterWords(cluster.holder, msg);
    toVm = row.floatingIp
      ? msg('lbToVmCluster', { portNote, vm: row.vm, frontendIp: row.frontendIp, resource })
      : msg('lbToVmClusterNic', { vm: row.vm });
  } else {
    toVm = row.floatingIp
      ? msg('lbToVmFloating', { portNote, vm: row.vm, frontendIp: row.frontendIp })
      : msg('lbToVmRewrite', { vm: row.vm });
  }
  const reply: Packet = mirror(atVm);
  const atClient: Packet = { ...reply, srcIp: row.frontendIp, srcPort: fePort };
  const rewritten = diff(reply, atClient);
  return [
    makeHop('client-to-lb', inbound, undefined, msg('clientToLb', { frontend: row.frontend })),
    makeHop('lb-to-vm', atVm, inbound, toVm),
    replyHop('vm-reply', reply, atVm, msg(row.floatingIp ? 'replyFloating' : 'replyNic')),
    makeHop(
      'reply-at-client',
      atClient,
      reply,
      msg(rewritten.length === 0 ? 'replyUnchanged' : rewritten.includes('srcIp') ? 'replySrcRewritten' : 'replyPortRewritten'),
    ),
  ];
}

type Found = { ok: true; row: FlowRow } | { ok: false; error: string };

/**
 * The rule a trace follows: the load-balancing rule, or with `kind: 'natRule'` the inbound NAT rule, of that name.
 * @example tracedRule(t, { rule: 'rdp-vm1', kind: 'natRule' })?.frontendPort // 50001
 */
export function tracedRule(topology: LbTopology, options: Pick<TraceOptions, 'rule' | 'kind'>): Rule | InboundNatRule | undefined {
  const list: readonly (Rule | InboundNatRule)[] = options.kind === 'natRule' ? (topology.inboundNatRules ?? []) : topology.rules;
  return list.find((r) => r.name === options.rule);
}

function ruleFlowRow(topology: LbTopology, options: TraceOptions, msg: TraceMsg): Found {
  const rule = tracedRule(topology, options) as Rule | undefined;
  if (!rule)
    return { ok: false, error: msg('noRule', { rule: options.rule, rules: topology.rules.map((r) => r.name).join(', ') || msg('none') }) };
  const rows = computeMapping({ ...topology, rules: [rule] }, indexTopology(topology));
  if (rows.length === 0) return { ok: false, error: msg('noVms', { rule: rule.name }) };
  const row = rows.find((r) => r.vm === options.vm);
  if (!row) {
    return {
      ok: false,
      error: msg('vmNotInPool', { vm: options.vm, rule: rule.name, vms: [...new Set(rows.map((r) => r.vm))].join(', ') }),
    };
  }
  const members = [...new Map(rows.map((r) => [r.vm, { vm: r.vm, ip: r.memberIp }])).values()];
  // A Gateway pool's appliances forward what they receive, original destination kept: the trace follows an appliance.
  const holder = row.encapsulation ? 'appliance' : row.frontendIpHolder;
  return { ok: true, row: { ...row, kind: 'rule', probe: rule.probe, holder, members } };
}

function natFlowRow(topology: LbTopology, options: TraceOptions, msg: TraceMsg): Found {
  const nat = tracedRule(topology, options) as InboundNatRule | undefined;
  if (!nat)
    return {
      ok: false,
      error: msg('noNatRule', { rule: options.rule, rules: (topology.inboundNatRules ?? []).map((r) => r.name).join(', ') || msg('none') }),
    };
  const row = mapNatRules({ ...topology, inboundNatRules: [nat] })[0];
  if (!row) return { ok: false, error: msg('natNoTarget', { rule: nat.name }) };
  if (row.vm !== options.vm) return { ok: false, error: msg('vmNotNatTarget', { vm: options.vm, rule: nat.name, target: row.vm }) };
  return {
    ok: true,
    row: { ...row, kind: 'natRule', rule: row.natRule, holder: 'every-member', members: [{ vm: row.vm, ip: row.memberIp }] },
  };
}

/** The translate function traceFlow and its helpers share. */
export type TraceMsg = (
  key: keyof (typeof traceMessages)['en'] | keyof (typeof modeMessages)['en'],
  params?: Record<string, string | number>,
) => string;

function messagesFor(locale: Locale = 'en'): TraceMsg {
  const table: Record<string, string> = { ...traceMessages[locale], ...modeMessages[locale] };
  return (key, params) => fill(table[key]!, params);
}
