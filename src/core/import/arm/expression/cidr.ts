// parseCidr(), cidrSubnet() and cidrHost(), as Azure documents them (template-functions-cidr): host index 0 is
// the first usable address (network + 1) for IPv4 and IPv6 alike.
import { addressText, parseNetwork, type Network } from '../../../net/cidr';
import type { Resolved } from '../resolved';
import { arity, EvalFailure, int, str } from './values';

function parseNetworkOr(fn: string, text: string): Network {
  const n = parseNetwork(text);
  if (!n) throw new EvalFailure(`${fn}() expects a range in CIDR notation such as '10.0.0.0/24', got '${text}'`);
  return n;
}

const format = (n: Network, value: bigint) => addressText(n.bits, value);

function size(n: Network, prefix = n.prefix): bigint {
  return 1n << BigInt(n.bits - prefix);
}

/** parseCidr(network): network, netmask, broadcast (IPv4), firstUsable, lastUsable, cidr. */
export function parseCidr(args: Resolved[]): Resolved {
  arity('parseCidr', args, 1);
  const n = parseNetworkOr('parseCidr', str('parseCidr', args, 0));
  const last = n.base + size(n) - 1n;
  const mask = ((1n << BigInt(n.bits)) - 1n) ^ (size(n) - 1n);
  if (n.v6)
    return {
      network: format(n, n.base),
      netmask: format(n, mask),
      firstUsable: format(n, n.base),
      lastUsable: format(n, last),
      cidr: n.prefix,
    };
  const tiny = n.prefix >= 31;
  return {
    network: format(n, n.base),
    netmask: format(n, mask),
    broadcast: format(n, last),
    firstUsable: format(n, tiny ? n.base : n.base + 1n),
    lastUsable: format(n, tiny ? last : last - 1n),
    cidr: n.prefix,
  };
}

/** cidrSubnet(network, newCIDR, subnetIndex): the subnetIndex-th range of size /newCIDR inside the network. */
export function cidrSubnet(args: Resolved[]): string {
  arity('cidrSubnet', args, 3);
  const n = parseNetworkOr('cidrSubnet', str('cidrSubnet', args, 0));
  const newCidr = int('cidrSubnet', args, 1);
  const index = int('cidrSubnet', args, 2);
  if (newCidr < n.prefix || newCidr > n.bits)
    throw new EvalFailure(`cidrSubnet() needs a new prefix from /${n.prefix} to /${n.bits}, got /${newCidr}`);
  const count = 1n << BigInt(newCidr - n.prefix);
  if (index < 0 || BigInt(index) >= count)
    throw new EvalFailure(`cidrSubnet() index ${index} is outside the ${count} /${newCidr} subnets of ${format(n, n.base)}/${n.prefix}`);
  return `${format(n, n.base + BigInt(index) * size(n, newCidr))}/${newCidr}`;
}

/** cidrHost(network, hostIndex): the usable address number hostIndex (0 → network + 1). */
export function cidrHost(args: Resolved[]): string {
  arity('cidrHost', args, 2);
  const n = parseNetworkOr('cidrHost', str('cidrHost', args, 0));
  const index = int('cidrHost', args, 1);
  const usable = size(n) - (n.v6 ? 1n : 2n);
  if (index < 0 || BigInt(index) >= usable)
    throw new EvalFailure(
      `cidrHost() index ${index} is outside the ${usable > 0n ? usable : 0n} usable addresses of ${format(n, n.base)}/${n.prefix}`,
    );
  return format(n, n.base + 1n + BigInt(index));
}
