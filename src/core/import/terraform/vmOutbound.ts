// What decides a VM's outbound path besides the load balancer (docs/outbound.md): an instance-level public IP on the
// NIC's primary ip_configuration (`public_ip_address_id`), and a subnet of the file that says
// `default_outbound_access_enabled = true`. A subnet that does not say so keeps Floatplan's default (no default
// outbound access); the provider's own default is not assumed.
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
 * Reads the file's subnets with `default_outbound_access_enabled = true` and returns the test for NICs.
 * @example defaultOutboundSubnets(instances, evaluator, findings)(nicReader) // true when its subnet says so
 */
export function defaultOutboundSubnets(instances: readonly Instance[], evaluator: Evaluator, findings: Findings): (nic: Reader) => boolean {
  const open = new Set(
    instances
      .filter(
        (i) => i.type === 'azurerm_subnet' && new Reader(evaluator, findings, i).bool('default_outbound_access_enabled', false) === true,
      )
      .map((i) => i.address),
  );
  if (open.size === 0) return () => false;
  return (nic) => {
    const subnet = primaryConfig(nic)?.ref('subnet_id');
    return subnet instanceof ResourceRef && open.has(subnet.address);
  };
}
