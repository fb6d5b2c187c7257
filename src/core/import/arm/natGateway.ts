// Subnets with a NAT gateway (`natGateway.id` on the subnet, inline in a virtual network or as a subnet resource of
// its own): the VMs whose NIC ip configurations are in one of them send their outbound flows through it.
import { field, isObject, items, top, type At, type JsonObject } from './access';
import { parseId, refId } from './ids';
import type { Resource } from './membership';

const VNET = 'microsoft.network/virtualnetworks';
const SUBNET = 'microsoft.network/virtualnetworks/subnets';

const present = (at: At) => at.value !== undefined && at.value !== null;

/**
 * The subnets of the template that have a NAT gateway, as lower-cased `vnet/subnet` keys.
 * @example natGatewaySubnets(resources).has('vnet/backend') // true when that subnet sets natGateway
 */
export function natGatewaySubnets(resources: readonly Resource[]): Set<string> {
  const keys = new Set<string>();
  for (const r of resources) {
    if (!isObject(r.value)) continue;
    const type = r.type.toLowerCase();
    if (type === VNET) {
      const vnet = top(r.value, r.path, 'name').value;
      if (typeof vnet !== 'string') continue;
      for (const s of items(field(r.value, r.path, 'subnets'))) {
        if (!isObject(s.value)) continue;
        const name = top(s.value, s.path, 'name').value;
        if (typeof name === 'string' && present(field(s.value, s.path, 'natGateway'))) keys.add(`${vnet}/${name}`.toLowerCase());
      }
    } else if (type === SUBNET) {
      // A subnet resource's full name is `<vnet>/<subnet>`.
      const full = typeof r.fullName === 'string' ? r.fullName : top(r.value, r.path, 'name').value;
      if (typeof full === 'string' && full.includes('/') && present(field(r.value, r.path, 'natGateway'))) keys.add(full.toLowerCase());
    }
  }
  return keys;
}

/** True when the ip configuration's `subnet.id` names one of `subnets` (`natGatewaySubnets`). */
export function inNatGatewaySubnet(config: At, subnets: ReadonlySet<string>): boolean {
  if (subnets.size === 0 || !isObject(config.value)) return false;
  const id = refId(field(config.value as JsonObject, config.path, 'subnet')).value;
  const parts = typeof id === 'string' ? parseId(id) : undefined;
  return parts?.type === 'subnets' && parts.parent !== undefined && subnets.has(`${parts.parent}/${parts.name.toLowerCase()}`);
}
