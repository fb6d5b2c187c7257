import ipaddr from 'ipaddr.js';

/** An address range as numbers: the address width (32 or 128), the prefix length, and the network address. */
export interface Network {
  v6: boolean;
  bits: number;
  prefix: number;
  base: bigint;
}

/**
 * Parses `10.0.1.0/24` or `2001:db8::/64` (host bits are cleared); undefined when it is not a range.
 * @example parseNetwork('10.0.1.7/24') // { v6: false, bits: 32, prefix: 24, base: 167772416n }
 */
export function parseNetwork(text: string): Network | undefined {
  let parsed: [ipaddr.IPv4 | ipaddr.IPv6, number];
  try {
    parsed = ipaddr.parseCIDR(text);
  } catch {
    return undefined;
  }
  const [address, prefix] = parsed;
  const v6 = address.kind() === 'ipv6';
  const bits = v6 ? 128 : 32;
  const value = address.toByteArray().reduce((acc, b) => (acc << 8n) | BigInt(b), 0n);
  const host = BigInt(bits - prefix);
  return { v6, bits, prefix, base: (value >> host) << host };
}

/**
 * The address `value` of a network's family, as text.
 * @example addressText(32, 167772425n) // '10.0.1.9'
 */
export function addressText(bits: number, value: bigint): string {
  const bytes: number[] = [];
  for (let i = bits / 8 - 1; i >= 0; i--) bytes.push(Number((value >> BigInt(i * 8)) & 255n));
  return ipaddr.fromByteArray(bytes).toString();
}
