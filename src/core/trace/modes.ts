import { formatEndpoint, parseEndpoint } from '../net/address';
import { isCluster } from '../model/holder';
import type { FrontendIpHolder } from '../topology/schema';
import type { Field, FlowRow, Hop, Packet, Stage, TraceMsg } from './trace';

// What a trace says beyond the Floating IP page's case (every member holds the frontend IP on a loopback):
// - a cluster (issue 14; reference §0): only the node that owns the IP resource (WSFC) or runs the IPaddr2 group
//   (Pacemaker) holds the frontend IP, on its NIC, and answers the probe; Azure sends flows only to it;
// - an appliance: a UDR's next hop is the frontend IP, the packet keeps its original source and destination, the
//   appliance forwards it, and the reply crosses the same load balancer, which picks the same appliance
//   (Architecture Center "Deploy highly available NVAs"; HA ports overview, "Flow symmetry");
// - a client that is itself a pool member ("Troubleshoot Load Balancer backend traffic responses", causes 3 and 4).

/** Which node of a cluster pool is active, and what that means for the traced VM. */
export interface ClusterView {
  holder: Extract<FrontendIpHolder, 'cluster-windows' | 'cluster-pacemaker'>;
  /** The node that owns the IP resource / runs the IPaddr2 group: the only one holding the frontend IP. */
  active: string;
  activeIp: string;
  /** The traced VM's role. */
  role: 'active' | 'passive';
  /** Every other member: no frontend IP, probe down by design. */
  passive: { vm: string; ip: string }[];
  /** What a failover changes, in the trace's language. */
  failover: string;
}

/** The original destination an appliance flow keeps end to end. */
export interface ApplianceView {
  /** `ip:port` as shown. */
  destination: string;
  destinationIp: string;
  destinationPort: number;
  /** True when no destination was given: the documentation example address is shown. */
  example: boolean;
  /** The frontend IP: the next hop of the user-defined routes that bring the flow (both ways) to the load balancer. */
  nextHop: string;
  /** The traced appliance's own address (its NIC ipconfig). */
  applianceIp: string;
}

/** Warnings a trace carries on its own (they depend on the client, which validation never sees). */
export type TraceWarningCode = 'ClientIsPoolMember';

export interface TraceWarning {
  code: TraceWarningCode;
  message: string;
  /** The page the warning rests on. */
  source: string;
}

/** Example server behind an appliance: documentation addresses (RFC 5737, RFC 3849), never a real host. */
export const DEFAULT_DESTINATION = { 4: '198.51.100.80', 6: '2001:db8::80' } as const;

/** Learn "Troubleshoot Load Balancer backend traffic responses", causes 3 and 4. */
export const CLIENT_MEMBER_SOURCE = 'https://learn.microsoft.com/azure/load-balancer/load-balancer-troubleshoot-backend-traffic';

/**
 * One hop, with the fields that differ from the packet it was made from.
 * @example makeHop('lb-to-vm', p, undefined, 'note').changed // []
 */
export function makeHop(stage: Stage, packet: Packet, from: Packet | undefined, note: string): Hop {
  return {
    stage,
    src: formatEndpoint(packet.srcIp, packet.srcPort),
    dst: formatEndpoint(packet.dstIp, packet.dstPort),
    packet,
    changed: from ? diff(from, packet) : [],
    note,
  };
}

/**
 * A reply hop: the receiver answers with source and destination swapped (`swapped`), and `changed` lists only what
 * differs beyond that swap, so "this hop" can say the reply turned round without calling it a rewrite.
 * @example replyHop('vm-reply', mirror(p), p, 'note').swapped // true
 */
export function replyHop(stage: Stage, packet: Packet, request: Packet, note: string): Hop {
  return { ...makeHop(stage, packet, mirror(request), note), swapped: true };
}

/**
 * The packet as its receiver answers it: source and destination swapped.
 * @example mirror({ srcIp: 'a', srcPort: 1, dstIp: 'b', dstPort: 2 }).srcIp // 'b'
 */
export function mirror(p: Packet): Packet {
  return { srcIp: p.dstIp, srcPort: p.dstPort, dstIp: p.srcIp, dstPort: p.srcPort };
}

/**
 * The fields of a packet that differ between `a` and `b`.
 * @example diff(p, { ...p, dstPort: 81 }) // ['dstPort']
 */
export function diff(a: Packet, b: Packet): Field[] {
  return (['srcIp', 'srcPort', 'dstIp', 'dstPort'] as const).filter((f) => a[f] !== b[f]);
}

/** The cluster's words: what holds the address, and what answers the probe. */
export function clusterWords(holder: ClusterView['holder'], msg: TraceMsg): { resource: string; listener: string } {
  return holder === 'cluster-windows'
    ? { resource: msg('resourceWindows'), listener: msg('listenerWindows') }
    : { resource: msg('resourcePacemaker'), listener: msg('listenerPacemaker') };
}

/**
 * The cluster view of a trace: `active` (a VM name) or the pool's first member is the active node.
 * @example clusterView(row, undefined, msg) // { ok: true, view: { active: 'sql1', role: 'active', … } }
 */
export function clusterView(
  row: FlowRow,
  active: string | undefined,
  msg: TraceMsg,
): { ok: true; view?: ClusterView } | { ok: false; error: string } {
  const holder = row.holder;
  if (!isCluster(holder) || row.members.length === 0) return { ok: true };
  const chosen = active === undefined ? row.members[0]! : row.members.find((m) => m.vm === active);
  if (!chosen)
    return {
      ok: false,
      error: msg('activeNotMember', { active: String(active), rule: row.rule, vms: row.members.map((m) => m.vm).join(', ') }),
    };
  const others = row.members.filter((m) => m.vm !== chosen.vm);
  const { resource } = clusterWords(holder as ClusterView['holder'], msg);
  const other =
    others.length === 0
      ? msg('otherNode')
      : others.length === 1
        ? others[0]!.vm
        : msg('oneOfNodes', { vms: others.map((m) => m.vm).join(', ') });
  return {
    ok: true,
    view: {
      holder: holder as ClusterView['holder'],
      active: chosen.vm,
      activeIp: chosen.ip,
      role: chosen.vm === row.vm ? 'active' : 'passive',
      passive: others,
      failover: msg('failover', { resource, active: chosen.vm, other }),
    },
  };
}

/**
 * The six hops of a flow through an appliance: client → (UDR) load balancer → appliance → server, and the reply
 * server → (UDR) load balancer → the same appliance → client. No hop rewrites anything.
 * @example applianceHops(row, client, dest, msg).map((h) => h.stage) // ['client-to-lb', 'lb-to-vm', 'appliance-to-server', …]
 */
export function applianceHops(row: FlowRow, client: { ip: string; port: number }, dest: ApplianceView, msg: TraceMsg): Hop[] {
  const facts = { vm: row.vm, frontend: row.frontend, frontendIp: row.frontendIp, destination: dest.destination };
  const out: Packet = { srcIp: client.ip, srcPort: client.port, dstIp: dest.destinationIp, dstPort: dest.destinationPort };
  const back = mirror(out);
  return [
    makeHop('client-to-lb', out, undefined, msg(row.encapsulation ? 'gatewayClientToLb' : 'applianceClientToLb', facts)),
    makeHop('lb-to-vm', out, out, msg(row.encapsulation ? 'gatewayLbToVm' : 'applianceLbToVm', facts)),
    makeHop('appliance-to-server', out, out, msg(row.encapsulation ? 'gatewayForward' : 'applianceForward', facts)),
    replyHop('server-reply', back, out, msg(row.encapsulation ? 'gatewayServerReply' : 'applianceServerReply', facts)),
    makeHop('reply-to-appliance', back, back, msg('applianceReplyToVm', facts)),
    makeHop('reply-at-client', back, back, msg('applianceReplyAtClient', facts)),
  ];
}

/**
 * The appliance's destination: `destination` (ip:port) or the documentation example on `port`.
 * @example applianceDestination(undefined, 4, 443, row, msg) // { ok: true, view: { destination: '198.51.100.80:443', example: true, … } }
 */
export function applianceDestination(
  destination: string | undefined,
  family: 4 | 6,
  port: number,
  row: Pick<FlowRow, 'frontendIp' | 'memberIp'>,
  msg: TraceMsg,
  example: string = DEFAULT_DESTINATION[family],
): { ok: true; view: ApplianceView } | { ok: false; error: string } {
  const [nextHop, applianceIp] = [row.frontendIp, row.memberIp];
  if (destination === undefined) {
    const ip = example;
    return {
      ok: true,
      view: { destination: formatEndpoint(ip, port), destinationIp: ip, destinationPort: port, example: true, nextHop, applianceIp },
    };
  }
  const parsed = parseEndpoint(destination);
  if (!parsed) return { ok: false, error: msg('badDestination', { destination }) };
  if (parsed.ip.family !== family)
    return { ok: false, error: msg('destinationFamily', { destination, destFamily: parsed.ip.family, family }) };
  return {
    ok: true,
    view: {
      destination: formatEndpoint(parsed.ip.text, parsed.port),
      destinationIp: parsed.ip.text,
      destinationPort: parsed.port,
      example: false,
      nextHop,
      applianceIp,
    },
  };
}

/**
 * Hops from index `from` on never happen: marked not reached, `why` the note of the first, "never sent" the rest.
 * @example blockFrom(hops, 1, 'passive-node', 'No flow…', msg, 'VM2')
 */
export function blockFrom(hops: Hop[], from: number, by: NonNullable<Hop['blockedBy']>, why: string, msg: TraceMsg, vm: string): Hop[] {
  return hops.map((h, i) =>
    i < from ? h : { ...h, notReached: true as const, blockedBy: by, note: i === from ? why : msg('blockedLater', { vm }) },
  );
}

/**
 * A client that is a member of the rule's pool: the hops it really takes and the warning it earns. A member that
 * holds the frontend IP itself (loopback, or the active cluster node's NIC with floating IP) answers locally; one
 * whose flow would be delivered back to itself fails (unsupported); one whose flow reaches another member works.
 * @example memberClient(row, '10.0.0.4', hops, undefined, msg) // { hops, warning: { code: 'ClientIsPoolMember', … } }
 */
export function memberClient(
  row: FlowRow,
  clientIp: string,
  hops: Hop[],
  cluster: ClusterView | undefined,
  msg: TraceMsg,
): { hops: Hop[]; warning?: TraceWarning } {
  const client = row.members.find((m) => m.ip === clientIp)?.vm;
  if (client === undefined) return { hops };
  const facts = { client, rule: row.rule, vm: row.vm, frontendIp: row.frontendIp };
  const warning = (key: 'warnMemberLocal' | 'warnMemberSelf' | 'warnMemberOther'): TraceWarning => ({
    code: 'ClientIsPoolMember',
    message: msg(key, facts),
    source: CLIENT_MEMBER_SOURCE,
  });
  const holdsIt = row.floatingIp && (row.holder === 'every-member' || (cluster !== undefined && cluster.active === client));
  if (holdsIt) {
    const where = msg(row.holder === 'every-member' ? 'whereLoopback' : 'whereCluster');
    const first = { ...hops[0]!, note: msg('memberLocal', { ...facts, where }) };
    return {
      hops: blockFrom([first, ...hops.slice(1)], 1, 'client-is-member', msg('blockedLater', { vm: row.vm }), msg, row.vm),
      warning: warning('warnMemberLocal'),
    };
  }
  // Azure sends the flow to the traced VM (a cluster: only to the active node); it fails only if that is the client.
  const receiver = cluster ? cluster.active : row.vm;
  if (receiver === client && client === row.vm) {
    return { hops: blockFrom(hops, 1, 'client-is-member', msg('memberToSelf', facts), msg, row.vm), warning: warning('warnMemberSelf') };
  }
  return { hops, warning: { ...warning('warnMemberOther'), message: msg('warnMemberOther', { ...facts, vm: receiver }) } };
}
