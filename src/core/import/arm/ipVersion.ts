// Which IP version an element asks Azure for: `privateIPAddressVersion` on a frontend or NIC ip configuration,
// `publicIPAddressVersion` on a public IP address or prefix (both default to IPv4).
import { field, isObject, type At, type JsonObject } from './access';
import { parseId, refId } from './ids';
import type { LbContext } from './lbFields';
import { readString } from './placeholders';

/**
 * True when `key` of `o` says IPv6 (any case); absent, unresolved or anything else is IPv4, Azure's default.
 * @example isIpv6({ properties: { privateIPAddressVersion: 'IPv6' } }, 'x', 'privateIPAddressVersion') // true
 */
export function isIpv6(o: JsonObject, path: string, key: 'privateIPAddressVersion' | 'publicIPAddressVersion'): boolean {
  return (
    readString(field(o, path, key))
      .text?.trim()
      .toLowerCase() === 'ipv6'
  );
}

/** True when a frontend's `publicIPPrefix` is an IPv6 prefix: inline (REST `$expand`) or a prefix resource of the template. */
export function publicPrefixIpv6(prefix: At, ctx: Pick<LbContext, 'resources'>): boolean {
  if (isObject(prefix.value) && isIpv6(prefix.value, prefix.path, 'publicIPAddressVersion')) return true;
  const id = refId(prefix).value;
  const name = typeof id === 'string' ? (parseId(id)?.name ?? id).toLowerCase() : undefined;
  const res = ctx.resources.find(
    (r) =>
      r.type.toLowerCase() === 'microsoft.network/publicipprefixes' &&
      isObject(r.value) &&
      typeof r.value.name === 'string' &&
      r.value.name.toLowerCase() === name,
  );
  return res !== undefined && isIpv6(res.value as JsonObject, res.path, 'publicIPAddressVersion');
}
