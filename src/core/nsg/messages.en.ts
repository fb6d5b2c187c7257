/** Texts of the NSG diagnostics (keys `nsg.*`), in English. */
export const nsgEn = {
  NsgBlocksLoadBalancerTraffic:
    '{what} {rule} cannot reach {vms}: the NSG {nsg} rule {nsgRule} (priority {priority}) denies {protocol} traffic from {source} ' +
    'to {destination} {port}. {why}Add an inbound rule to {nsg} with a priority number below {priority} that allows {source} to ' +
    '{destination} {port} ({protocol}), or change {nsgRule}.',
  'NsgBlocksLoadBalancerTraffic.partly':
    '{what} {rule} reaches {vms} only in part: the NSG {nsg} rule {nsgRule} (priority {priority}) denies some of the {protocol} ' +
    'traffic from {source} to {destination} {port} (some clients, ports or protocols). {why}Check that it lets your clients through, ' +
    'or add an inbound rule with a priority number below {priority} that allows {source} to {destination} {port}.',
  NsgBlocksHealthProbe:
    'Probe {probe} cannot reach {vms} on port {port}: the NSG {nsg} rule {nsgRule} (priority {priority}) denies traffic from the ' +
    'AzureLoadBalancer service tag (168.63.129.16), so Azure marks them down and sends them no new flows. Add an inbound rule to ' +
    '{nsg} with a priority number below {priority} that allows AzureLoadBalancer to port {port}, or change {nsgRule}.',
  'NsgBlocksHealthProbe.partly':
    'Probe {probe} may not reach {vms} on port {port}: the NSG {nsg} rule {nsgRule} (priority {priority}) denies part of the ' +
    'traffic from the AzureLoadBalancer service tag (168.63.129.16). Add an inbound rule to {nsg} with a priority number below ' +
    '{priority} that allows AzureLoadBalancer to port {port}.',
  'what.rule': 'Load-balancing rule',
  'what.natRule': 'Inbound NAT rule',
  'port.one': 'port {port}',
  'port.all': 'on every port',
  'why.floating':
    'With floating IP the NSG sees the frontend IP {frontendIp} as the destination, not the NIC IP, so a rule for the NIC IP does not match. ',
};
