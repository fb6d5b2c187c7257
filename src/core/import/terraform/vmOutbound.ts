// What decides a VM's outbound path besides the load balancer (docs/outbound.md): an instance-level public IP on the
// NIC's primary ip_configuration (`public_ip_address_id`), and a subnet of the file with default outbound access:
// `default_outbound_access_enabled`, which the azurerm provider defaults to true (azurerm_subnet's schema:
// `Default: true`, internal/services/network/subnet_resource.go), so a subnet that does not say is open. A NIC whose
// subnet is not a resource of the file keeps Floatplan's default (no default outbound access).
import type { Evaluator, Instance } from './evaluate';
import type { Findings } from './findings';
import { Reader } from './reader';
import { ResourceRef } from './values';

/** The NIC's primary ip_configuration, as natGateway.ts finds it. */
const primaryConfig = (nic: Reader) => {
  const configs = nic.blocks('ip_configuration');
  return configs.find((c) => c.bool('primary', false) === true) ?? configs[0];
};

/**
 * `{ publicIp: true }` when the NIC's primary ip_configuration has a public IP (its address is Azure's to assign).
 * @example instancePublicIp(nicReader) // { publicIp: true }
 */
export function instancePublicIp(nic: Reader): { publicIp?: true } {
  const config = primaryConfig(nic);
  return config?.has('public_ip_address_id') && config.value('public_ip_address_id') !== null ? { publicIp: true } : {};
}

/**
 * Reads the file's subnets with default outbound access (`default_outbound_access_enabled`, absent = the provider's
 * default, true) and returns the test for NICs.
 * @example defaultOutboundSubnets(instances, evaluator, findings)(nicReader) // true when its subnet says so
 */
export function defaultOutboundSubnets(instances: readonly Instance[], evaluator: Evaluator, findings: Findings): (nic: Reader) => boolean {
  const open = new Set(
    instances
      .filter(
        (i) => i.type === 'azurerm_subnet' && (new Reader(evaluator, findings, i).bool('default_outbound_access_enabled', true) ?? true),
      )
      .map((i) => i.address),
  );
  if (open.size === 0) return () => false;
  return (nic) => {
    const subnet = primaryConfig(nic)?.ref('subnet_id');
    return subnet instanceof ResourceRef && open.has(subnet.address);
  };
}
