/**
 * The texts of every validation diagnostic (keys `validation.*`), in English. English is what the CLI, exports and JSON
 * print, so changing an English text changes their output. Azure's error code names stay as they are in both languages.
 */
export const validationEn = {
  // Fragments used as parameters of the messages below.
  'kinds.frontend': 'frontends',
  'kinds.backendPool': 'backend pools',
  'kinds.probe': 'probes',
  'kinds.rule': 'rules',
  'kinds.vm': 'VMs',
  'kinds.natRule': 'inbound NAT rules',
  'kind.frontend': 'frontend',
  'kind.backendPool': 'backend pool',
  'kind.probe': 'probe',
  'kind.vm': 'VM',
  'owner.rule': 'Rule {name}',
  'owner.backendPool': 'Backend pool {name}',
  'owner.natRule': 'Inbound NAT rule {name}',
  'ruleName.rule': 'load-balancing rule {name}',
  'ruleName.natRule': 'inbound NAT rule {name}',
  'ruleName.ruleWithPool': 'load-balancing rule {name} (backend pool {pool})',
  'what.frontendAddress': "Frontend {frontend}'s address",
  'what.nicAddress': "The address of VM {vm}'s NIC {nic},",
  'what.secondaryAddress': "VM {vm}'s secondary address",
  'what.memberAddress': "Backend pool {pool}'s member address for VM {vm},",
  'ipConfig.nic': "VM {vm}'s NIC {nic}",
  'ipConfig.secondary': 'a secondary IP configuration of VM {vm}',
  'what.natTargetAddress': "Inbound NAT rule {rule}'s target address for VM {vm},",
  'ip.empty': 'the address is empty',
  'ip.spaces': 'the address has spaces around it',
  'ip.prefix': 'give a single address without a prefix length (no "/")',
  'ip.zone': 'IPv6 zone indexes ("%eth0") are not allowed in Azure addresses',
  'ip.ipv4': 'an IPv4 address is four decimal numbers 0-255 without leading zeros, like 10.0.0.4',
  'ip.hex': 'hexadecimal parts are not allowed; write four decimal numbers, like 10.0.0.4',
  'ip.other': 'expected an IPv4 address like 10.0.0.4 or an IPv6 address like 2001:db8::4',
  'suggest.case': ' Write it as "{value}".',
  'protocols.two': '{a} and {b}',
  'port.every': 'every port',
  'port.one': 'port {port}',
  'backendPort.one': 'backend port {port}',
  'floating.enabled': 'enabled',
  'floating.mixed': 'mixed',
  'floating.disabled': 'disabled',
  'port.mixed': 'ports {ports} (0 overlaps every port)',
  'backendPort.mixed': 'backend ports {ports} (0 overlaps every port)',
  'ruleNames.rules': 'load-balancing rules {names}',
  'ruleNames.rulesWithPools': 'load-balancing rules {names} (backend pools {pools})',
  'ruleNames.natRules': 'inbound NAT rules {names}',
  'listeners.two': '{a} and {b}',
  // One text per diagnostic (some codes have variants).
  DuplicateName: '{count} {kinds} are named "{name}". References are by name, so each must be unique: rename all but one.',
  InvalidIpAddress: '{what} "{raw}" is not a valid IP address: {reason}.',
  DuplicateFrontendIp:
    'Frontends {frontends} all use {ip}. Azure gives an address to one frontend IP configuration only ' +
    '(MultipleIpConfigsRequestSamePrivateIpAddress for private addresses): give each frontend its own address, ' +
    'or put the rules on one frontend.',
  MultipleIpConfigsRequestSamePrivateIpAddress:
    "Frontend {frontend} uses {ip}, which is already the address of {holders}. Azure refuses the deployment (MultipleIpConfigsRequestSamePrivateIpAddress: a private address can be assigned to one IP configuration only), and a guest script would put the VM's own address on its loopback. Give the frontend a free address in the subnet.",
  'InvalidProtocol.rule':
    'Rule {rule} has protocol "{protocol}"; a load-balancing rule takes Tcp, Udp or All (All with ports 0 is HA ports).{suggest}',
  'InvalidProtocol.probe': 'Probe {probe} has protocol "{protocol}"; a health probe takes Tcp, Http or Https.{suggest}',
  'InvalidProtocol.natRule': 'Inbound NAT rule {rule} has protocol "{protocol}"; an inbound NAT rule takes Tcp, Udp or All.{suggest}',
  'PortOutOfRange.frontend': 'Rule {rule} has frontend port {port}; Azure accepts 0-65534 (0 means every port, for HA ports).',
  'PortOutOfRange.backend': 'Rule {rule} has backend port {port}; Azure accepts 0-65535 (0 means every port, for HA ports).',
  'PortOutOfRange.probe': 'Probe {probe} has port {port}; a health probe port is 1-65535.',
  'PortOutOfRange.natFrontend':
    'Inbound NAT rule {rule} has frontend port {port}; Azure accepts 1-65534 for inbound NAT rules (port 0 only with protocol All and both ports 0, which forwards every port).',
  'PortOutOfRange.natBackend':
    'Inbound NAT rule {rule} has backend port {port}; Azure accepts 1-65535 for inbound NAT rules (port 0 only with protocol All and both ports 0, which forwards every port).',
  'ProbeRequestPath.missing': 'Probe {probe} is {protocol} but has no request path; Azure requires one (for example "/health").',
  'ProbeRequestPath.extra':
    'Probe {probe} is {protocol} and has a request path; Azure allows a request path only on Http and Https probes. Remove it.',
  'UnknownReference.unconnected': '{owner} is not connected to a {what} yet. Connect it to {have}, or add one.',
  'UnknownReference.unconnectedNone': '{owner} is not connected to a {what} yet. Add a {what} first.',
  'UnknownReference.missing': '{owner} refers to {what} "{name}", which does not exist. Connect it to {have}, or add one.',
  'UnknownReference.missingNone': '{owner} refers to {what} "{name}", which does not exist. Add a {what} first.',
  'UnknownReference.memberIp':
    "Backend pool {pool} lists VM {vm} at {ip}, but that VM's NIC has no such IP configuration. " +
    'Add {ip} to its secondary IPs or use one of its addresses.',
  'UnknownReference.natTargetIp':
    "Inbound NAT rule {rule} targets VM {vm} at {ip}, but that VM's NIC has no such IP configuration. " +
    'Add {ip} to its secondary IPs or target one of its addresses.',
  'IpVersionMismatch.one':
    'Rule {rule} sends {family} traffic from frontend {frontend} ({ip}) to pool {pool}, but {vms} has no {family} address in the pool. ' +
    'Give it an {family} IP configuration (dual stack), or use an {other} frontend.',
  'IpVersionMismatch.many':
    'Rule {rule} sends {family} traffic from frontend {frontend} ({ip}) to pool {pool}, but {vms} have no {family} address in the pool. ' +
    'Give them an {family} IP configuration (dual stack), or use an {other} frontend.',
  'IpVersionMismatch.natRule':
    'Inbound NAT rule {rule} sends {family} traffic from frontend {frontend} ({ip}) to VM {vm}, but its target has no {family} address. ' +
    'Target an {family} IP configuration of the VM (dual stack), or use an {other} frontend.',
  FrontendPortConflict:
    'Rules {a} ({protocolA}, {portA}) and {b} ({protocolB}, {portB}) both listen on frontend {frontend} with overlapping ' +
    'protocol {protocols}, so Azure could not tell which rule an arriving packet belongs to. {fix}',
  'FrontendPortConflict.fixHa':
    'An HA-ports rule may share a frontend with other rules only when all of them have floating IP enabled; otherwise use a second frontend.',
  'FrontendPortConflict.fix': "Change one rule's frontend port or protocol, or move it to another frontend.",
  'FrontendPortConflict.nat':
    'On frontend {frontend}, {a} ({protocolA}, {portA}) and {b} ({protocolB}, {portB}) listen with overlapping protocol {protocols} ' +
    'on the same port, so Azure could not tell which rule an arriving packet belongs to. {fix}',
  'FrontendPortConflict.fixNat':
    "Change the inbound NAT rule's frontend port (NAT rules usually take one port per VM, such as 50001 and 50002) or protocol, " +
    'or move it to another frontend.',
  'BackendConflict.samePool':
    'Rules {a} and {b} with floating IP {floating} use protocol {protocols} and {port} on backend pool {pool}: ' +
    "{vms} would receive both rules' flows at {endpoint} and could not tell them apart. {fix}",
  'BackendConflict.twoPools':
    'Rules {a} and {b} with floating IP {floating} use protocol {protocols} and {port} on backend pools {poolA} and {poolB}, ' +
    "which share the same IP configuration of {vms}: {vms} would receive both rules' flows at {endpoint} and could not tell them apart. {fix}",
  'RulesUseSameBackendPortProtocolAndPool.fix':
    'Enable floating IP on both rules (each VM then receives the frontend IP, so the same port can be reused), or give one rule a different backend port.',
  'RulesUseSameBackendPortProtocolAndPoolAndFrontendIPWithFloatingIPEnabled.fix':
    'With floating IP the destination is the frontend IP, so these rules need different frontends (IPs) or different backend ports.',
  'RulesUseSameBackendPortProtocolAndIPConfig.fix':
    'Give one rule a different backend port, or keep the shared IP configuration out of one of the pools.',
  'BackendConflict.nat':
    'Both {a} and {b}, with floating IP {floating}, use protocol {protocols} and {port} on the same backend IP configuration ' +
    "({vm}, {ip}): {vm} would receive both rules' flows at {endpoint} and could not tell them apart. {fix}",
  'RulesUseSameBackendPortProtocolAndIPConfig.fixNat':
    'Give one rule a different backend port, or point the inbound NAT rule at another IP configuration.',
  // A colliding set of three or more rules is one diagnostic naming them all (docs/diagnostics.md).
  'FrontendPortConflict.many':
    'Rules {rules} ({count} rules) all listen on frontend {frontend} with overlapping protocol {protocols} and {port}, ' +
    'so Azure could not tell which rule an arriving packet belongs to. {fix}',
  'FrontendPortConflict.fixMany': 'Give each rule its own frontend port or protocol, or move some of them to other frontends.',
  'FrontendPortConflict.natMany':
    'On frontend {frontend}, {count} rules, {listeners}, listen with overlapping protocol {protocols} on {port}, ' +
    'so Azure could not tell which rule an arriving packet belongs to. {fix}',
  'FrontendPortConflict.fixNatMany':
    'Give each inbound NAT rule its own frontend port (NAT rules usually take one port per VM, such as 50001 and 50002) or protocol, ' +
    'or move them to other frontends.',
  'BackendConflict.samePoolMany':
    'Rules {rules} ({count} rules) with floating IP {floating} use protocol {protocols} and {port} on backend pool {pool}: ' +
    '{vms} would receive their flows at the same IP and port (such as {endpoint}) and could not tell them apart. {fix}',
  'BackendConflict.poolsMany':
    'Rules {rules} ({count} rules) with floating IP {floating} use protocol {protocols} and {port} on backend pools {pools}, ' +
    'which share IP configurations of {vms}: {vms} would receive their flows at the same IP and port (such as {endpoint}) ' +
    'and could not tell them apart. {fix}',
  'RulesUseSameBackendPortProtocolAndPool.fixMany':
    'Enable floating IP on these rules, each with its own frontend IP (each VM then receives the frontend IP, so the same port ' +
    'can be reused), or give each rule its own backend port.',
  'RulesUseSameBackendPortProtocolAndIPConfig.fixMany':
    'Give each rule its own backend port, or keep each shared IP configuration in only one of the pools.',
  'BackendConflict.natMany':
    '{count} rules, {listeners}, with floating IP {floating}, use protocol {protocols} and {port} on the same backend IP ' +
    'configuration ({vm}, {ip}): {vm} would receive their flows at the same IP and port (such as {endpoint}) and could not ' +
    'tell them apart. {fix}',
  'RulesUseSameBackendPortProtocolAndIPConfig.fixNatMany':
    'Give each rule its own backend port, or point the inbound NAT rules at other IP configurations.',
  HaPortsRequiresZeroPorts:
    'Rule {rule} uses protocol All with ports {frontendPort}/{backendPort}. Protocol All means HA ports, ' +
    'which balances every port: set both the frontend and backend port to 0, or choose Tcp or Udp for a single port.',
  HaPortsRequiresInternalStandard:
    'Rule {rule} is an HA-ports rule (All, ports 0/0), but load balancer {lb} is {sku} {type}. ' +
    'HA-ports rules exist only on an internal Standard load balancer: make the load balancer Internal and Standard, ' +
    'or use one rule per port.',
  'HaPortsNonFloatingExclusive.one':
    'Rule {rule} is an HA-ports rule without floating IP, which must be the only rule on load balancer {lb}, ' +
    'but {others} is also defined. Enable floating IP on every HA-ports rule ' +
    '(then more floating rules may be added), or move the other rules to another load balancer.',
  'HaPortsNonFloatingExclusive.many':
    'Rule {rule} is an HA-ports rule without floating IP, which must be the only rule on load balancer {lb}, ' +
    'but {others} are also defined. Enable floating IP on every HA-ports rule ' +
    '(then more floating rules may be added), or move the other rules to another load balancer.',
  FloatingIpOnSecondaryIpConfig:
    'Rule {rule} has floating IP enabled but reaches secondary IP configurations {members}. ' +
    "Floating IP can't be used on secondary IP configurations: put the VM's primary IP in the pool, or add a second NIC. " +
    '(Exceptions: the IPv6 configuration of a dual-stack VM behind a public load balancer, and VMs using a NAT Gateway for outbound.)',
  'FloatingIpOnSecondaryIpConfig.natRule':
    'Inbound NAT rule {rule} has floating IP enabled but targets the secondary IP configuration {member}. ' +
    "Floating IP can't be used on secondary IP configurations: target the VM's primary IP, or add a second NIC. " +
    '(Exceptions: the IPv6 configuration of a dual-stack VM behind a public load balancer, and VMs using a NAT Gateway for outbound.)',
  BackendPortDiffersWithFloatingIp:
    'Rule {rule} has floating IP with frontend port {frontendPort} but backend port {backendPort}. ' +
    'The Load Balancer docs allow this (the VM then receives the frontend IP on the backend port), but the SQL Server ' +
    'docs say the backend port is ignored with floating IP. Use the same port on both sides unless you have tested it.',
  FloatingIpGuestConfigRequired:
    'Rule {rule} uses floating IP: every VM in its pool must hold {ip} on a loopback interface, accept traffic ' +
    'for it (weak host model on Windows), and allow the port in its firewall. Azure does not do this for you.',
  'FloatingIpGuestConfigRequired.natRule':
    'Inbound NAT rule {rule} uses floating IP: the VM it targets must hold {ip} on a loopback interface, accept traffic ' +
    'for it (weak host model on Windows), and allow the port in its firewall. Azure does not do this for you.',
  FloatingIpOutboundLimitation:
    "Rule {rule} uses floating IP: connections the VMs open themselves must leave from the NIC's primary IP. " +
    'A flow sourced from {ip} on the loopback is not rewritten by Azure and fails.',
  'FloatingIpOutboundLimitation.cluster':
    "Rule {rule} uses floating IP: connections the cluster nodes open themselves must leave from the NIC's primary IP. " +
    'A flow sourced from {ip}, the address the cluster adds on the active node, is not rewritten by Azure and fails.',
  'FloatingIpOutboundLimitation.natRule':
    "Inbound NAT rule {rule} uses floating IP: connections its VM opens itself must leave from the NIC's primary IP. " +
    'A flow sourced from {ip} on the loopback is not rewritten by Azure and fails.',
  IdleTimeoutOutOfRange: 'Rule {rule} has an idle timeout of {minutes} minutes; load-balancing rules accept 4 to 100 minutes (default 4).',
  'IdleTimeoutOutOfRange.natRule':
    'Inbound NAT rule {rule} has an idle timeout of {minutes} minutes; inbound NAT rules accept 4 to 100 minutes (default 4).',
  TcpResetOnUdp: 'Rule {rule} is Udp but enables TCP reset, which applies only to TCP flows and is ignored here. Turn it off.',
  NatRuleWithoutTarget:
    'Inbound NAT rule {rule} forwards to no VM yet. Azure accepts it, but no traffic reaches a VM until one is set: connect the NAT rule to a VM (or associate a NIC IP configuration with it).',
  'TcpResetOnUdp.natRule':
    'Inbound NAT rule {rule} is Udp but enables TCP reset, which applies only to TCP flows and is ignored here. Turn it off.',
  NoProbe:
    'Rule {rule} has no health probe, so Azure cannot take a failed VM out of rotation. ' +
    'Add a probe on a port the VM answers on its NIC IP (probes never target the frontend IP).',
  'holder.clusterWindows': 'WSFC cluster (the cluster IP resource holds the address on the active node)',
  'holder.clusterPacemaker': 'Pacemaker cluster (IPaddr2 with azure-lb holds the address on the active node)',
  ClusterRulesUseDifferentProbes:
    'Rules {rules} send frontend {frontend} to backend pool {pool}, a {cluster}, with different health probes ({probes}). ' +
    'The cluster answers one probe port on the node that holds the frontend IP, so every rule of this frontend should use ' +
    'that one probe; a rule probing another port can send flows to a node that does not hold the address.',
  'ClusterRulesUseDifferentProbes.someNone':
    'Rules {rules} send frontend {frontend} to backend pool {pool}, a {cluster}, but not all with the same health probe ' +
    '({probes}, and some rules with none). The cluster answers one probe port on the node that holds the frontend IP, so ' +
    'every rule of this frontend should use that one probe; without it a flow can go to a node that does not hold the address.',
  ClusterProbePortShared:
    'Frontends {frontends} send to backend pool {pool}, a {cluster}, and probe the same port {port}. Each clustered IP ' +
    '(an availability group listener, the cluster core IP, an ASCS or ERS instance) needs its own probe port, because the ' +
    'probe port tells Azure which node holds that IP ("No two listeners can use the same probe port"). Give each frontend ' +
    'its own probe on its own port, and configure that port in the cluster.',
  'ClusterProbePortShared.pools':
    'Frontends {frontends} send to backend pools {pool}, which have the same nodes, a {cluster}, and probe the same port {port}. Each clustered IP ' +
    '(an availability group listener, the cluster core IP, an ASCS or ERS instance) needs its own probe port, because the ' +
    'probe port tells Azure which node holds that IP ("No two listeners can use the same probe port"). Give each frontend ' +
    'its own probe on its own port, and configure that port in the cluster.',
  ClusterFloatingIpDisabled:
    "Rule {rule} sends to backend pool {pool}, a {cluster}, with floating IP disabled. Microsoft's procedure enables " +
    'floating IP: the active node holds {ip} and the service listens there, but with floating IP off Azure delivers the ' +
    "node's own NIC address instead. Enable floating IP on the rule.",
  PacemakerIdleTimeout:
    "Rule {rule} sends to Pacemaker cluster pool {pool} with an idle timeout of {minutes} minutes. Microsoft's SAP " +
    'high-availability guides set 30 minutes on the load-balancing rules of a clustered instance.',
  PacemakerTcpResetDisabled:
    "Rule {rule} sends to Pacemaker cluster pool {pool} with TCP reset disabled. Microsoft's SAP high-availability guides " +
    'enable TCP reset on the load-balancing rules of a clustered instance, so an idle flow ends with a reset the client ' +
    'sees instead of silently.',
  ClusterSingleMember:
    'Backend pool {pool} is a {cluster} but has one member, {vm}: there is no second node to fail over to. Add the other ' +
    'cluster nodes to the pool.',
  ApplianceWithoutHaPorts:
    'Rule {rule} sends to appliance pool {pool} but is not an HA-ports rule ({protocol}, port {port}). A route whose next ' +
    'hop is {ip} sends flows of every port and protocol, and a flow no rule matches is not delivered to an appliance. ' +
    'Network virtual appliances are normally behind an HA-ports rule (All, ports 0/0) on an internal Standard load balancer.',
  ApplianceFloatingIp:
    'Rule {rule} sends to appliance pool {pool} with floating IP enabled. Flows routed through the appliances keep their ' +
    "original destination either way; floating IP changes only flows addressed to {ip} itself. Microsoft's HA-ports " +
    'quickstart leaves floating IP off; Azure requires it on only when several HA-ports frontends share this pool.',
  'FloatingIpGuestConfigRequired.cluster':
    'Rule {rule} uses floating IP to backend pool {pool}, a {cluster}: only the active node may hold {ip} and answer the ' +
    'probe. Configure the cluster to add the address to the active node (no loopback on every node), accept traffic for ' +
    "it, and allow the port in every node's firewall. Azure does not do this for you.",
  'FloatingIpGuestConfigRequired.appliance':
    'Rule {rule} uses floating IP to appliance pool {pool}: the appliances listen on nothing; they must forward (IP ' +
    'forwarding on the Azure NIC and in the guest, with forwarding firewall rules). Flows addressed to {ip} itself arrive ' +
    'with that destination. Azure does not do this for you.',
  FrontendLimitExceeded:
    'Load balancer {lb} has {count} frontend IP configurations; a {sku} load balancer allows {limit}. Split it into two load balancers.',
  RuleLimitExceeded:
    'Load balancer {lb} has {count} rules; a {sku} load balancer allows {limit} (load-balancing and inbound NAT rules together).',
  BackendPoolSizeExceeded: 'Backend pool {pool} has {count} members; a {sku} load balancer allows {limit} per pool.',
  RulesPerNicExceeded:
    "VM {vm}'s NIC is a backend of {count} rules; Azure allows {limit} per NIC (LoadBalancerRuleCountLimitReachedForNic). " +
    'Spread the rules over more VMs, or use HA ports.',
  BackendIpConfigsPerFrontendExceeded:
    'Frontend {frontend} reaches {count} backend IP configurations (each load-balancing, inbound NAT or outbound rule counts each IP configuration it reaches once); ' +
    'Azure allows {limit} per frontend. Use smaller pools or another frontend.',
};
