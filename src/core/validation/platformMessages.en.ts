/**
 * Validation texts of the SKU, probe and limit rules (Gateway, Basic, probe settings, backend IP configurations), in
 * English; gathered into the `validation.` namespace beside messages.en.ts.
 */
export const validationPlatformEn = {
  'HaPortsRequiresInternalStandard.natRule':
    'Inbound NAT rule {rule} uses protocol All with ports 0/0, which forwards every port to its target, but load balancer {lb} is {sku} {type}. ' +
    'Azure accepts that form only where HA ports exist, on an internal Standard load balancer: make the load balancer Internal and Standard, ' +
    'or give the NAT rule Tcp or Udp and one port.',
  'MultipleIpConfigsRequestSamePrivateIpAddress.frontends':
    'Frontends {frontends} all use {ip}. Azure refuses the deployment (MultipleIpConfigsRequestSamePrivateIpAddress: a private address ' +
    'can be assigned to one IP configuration only): give each frontend its own free address in the subnet, or put the rules on one frontend.',
  PublicIPReferencedByMultipleIPConfigs:
    'Frontend {frontend} uses {ip}, which is already the instance public IP of {vms}. Azure refuses the deployment ' +
    '(PublicIPReferencedByMultipleIPConfigs: a public IP address belongs to one IP configuration): give the frontend its own public IP, ' +
    'or remove the public IP from the VM.',
  GatewayRuleNotHaPorts:
    'Rule {rule} is {protocol} {frontendPort}/{backendPort} on Gateway load balancer {lb}, but a Gateway load balancer takes only HA-ports rules. ' +
    'Set protocol All and both ports to 0: the appliances then receive every flow, VXLAN-encapsulated through the pool’s tunnel interfaces.',
  GatewayFrontendNotPrivate:
    'Gateway load balancer {lb} is Public, but a Gateway load balancer’s frontend IP is private only. Make it Internal, and chain it from a ' +
    'Standard public load balancer frontend or a VM’s public IP configuration.',
  BasicSkuRetired:
    'Load balancer {lb} is Basic SKU. Azure retired Basic Load Balancer on 30 September 2025: upgrade it to Standard, as Microsoft’s ' +
    'upgrade guidance describes (its PowerShell upgrade module keeps the frontends, rules and pools). A Standard load balancer lets no ' +
    'inbound traffic in until an NSG allows it.',
  'BasicSkuUnsupportedFeature.httpsProbe':
    'Probe {probe} is Https, but load balancer {lb} is Basic SKU, whose probes are Tcp or Http only. Use an Http or Tcp probe, ' +
    'or upgrade the load balancer to Standard.',
  'BasicSkuUnsupportedFeature.tcpReset':
    'Rule {rule} enables TCP reset, but load balancer {lb} is Basic SKU, which has no TCP reset. Turn TCP reset off, ' +
    'or upgrade the load balancer to Standard.',
  'BasicSkuUnsupportedFeature.natTcpReset':
    'Inbound NAT rule {rule} enables TCP reset, but load balancer {lb} is Basic SKU, which has no TCP reset. Turn TCP reset off, ' +
    'or upgrade the load balancer to Standard.',
  ProbeIntervalTooShort:
    'Probe {probe} checks every {seconds} s; Azure accepts 5 s or more. Set its interval to 5 seconds or more (15 is the default).',
  ProbeThresholdTooLow:
    'Probe {probe} has a threshold of {threshold}; it is the number of consecutive probes that change an instance’s state, so Azure ' +
    'needs 1 or more. Set it to 1 or more.',
  ProbePortNotProbed:
    'Probe {probe} is {protocol} on port {port}, a port Azure’s HTTP probes do not probe (19, 21, 25, 70, 110, 119, 143, 220 and 993). ' +
    'It never marks an instance up, so the rules that use it deliver no new flows: move the probe to another port, or make it a Tcp probe.',
  BackendIpConfigsAcrossFrontendsExceeded:
    'Load balancer {lb} reaches {count} backend IP configurations across all its frontends (each load-balancing, inbound NAT or ' +
    'outbound rule counts each IP configuration it reaches once); Azure allows {limit}. Use smaller pools, fewer rules, or a second load balancer.',
  EmptyBackendPool:
    'Backend pool {pool} has no members, so {rules} deliver nothing yet: Azure deploys an empty pool, and it fills when NICs, IP addresses or a scale set join it. ' +
    'Add the VMs that serve these rules to {pool} (drag a VM onto it on the canvas).',
};
