// How far one NSG security rule's fields cover a flow (Learn: network-security-groups-overview, "Security rules";
// service-tags-overview for Internet, VirtualNetwork and AzureLoadBalancer). Every answer is a degree: the rule
// covers all of the flow, some of it (a CIDR that holds some clients, a tag Floatplan cannot resolve), or none.
import { parseIp } from '../net/address';
import { parseNetwork } from '../net/cidr';

export type Degree = 'all' | 'some' | 'none';

/** Who sends a flow: clients on the internet (public LB), in the virtual network (internal LB), or the probe. */
export type SourceClass = 'Internet' | 'VirtualNetwork' | 'AzureLoadBalancer';

/** Azure's health probes (and the AzureLoadBalancer service tag) come from this address (Learn: health probe overview). */
const PROBE_SOURCE_IP = '168.63.129.16';

/** A flow's destination: an address and whether it is public (a public frontend seen with floating IP). */
export interface Destination {
  ip: string;
  public: boolean;
}

const ANY = new Set(['*', 'any', '0.0.0.0/0', '::/0']);
const RANK: Record<Degree, number> = { none: 0, some: 1, all: 2 };

/** The widest degree of several alternatives (a list of prefixes or ranges matches when any item does). */
export function widest(list: readonly Degree[]): Degree {
  return list.reduce<Degree>((best, d) => (RANK[d] > RANK[best] ? d : best), 'none');
}

/** The degree of a flow on all dimensions together: none if any is none, all only if every one is all. */
export function together(list: readonly Degree[]): Degree {
  if (list.includes('none')) return 'none';
  return list.every((d) => d === 'all') ? 'all' : 'some';
}

/** True when `ip` lies in the address or CIDR `prefix`; undefined when the prefix is neither. */
function contains(prefix: string, ip: string): boolean | undefined {
  const single = parseIp(prefix);
  if (single) return parseIp(ip)?.text === single.text;
  const net = parseNetwork(prefix);
  const addr = parseIp(ip);
  if (!net || !addr || net.v6 !== (addr.family === 6)) return net ? false : undefined;
  const value = parseNetwork(`${addr.text}/${net.bits}`)!.base;
  const host = BigInt(net.bits - net.prefix);
  return (value >> host) << host === net.base;
}

/**
 * How far one source address prefix covers the senders of a class.
 * @example sourceDegree('AzureLoadBalancer', 'AzureLoadBalancer') // 'all'; sourceDegree('203.0.113.0/24', 'Internet') // 'some'
 */
export function sourceDegree(prefix: string, source: SourceClass): Degree {
  const p = prefix.trim().toLowerCase();
  if (ANY.has(p)) return 'all';
  if (p === 'internet' || p === 'virtualnetwork' || p === 'azureloadbalancer') return p === source.toLowerCase() ? 'all' : 'none';
  if (source === 'AzureLoadBalancer') {
    const hit = contains(prefix.trim(), PROBE_SOURCE_IP);
    return hit === undefined ? 'some' : hit ? 'all' : 'none';
  }
  // A CIDR or another tag (an application security group, a regional tag) covers some clients at most.
  return 'some';
}

/**
 * How far one destination address prefix covers a destination. A public frontend is in the Internet tag
 * (it includes Azure's public address space); private addresses are in VirtualNetwork.
 * @example destinationDegree('VirtualNetwork', { ip: '10.0.0.4', public: false }) // 'all'
 */
export function destinationDegree(prefix: string, destination: Destination): Degree {
  const p = prefix.trim().toLowerCase();
  if (ANY.has(p)) return 'all';
  if (p === 'virtualnetwork') return destination.public ? 'none' : 'all';
  if (p === 'internet') return destination.public ? 'all' : 'none';
  if (p === 'azureloadbalancer') return 'none';
  const hit = contains(prefix.trim(), destination.ip);
  return hit === undefined ? 'some' : hit ? 'all' : 'none';
}

/** A port range as numbers; undefined when it is not `*`, `N` or `A-B`. */
function parseRange(range: string): { from: number; to: number } | undefined {
  const r = range.trim();
  if (r === '*' || r.toLowerCase() === 'any') return { from: 0, to: 65535 };
  const m = /^(\d{1,5})(?:\s*-\s*(\d{1,5}))?$/.exec(r);
  if (!m) return undefined;
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  return from <= to && to <= 65535 ? { from, to } : undefined;
}

/**
 * How far a list of destination port ranges covers a port (0 = every port, an HA-ports rule).
 * @example portsDegree(['80', '443'], 443) // 'all'; portsDegree(['80'], 0) // 'some'
 */
export function portsDegree(ranges: readonly string[], port: number): Degree {
  const parsed = ranges.map(parseRange);
  const known = parsed.filter((r): r is { from: number; to: number } => r !== undefined);
  const unknown = parsed.length > known.length;
  if (port !== 0) {
    if (known.some((r) => r.from <= port && port <= r.to)) return 'all';
    return unknown ? 'some' : 'none';
  }
  // Every port 1-65535: covered when the ranges leave no gap.
  const sorted = [...known].sort((a, b) => a.from - b.from);
  let next = 1;
  for (const r of sorted) if (r.from <= next && r.to >= next) next = r.to + 1;
  if (next > 65535) return 'all';
  return known.some((r) => r.to >= 1) || unknown ? 'some' : 'none';
}

/**
 * How far an NSG rule's protocol covers a load balancer protocol (`All` is TCP and UDP).
 * @example protocolDegree('Tcp', 'All') // 'some'
 */
export function protocolDegree(nsgProtocol: string, protocol: string): Degree {
  const p = nsgProtocol.trim().toLowerCase();
  if (p === '*' || p === 'any') return 'all';
  const need = protocol === 'All' ? ['tcp', 'udp'] : [protocol.toLowerCase()];
  if (need.length === 1) return need[0] === p ? 'all' : 'none';
  return need.includes(p) ? 'some' : 'none';
}

/** How far a list of source port ranges covers any client port: `*` (or nothing) all, anything else some. */
export function sourcePortsDegree(ranges: readonly string[] | undefined): Degree {
  if (!ranges || ranges.length === 0) return 'all';
  return ranges.some((r) => parseRange(r)?.from === 0 && parseRange(r)?.to === 65535) ? 'all' : 'some';
}
