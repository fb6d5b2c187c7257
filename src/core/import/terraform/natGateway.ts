// Subnets with a NAT gateway (azurerm_subnet_nat_gateway_association): a VM whose NIC is in one sends its outbound
// flows through the NAT gateway, which the topology says with `natGateway: true` (docs/topology-format.md).
import { itext } from '../text';
import type { Evaluator, Instance } from './evaluate';
import type { Findings } from './findings';
import { explainText, Reader } from './reader';
import { ResourceRef, Unknown } from './values';

/** Tells whether a NIC's primary IP configuration is in a subnet that has a NAT gateway. */
export type NatGatewayTest = (nic: Reader) => boolean;

/**
 * Reads the file's NAT gateway associations and returns the test for NICs; an association whose subnet is not a
 * resource of the file is said (its VMs cannot be told).
 * @example natGatewaySubnets(instances, evaluator, findings)(nicReader) // true when the NIC's subnet has one
 */
export function natGatewaySubnets(instances: readonly Instance[], evaluator: Evaluator, findings: Findings): NatGatewayTest {
  const subnets = new Set<string>();
  for (const i of instances.filter((x) => x.type === 'azurerm_subnet_nat_gateway_association')) {
    const r = new Reader(evaluator, findings, i);
    const subnet = r.ref('subnet_id');
    if (subnet instanceof ResourceRef) subnets.add(subnet.address);
    else
      findings.info(
        'ImportUnresolved',
        itext('tfm.natGatewaySubnet', { address: i.address, why: subnet instanceof Unknown ? explainText(subnet) : itext('tf.isMissing') }),
        r.path('subnet_id'),
      );
  }
  if (subnets.size === 0) return () => false;
  return (nic) => {
    const configs = nic.blocks('ip_configuration');
    const primary = configs.find((c) => c.bool('primary', false) === true) ?? configs[0];
    const subnet = primary?.ref('subnet_id');
    return subnet instanceof ResourceRef && subnets.has(subnet.address);
  };
}
