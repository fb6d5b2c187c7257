/** The texts of the trace, in English (the golden files and the CLI print these). */
export const traceEn = {
  noRule: 'There is no rule named "{rule}". Rules: {rules}.',
  none: 'none',
  noNatRule: 'There is no inbound NAT rule named "{rule}". Inbound NAT rules: {rules}.',
  natNoTarget: 'Inbound NAT rule {rule} delivers to no VM: give it a target VM and check its frontend address (run validate).',
  vmNotNatTarget: 'VM "{vm}" is not the target of inbound NAT rule {rule}; its target is {target}.',
  noVms: 'Rule {rule} delivers to no VM: check its frontend address and backend pool (run validate).',
  vmNotInPool: 'VM "{vm}" is not in rule {rule}\'s backend pool. It reaches: {vms}.',
  badClient: 'Client "{client}" is not an endpoint: write ip:port, or [ipv6]:port.',
  wrongFamily: 'Client {client} is IPv{clientFamily} but frontend {frontend} is IPv{family}; use an IPv{family} client.',

  clientToLb: 'The client connects to frontend {frontend}.',
  lbToVmFloating: 'Floating IP: the destination stays the frontend IP{portNote}; {vm} must hold {frontendIp} on its loopback.',
  onlyPortChanges: ' (only the port changes)',
  lbToVmRewrite: "The load balancer rewrites the destination to {vm}'s NIC IP and the backend port.",
  replyFloating: 'The guest replies from the frontend IP it received the packet on.',
  replyNic: 'The guest replies from its NIC IP.',
  replyUnchanged: 'The reply already carries the frontend as its source and goes straight to the client.',
  replySrcRewritten:
    "The platform rewrites the reply's source back to the frontend; it goes straight to the client (DSR flow topology), not through the load balancer.",
  replyPortRewritten: "The platform rewrites only the reply's source port back to the frontend port; it goes straight to the client.",

  probeNote: "Health probes go to {vm}'s NIC IP ({nicIp}), never to the frontend IP, even with floating IP.",
  noProbe: 'Rule {rule} has no health probe: {vm} stays in rotation even when the service is down.',
  probePortOutOfRange:
    'Health probe {probe} has port {port}, outside 1-65535: Azure rejects it (PortOutOfRange). The trace shows the port as configured until you fix it.',
  natAllPorts:
    'Inbound NAT rule {rule} has protocol All and ports 0/0: it forwards every port and protocol of its frontend to {vm}, as HA ports do for a pool; the port shown is an example.',
  natNoProbe:
    'Inbound NAT rule {rule} uses no health probe (inbound NAT rules have none): the packet goes to {vm} whether or not the service answers.',
  outboundNote:
    "Connections {vm} opens itself must leave from its NIC's primary IP ({nicIp}); a flow from {frontendIp} on the loopback is not rewritten by Azure and fails.",
  guestNote:
    '{vm} must hold {frontendIp} on a loopback interface and accept traffic for it (weak host model on Windows), and its firewall must allow {ports}.',
  portsServed: 'the ports it serves',
  listenFloating: 'The service listens on {endpoint}{every}, or on every address with {frontendIp} present on the loopback.',
  listenNic: 'The service listens on {endpoint}{every} or on every address.',
  everyPort: ' (every port)',

  dropped:
    '{vm} drops the packet: it is addressed to {frontendIp}, and no interface of the guest holds that address (no loopback configured), so the guest does not accept it.',
  droppedFix:
    'Fix: add {frontendIp} to a loopback interface in the guest (on Windows also enable the weak host model), then allow port {port} in its firewall.',
  noListener:
    'The packet reaches {vm} for {endpoint}, but the service listens only on the NIC IP ({nicIp}), so nothing listens on {endpoint}: {answer}',
  noListenerTcp: 'the guest answers with a TCP reset and the client sees "connection refused".',
  noListenerUdp: 'the datagram finds no socket and the client gets no answer.',
  noListenerFix: 'Fix: bind the service to {endpoint}, or to every address (0.0.0.0 / ::) with {frontendIp} on the loopback.',
  outOfRotation:
    'The health probe from {probeSrc} to {probeDst} fails, so the load balancer takes {vm} out of rotation: no new flows are sent to it (established TCP flows may continue).',
  outOfRotationFix:
    'Fix: open port {port} in the guest firewall and answer the probe there, on the NIC IP ({nicIp}), not on the frontend IP.',
  probeFailed: 'Probe port {port} is closed on {vm}: the probe gets no answer.',
  outboundFails:
    '{vm} opens a connection from the frontend IP {frontendIp}. With floating IP, Azure does not rewrite that outbound flow, so it fails (documented limitation).',
  outboundFailsFix:
    "Fix: open outbound connections from the NIC's primary IP configuration ({nicIp}); do not bind them to the frontend IP.",

  noEffectLoopback:
    'No effect with floating IP off: the packet is addressed to the NIC IP ({nicIp}), which the guest owns; the loopback is not used.',
  noEffectListener: 'No effect with floating IP off: the packet is addressed to {endpoint}, where the service listens.',
  noEffectProbe: 'No effect: rule {rule} has no health probe, so {vm} stays in rotation even when the service is down.',
  noEffectProbeNat:
    'No effect on this flow: inbound NAT rule {rule} uses no health probe, so a closed probe port does not stop it; the packet still goes to {vm}.',
  noEffectOutbound:
    "Not possible with floating IP off: {vm} does not hold the frontend IP, so its connections leave from the NIC's primary IP ({nicIp}); whether they reach the internet is the VM's outbound path.",
  nsgFlow: 'An NSG on the path to {vm} must allow {protocol} from {source} to {destination} {ports}{why}.',
  nsgWhyFloating: ': the frontend IP, not the NIC IP, because with floating IP the NSG sees the destination unchanged',
  nsgWhyNic: ': the NIC IP, because the load balancer rewrites the destination before the NSG sees it',
  nsgWhyAppliance: ': any destination, because routed flows keep their original destination',
  nsgPort: 'port {port}',
  nsgEveryPort: 'on every port',
  nsgAnyProtocol: 'any protocol',
  nsgProbe:
    'Probe {probe} needs AzureLoadBalancer to {destination} port {port} (TCP); the default rule AllowAzureLoadBalancerInBound allows it unless a deny sits above it.',
  nsgAllowed: 'The NSGs on its path ({nsgs}) allow it.',
  nsgDenied: 'The NSG {nsg} rule {rule} (priority {priority}) denies it.',
  nsgPartly:
    'The NSG {nsg} rule {rule} (priority {priority}) denies part of it (some clients, ports or protocols): check that it lets your clients through.',
  nsgSeenFrontend: ' With floating IP the NSG sees the frontend IP {frontendIp} as the destination, not the NIC IP.',
  nsgBlocked:
    'The NSG {nsg} rule {rule} (priority {priority}) denies {protocol} from {source} to {destination} {ports}, so the packet is dropped before it reaches {vm}.{seen}',
  nsgBlockedFix:
    'Fix: add an inbound rule to {nsg} with a priority number below {priority} that allows {source} to {destination} {ports} ({protocol}), or change {rule}.',
  nsgProbeBlocked:
    'The NSG {nsg} rule {rule} (priority {priority}) denies the health probe from AzureLoadBalancer to {nicIp} port {port}, so the load balancer takes {vm} out of rotation: no new flows are sent to it.',
  nsgProbeBlockedFix:
    'Fix: add an inbound rule to {nsg} with a priority number below {priority} that allows AzureLoadBalancer to {nicIp} port {port}, or change {rule}.',
  nsgProbeFailed: 'The NSG {nsg} rule {rule} (priority {priority}) denies the probe: it gets no answer.',
};
