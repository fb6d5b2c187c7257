/**
 * Validation texts of the rules between load balancers (acrossLbs.ts) and of the Global tier (tiers.ts), in English;
 * gathered into the `validation.` namespace beside messages.en.ts. Azure's code names stay as they are in every language.
 */
export const validationAcrossEn = {
  'lbType.Internal': 'internal',
  'lbType.Public': 'public',
  'owner.globalPool': 'Backend pool {pool} of Global load balancer {lb}',
  'owner.frontend': 'Frontend {frontend} of load balancer {lb}',
  'owner.nic': "VM {vm}'s NIC {nic}",
  'delivery.rule': 'rule {rule} of {lb}',
  'delivery.natRule': 'inbound NAT rule {rule} of {lb}',
  AnotherInternalLoadBalancerExists:
    'VMs {vms} are in backend pools of internal load balancers {lbs}. Azure refuses the deployment (AnotherInternalLoadBalancerExists: ' +
    'only one internal load balancer may reference the same VMs or network interfaces): keep these VMs in one internal load balancer ' +
    'and move the other’s frontends and rules onto it, or use other VMs.',
  AnotherPublicLoadBalancerExists:
    'VMs {vms} are in backend pools of public load balancers {lbs}. An IP configuration may be in the pools of at most one public ' +
    'and one internal load balancer, so Azure refuses this (its code for the public case is not documented; this one is Floatplan’s): ' +
    'keep these VMs in one public load balancer and give it the other’s frontends and rules.',
  RulesOfSameLoadBalancerTypeUseSameBackendPortProtocolAndIPConfig:
    '{first} and {second} are on {type} load balancers and both send {protocol} to backend port {port} of {vms} with floating IP off. ' +
    'Azure refuses the deployment (RulesOfSameLoadBalancerTypeUseSameBackendPortProtocolAndIPConfig: rules of load balancers of the ' +
    'same type may not use the same backend port and protocol on one IP configuration): change one rule’s backend port, or put both ' +
    'rules on one load balancer.',
  SameDestinationFromTwoLoadBalancers:
    '{vms} receive {protocol} port {port} at the same address from both {first} and {second}, but the clients send to different ports, so these look like ' +
    'two services. The guest cannot tell the two flows apart: one listener gets both. Give one rule another backend port, or enable ' +
    'floating IP on one rule so its packets keep its own frontend IP.',
  LoadBalancerSkusMixedOnVm:
    'VMs {vms} are behind Basic load balancer {basic} and Standard load balancer {standard}. A VM, availability set or scale set can ' +
    'reference load balancers of one SKU only, never both: upgrade {basic} to Standard (Basic was retired on 30 September 2025).',
  GlobalTierRequiresPublicStandard:
    'Load balancer {lb} is of the Global tier but {sku} {type}. A Global (cross-region) load balancer is Standard and public only: ' +
    'make it Standard and Public, or make it Regional.',
  'GlobalTierRequiresPublicStandard.gateway':
    'Load balancer {lb} is a Gateway load balancer of the Global tier, but Gateway Load Balancer does not work with the Global tier: ' +
    'make it Regional, and chain it from the regional load balancers’ public frontends.',
  GlobalPoolMemberNotRegionalFrontend:
    'Backend pool {pool} of Global load balancer {lb} has VMs {vms}, but a Global load balancer’s pool holds regional load balancers’ ' +
    'frontends, not VMs: remove the VMs and add the public frontends of the regional load balancers they are behind.',
  GlobalProbeNotSupported:
    'Global load balancer {lb} has health probes {probes}, but a Global load balancer cannot have a probe of its own: it checks each ' +
    'regional load balancer by itself. Remove the probes (and the rules’ probe settings); keep the probes on the regional load balancers.',
  'CrossLoadBalancerReferenceUnresolved.lb':
    '{owner} names load balancer {target}, which is not in this design. Add load balancer {target}, or name one that is.',
  'CrossLoadBalancerReferenceUnresolved.frontend':
    '{owner} names frontend {frontend} of load balancer {target}, which has no frontend of that name (it has {frontends}). ' +
    'Add the frontend to {target}, or name one of its frontends.',
  GlobalPoolFrontendNotPublicStandardRegional:
    'Backend pool {pool} of Global load balancer {lb} holds frontend {frontend} of {target}, which is {sku} {type} of the {tier} tier. ' +
    'A Global load balancer’s pool takes only public frontends of Standard Regional load balancers: an internal load balancer cannot ' +
    'be in it. Name a public Standard regional frontend instead.',
  GlobalBackendPortUnmatched:
    'Rule {rule} of Global load balancer {lb} sends {protocol} to port {port} of frontend {frontend} of {target}, but no rule or inbound ' +
    'NAT rule of {target} listens on that frontend and port, so the regional load balancer has nowhere to send the flow. The Global ' +
    'rule’s backend port must match the regional rule’s frontend port: change one of them.',
  GatewayChainTargetNotGateway:
    '{owner} is chained to frontend {frontend} of {target}, which is {sku}, not Gateway. A chain leads to a Gateway load balancer’s ' +
    'frontend only: name a frontend of a Gateway load balancer, or remove the chain.',
  'GatewayChainSourceNotPublicStandard.frontend':
    'Frontend {frontend} of load balancer {lb} is chained to a Gateway load balancer, but {lb} is {sku} {type} of the {tier} tier. ' +
    'Only a Standard public regional load balancer’s frontend (or a VM’s public IP configuration) can be chained: remove the chain, ' +
    'or chain the public frontend in front of it.',
  'GatewayChainSourceNotPublicStandard.nic':
    "VM {vm}'s NIC {nic} is chained to a Gateway load balancer, but it has no instance public IP. Only a public IP configuration of a VM " +
    '(or a Standard public load balancer’s frontend) can be chained: give the NIC a Standard public IP, or remove the chain.',
} as const;
