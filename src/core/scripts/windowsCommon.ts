// Facts shared by the two Windows flavours.
import { isNatLabel, type Opening } from './plan';

/**
 * A dotted IPv4 mask for a prefix length.
 * @example ipv4Mask(24) // '255.255.255.0'
 */
export function ipv4Mask(prefix: number): string {
  const bits = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  return [24, 16, 8, 0].map((s) => (bits >>> s) & 255).join('.');
}

/** A stable firewall rule name made only of fixed words, the protocol, port and address (no user text). */
export function firewallRuleName(o: Opening): string {
  const what = o.protocol === 'any' ? 'any' : `${o.protocol}-${o.port === 0 ? 'all' : o.port}`;
  return `Floatplan ${o.kind === 'probe' ? 'probe ' : ''}${what} to ${o.address}`;
}

/** The description a firewall rule carries: which rules or probes it serves (user text; callers quote it). */
export function firewallDescription(o: Opening): string {
  const kind = o.kind === 'probe' ? 'health probe ' : isNatLabel(o.reasons[0] ?? '') ? '' : 'rule ';
  return `Floatplan: ${kind}${o.reasons.join(', ')}`;
}

/** The findstr pattern matching an address at the end of a `netsh ... show addresses` line. */
export function findstrAddress(ip: string): string {
  return ` ${ip.replace(/\./g, '\\.')} *$`;
}
