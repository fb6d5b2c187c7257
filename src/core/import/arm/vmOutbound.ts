// What decides a VM's outbound path besides the load balancer (docs/outbound.md): an instance-level public IP on
// its NIC's primary ip configuration, and a subnet that still gives default outbound access (`defaultOutboundAccess`,
// Microsoft.Network subnets, API 2023-05-01 and later). A subnet that does not say so is left to Floatplan's default
// (no default outbound access: private subnets are the default for new virtual networks since 31 March 2026).
import { field, isObject, type At } from './access';
import type { Resource } from './membership';
import { subnetsWhere } from './natGateway';

/**
 * The primary ip configuration's instance-level public IP: its address where the definition states it (REST and
 * `az` output carry `publicIPAddress.properties.ipAddress`), else true (a template only references the resource).
 * @example instancePublicIp(config) // { publicIp: true }
 */
export function instancePublicIp(config: At | undefined): { publicIp?: string | true } {
  if (!config || !isObject(config.value)) return {};
  const pip = field(config.value, config.path, 'publicIPAddress');
  if (pip.value === undefined || pip.value === null) return {};
  const address = isObject(pip.value) ? field(pip.value, pip.path, 'ipAddress').value : undefined;
  return { publicIp: typeof address === 'string' && address !== '' ? address : true };
}

/**
 * The subnets of the template that say `defaultOutboundAccess: true`, as lower-cased `vnet/subnet` keys (the same
 * keys as natGatewaySubnets, so inNatGatewaySubnet tests an ip configuration against them).
 * @example defaultOutboundSubnets(resources).has('vnet/legacy') // true
 */
export function defaultOutboundSubnets(resources: readonly Resource[]): Set<string> {
  return subnetsWhere(resources, (s) => isObject(s.value) && field(s.value, s.path, 'defaultOutboundAccess').value === true);
}
