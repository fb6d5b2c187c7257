/** The texts of a trace through several load balancers (designTrace.ts), in English. */
export const chainEn = {
  noLoadBalancer: 'There is no load balancer named "{lb}". Load balancers: {lbs}.',
  clientToGlobal:
    'The client sends to frontend {frontend} of Global load balancer {lb}: an anycast address advertised from many regions, so the closest participating region takes the flow.',
  globalToRegional:
    'Global load balancer {lb} forwards the flow to frontend {frontend} of regional load balancer {regional}, which applies rule {rule}. Floating IP off: the destination becomes the regional frontend and the rule’s backend port; the client’s address stays (client IP preservation).',
  globalToRegionalFloating:
    'Global load balancer {lb} forwards the flow to regional load balancer {regional} (frontend {frontend}), which applies rule {rule}. Floating IP on: the destination stays the global frontend IP {globalIp}, so the VMs must hold {globalIp} on a loopback interface.',
  globalFloatingAtVm:
    'Floating IP on the Global rule: the destination stays the global frontend IP {globalIp}, whatever the regional rule’s floating IP, on the regional rule’s backend port; {vm} must hold {globalIp} on its loopback.',
  replyFromGlobal: 'The client sees the reply come from the global frontend {ip}:{port}, the address it sent to.',
  noRegional:
    'Rule {rule} of Global load balancer {lb} reaches VM "{vm}" through no regional load balancer: none of {frontends} has a rule on port {port} whose pool holds the VM (run validate).',
  noSuchRegional:
    'Global load balancer {lb} has no regional frontend "{regional}" in its pool {pool}. Its regional frontends: {frontends}.',
  regionalMissesVm:
    'Rule {rule} of Global load balancer {lb} does not reach VM "{vm}" through {regional}. It reaches it through: {frontends}.',
  frontendToGateway:
    'Frontend {frontend} of {lb} is chained to Gateway load balancer {gateway} (frontend {gatewayFrontend}): every packet goes there first, unchanged, before rule {rule} is applied.',
  gatewayToAppliance:
    'Gateway load balancer {gateway} sends the packet to appliance {vm} ({ip}), VXLAN-encapsulated through the pool’s external tunnel interface; the original packet inside is unchanged.',
  applianceToGateway:
    'Appliance {vm} returns the inspected packet VXLAN-encapsulated through the internal tunnel interface; {lb} then applies rule {rule} as if it had just arrived.',
  gatewayReply: 'The reply goes back through the same appliance {vm}: Gateway Load Balancer keeps each flow sticky and symmetric.',
  gatewayMissing:
    'Frontend {frontend} of {lb} is chained to {gateway}/{gatewayFrontend}, which is not a Gateway load balancer’s frontend in this design (run validate).',
  noAppliance: 'Gateway load balancer {gateway} has no appliance "{vm}" in its pools. Its appliances: {vms}.',
} as const;
