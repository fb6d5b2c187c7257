/**
 * Outbound texts, in English: each VM's path to the internet (core/outbound) and the outbound diagnostics
 * (validation/outbound.ts); gathered into the `validation.` namespace beside messages.en.ts.
 */
export const validationOutboundEn = {
  'outbound.natGateway':
    '{vm} reaches the internet through the NAT gateway of its subnet, from the gateway’s public IP. A NAT gateway takes precedence over every other outbound method (instance public IP, outbound rules, load-balancing rules).',
  'outbound.publicIp':
    '{vm} reaches the internet from its own public IP {publicIp}: an instance-level public IP takes precedence over the load balancer’s outbound rules and SNAT.',
  'outbound.publicIpUnknown':
    '{vm} reaches the internet from its own instance-level public IP, which takes precedence over the load balancer’s outbound rules and SNAT.',
  'outbound.outboundRule':
    '{vm} reaches the internet as {publicIp} through outbound rule {rule} ({protocol}) of load balancer {lb}, for the pool {pool}.',
  'outbound.ruleSnat':
    '{vm} reaches the internet as {publicIp} through the implicit SNAT of load-balancing rule {rule} ({protocol} only), because the rule leaves disableOutboundSnat off. Microsoft does not recommend a load-balancing rule for outbound: set disableOutboundSnat on it and add an outbound rule or a NAT gateway.',
  'outbound.basicPublic':
    '{vm} reaches the internet as {publicIp} through Basic public load balancer {lb} (default SNAT). Basic Load Balancer was retired on 30 September 2025.',
  'outbound.defaultAccess':
    '{vm} reaches the internet only through default outbound access: an address Azure owns, picks and may change. Microsoft does not recommend it for production; associate a NAT gateway with the subnet.',
  'outbound.none.internal':
    '{vm} has no outbound path to the internet: internal Standard load balancer {lb} gives its backends none, and {vm} has no NAT gateway and no public IP. Fix: associate a NAT gateway with its subnet (Microsoft’s recommendation), or give it a public IP.',
  'outbound.none.public':
    '{vm} has no outbound path to the internet: no outbound rule of load balancer {lb} covers its pool, and no load-balancing rule gives it SNAT (each sets disableOutboundSnat, or there is none). Fix: add an outbound rule for its pool, or associate a NAT gateway with its subnet.',
  'outbound.none.private':
    '{vm} has no outbound path to the internet: no NAT gateway, public IP or load balancer path, and its subnet gives no default outbound access (new virtual networks have private subnets since 31 March 2026). Fix: associate a NAT gateway with its subnet; if the subnet still has default outbound access, set defaultOutboundAccess on the VM.',

  NoOutboundPath:
    '{vms}: no outbound path to the internet. Internal Standard load balancer {lb} gives its backends none, and these VMs have no NAT gateway and no public IP. Fix: associate a NAT gateway with their subnet (Microsoft’s recommendation), or give each a public IP.',
  'NoOutboundPath.public':
    '{vms}: no outbound path to the internet. No outbound rule of load balancer {lb} covers their pool, and no load-balancing rule gives them SNAT (each sets disableOutboundSnat, or there is none). Fix: add an outbound rule for their pool, or associate a NAT gateway with their subnet.',
  'NoOutboundPath.private':
    '{vms}: no outbound path to the internet. They have no NAT gateway, public IP or load balancer path, and their subnet gives no default outbound access (new virtual networks have private subnets since 31 March 2026). Fix: associate a NAT gateway with their subnet; if it still has default outbound access, set defaultOutboundAccess on the VMs.',
  LoadBalancingRuleMustDisableSNATSinceSameFrontendIPConfigurationIsReferencedByOutboundRule:
    'Rule {rule} leaves disableOutboundSnat off, but its frontend {frontend} is also used by outbound rule {outboundRule}: Azure refuses the load balancer. Fix: set disableOutboundSnat on rule {rule}, so the outbound rule alone decides the outbound SNAT of {frontend}.',
  MoreThanOneOutboundRuleUsingSameFrontendIPConfigurationAndProtocolIsNotSupported:
    'Outbound rules {rules} use frontend {frontend} with overlapping protocols: Azure allows one outbound rule per frontend and protocol. Fix: give one of them another frontend, or merge them into one rule with protocol All.',
  OutboundRuleRequiresPublicStandard:
    'Outbound rule {rule} is on {sku} {type} load balancer {lb}, but outbound rules exist only on a public Standard load balancer. Fix: put it on a public Standard load balancer, or give the pool a NAT gateway instead.',
  'UnknownReference.outboundRule':
    'Outbound rule {rule} refers to {what} "{name}", which does not exist. Fix: pick an existing one, or remove the outbound rule.',
  'outbound.what.frontend': 'frontend',
  'outbound.what.backendPool': 'backend pool',
};
