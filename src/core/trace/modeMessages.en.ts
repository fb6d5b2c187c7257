/** The texts of the trace of held frontend IPs, in English (the golden files and the CLI print these). */
export const traceModeEn = {
  activeNotMember: 'VM "{active}" is not a member of rule {rule}\'s backend pool, so it cannot be the active node. Members: {vms}.',
  badDestination: 'Destination "{destination}" is not an endpoint: write ip:port, or [ipv6]:port.',
  destinationFamily: 'Destination {destination} is IPv{destFamily} but the client is IPv{family}; use an IPv{family} destination.',

  resourceWindows: 'the cluster IP resource',
  resourcePacemaker: 'the IPaddr2 resource',
  listenerWindows: "the IP resource's ProbePort",
  listenerPacemaker: 'the azure-lb resource grouped with IPaddr2',
  lbToVmCluster:
    'Floating IP: the destination stays the frontend IP{portNote}; {vm} is the active node, where {resource} holds {frontendIp} on the NIC (no loopback).',
  lbToVmClusterNic: "The load balancer rewrites the destination to the active node {vm}'s NIC IP and the backend port.",
  passiveHop:
    'The load balancer sends no flow to {vm} while {active} is active: only the active node answers the probe, so {vm} is out of rotation by design.',
  blockedLater: 'Never sent: the flow does not reach {vm}.',
  probeNoteCluster: "Health probes go to every node's NIC IP ({nicIp} on {vm}); only the active node {active} answers, through {listener}.",
  probeDownByDesign: 'No answer on {vm} by design: {listener} runs only on the active node {active}.',
  clusterGuestActive:
    '{vm} holds {frontendIp} only while it owns {resource}; the cluster adds it to the NIC (mask /32). No node has it on a loopback, and the firewall of every node must allow {ports} and the probe port.',
  clusterPassiveNote:
    '{vm} is a passive node: it holds no frontend IP and its probe fails until a failover makes it active (trace it with the active node set to {vm} to see that side).',
  outboundNoteCluster:
    "Connections {vm} opens itself must leave from its NIC's primary IP ({nicIp}); a flow from {frontendIp}, which the cluster added to the NIC, is not rewritten by Azure and fails.",
  listenCluster: 'The service listens on {endpoint}{every}, or on every address; {frontendIp} exists only on the active node.',
  failover:
    'Failover: the cluster moves {resource} and the probe listener from {active} to {other}; Azure sees the probe answer move and sends new flows to {other}; flows still open to {active} are reset and the clients reconnect.',
  otherNode: 'another node',
  oneOfNodes: 'one of {vms}',

  applianceClientToLb:
    'A user-defined route whose next hop is the frontend IP {frontendIp} ({frontend}) sends the packet to the load balancer; its destination stays {destination}.',
  applianceLbToVm: 'The load balancer hands the packet to appliance {vm} as it is: original source and destination kept, no NAT.',
  applianceForward:
    '{vm} forwards the packet on to {destination} (IP forwarding: on the NIC in Azure, net.ipv4.ip_forward and FORWARD rules in the guest).',
  applianceServerReply:
    "The server replies to the client; the route table of the server's subnet sends the reply to next hop {frontendIp}.",
  applianceReplyToVm:
    'The same load balancer picks the same appliance {vm} for the reply: both directions of the flow cross one load balancer, so the flow stays symmetric without SNAT.',
  applianceReplyAtClient: '{vm} forwards the reply to the client, from the server the client addressed ({destination}).',
  gatewayClientToLb:
    'The chained frontend (a Standard public load balancer frontend or a VM public IP) hands the packet to Gateway load balancer frontend {frontendIp} ({frontend}); its destination stays {destination}.',
  gatewayLbToVm:
    'The Gateway load balancer sends the packet to appliance {vm} inside VXLAN, through the backend pool’s tunnel interface: the original packet, source and destination unchanged.',
  gatewayForward:
    '{vm} returns the inspected packet inside VXLAN through the tunnel interface, and the Gateway load balancer hands it on to {destination}; {vm} needs no IP forwarding and no route.',
  gatewayServerReply:
    'The server replies to the client; the chained frontend sends the reply through the Gateway load balancer again, without a user-defined route.',
  gatewayNote:
    '{vm} sits behind a Gateway load balancer: it receives VXLAN-encapsulated packets on the tunnel interfaces of its pool, inspects the inner packet and sends it back the same way. Nothing listens on the frontend IP and no loopback holds it.',
  applianceNote:
    '{vm} is a forwarding appliance: nothing listens on the frontend IP and no loopback holds it. Azure: IP forwarding on its NIC and a UDR with next hop {frontendIp}; guest: net.ipv4.ip_forward=1 and FORWARD rules.',
  applianceFloating:
    "Floating IP ({state}) does not change these packets: their destination is the server, not the frontend IP. Microsoft's HA-ports quickstart leaves floating IP off.",
  floatingOn: 'on',
  floatingOff: 'off',
  applianceSymmetry:
    'Symmetry holds only when both directions cross this one load balancer and frontend; NVAs between a public and an internal load balancer need SNAT (or Gateway Load Balancer).',
  exampleDestination:
    '{destination} is an example destination (a documentation address); set the destination to your server behind the appliance.',
  probeNoteAppliance: "Health probes go to {vm}'s NIC IP ({nicIp}); an appliance out of rotation gets no new flows.",

  memberLocal:
    'The client is {client}, a member of this pool holding {frontendIp} itself ({where}): the connection never leaves {client}, which answers it locally; the load balancer never sees it.',
  whereLoopback: 'on its loopback',
  whereCluster: 'on its NIC, as the active node',
  memberToSelf:
    "The client is {client}, a member of this pool: Azure does not deliver a backend's flow to its own frontend back to itself (the two halves of the flow don't match), so this connection times out. Microsoft calls it unsupported.",
  warnMemberLocal:
    "{client} is a member of rule {rule}'s pool and holds {frontendIp} itself: its connections to the frontend stay inside {client} and are never load balanced. Use another client, or a proxy in front of the pool.",
  warnMemberSelf:
    "{client} is a member of rule {rule}'s pool: a flow it opens to its own frontend that maps back to itself fails (intermittent timeouts). Use a client outside the pool, a proxy (Application Gateway, nginx, haproxy) or a second NIC per application.",
  warnMemberOther:
    "{client} is a member of rule {rule}'s pool: this flow works because it reaches {vm}, not {client}; a flow it opens that maps back to {client} itself fails, unless only another node can receive it (a cluster's passive node reaching the active one).",

  noEffectPassive: 'No effect on this flow: it never reaches {vm} while {active} is the active node.',
  noEffectBlocked: 'No effect on this flow: it never reaches {vm} (see the client note).',
  noEffectClusterLoopback: "No effect: the cluster adds {frontendIp} to the active node's NIC; no loopback is used on any node.",
  noEffectApplianceLoopback: 'No effect: an appliance holds no frontend IP; the packets keep their original destination and are forwarded.',
  noEffectApplianceListener: 'No effect: an appliance forwards the packets; nothing listens on them.',
  noEffectApplianceOutbound: 'No effect: an appliance holds no frontend IP, so it cannot open a flow from it.',
  outOfRotationCluster:
    'The health probe from {probeSrc} to {probeDst} fails on the active node {vm}: no node answers, so the load balancer has no healthy member and sends no new flows at all (established TCP flows may continue).',
  noListenerFixCluster:
    'Fix: bind the service to {endpoint}, or to every address (0.0.0.0 / ::); the cluster adds {frontendIp} to whichever node is active.',
  outOfRotationClusterFix:
    'Fix: allow probe port {port} in the firewall of every node and check that {listener} is online on the active node.',
};
