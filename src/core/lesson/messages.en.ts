/** The texts of the lesson, in English (the golden files and the CLI print these). */
export const lessonEn = {
  nameRefused: 'Lesson: two services on port 80, floating IP off',
  nameFloating: 'Lesson: two services on port 80, floating IP on',
  nameOtherPort: 'Lesson: floating IP off, another backend port',
  descriptionRefused: 'Two frontends send TCP {port} to the same VMs on the same backend port, floating IP off: Azure refuses it.',
  descriptionFloating: 'The same two rules with floating IP on: each VM receives the frontend IP, so the backend port can be reused.',
  descriptionOtherPort: 'Floating IP off, and {rule} uses backend port {port}: each VM receives its NIC IP and a port per rule.',
  nameCluster: 'Lesson: a cluster VIP on one node',
  descriptionCluster:
    'One rule with floating IP to a two-node Windows cluster: the cluster IP resource holds {ip} on the active node only.',

  refusedTitle: 'Two services on port {port} on the same VMs',
  refusedSetup:
    'Rule {ruleA} sends frontend {feA} ({ipA}) and rule {ruleB} sends frontend {feB} ({ipB}) to the same backend pool {pool}, both on backend port {port}, with floating IP off. The canvas now shows this topology.',
  refusedWhy:
    'Without floating IP, Azure rewrites the destination to each VM’s NIC IP and the backend port. {vm} would receive the flows of both rules at {endpoint} and could not tell the two services apart, so Azure refuses the rules.',
  refusedDiagnostic: 'Floatplan’s validation of the canvas, computed live (Azure reports the same code when you deploy):',
  refusedWaysOut:
    'Two ways out: turn floating IP on for both rules (next step), or give one rule another backend port, as in the page’s rule type 1 (rule {ruleB} on port {otherPort}).',

  floatingTitle: 'Floating IP makes it work',
  floatingWhy:
    'With floating IP on, Azure does not rewrite the destination IP: each VM receives the frontend IP and the backend port. The two rules now reach the VMs at different destinations ({ipA} and {ipB}), so both can use port {port}.',
  floatingDiagram: 'Rule {rule} to {vm}, floating IP off (left) and on (right), as the planner traces the canvas now:',
  floatingTry:
    'Turn the switch on yourself: the button below edits the rules through the planner, like the floating IP switch in the inspector (Undo works too).',
  floatingMapping: 'What each VM receives now, from the planner’s mapping:',
  floatingTrace:
    'Rule {rule} is selected on the canvas, and the Trace tab below is open on it: step through the hops and compare the before/after diagram.',

  guestTitle: 'What the guest OS must do',
  guestIntro:
    'Floating IP is set on the load-balancing rule, but the guest OS of every VM in the backend pool must also be configured to receive traffic for the frontend IP and port:',
  guestLoopback: 'Add a loopback interface and give it the frontend IP address: {vm} needs {ips}.',
  guestWeakHost:
    'Let the system receive and send packets for an address the interface does not own: Windows needs the “weak host” model (weakhostreceive on the NIC, weakhostreceive and weakhostsend on the loopback); Linux uses it by default.',
  guestFirewall: 'Allow the service in the guest firewall ({protocol} {port}) and answer the health probe on the NIC IP ({probe}).',
  guestWindows: 'On Windows ({vm}), at an administrator command prompt (the page’s commands, with a /32 mask):',
  guestLinux: 'On Linux ({vm}), not kept across a reboot:',
  guestMask:
    'Microsoft’s example uses a /24 mask (255.255.255.0); a /32 adds only the frontend IP. On Linux, a /24 on lo makes the whole /24 local to the VM.',
  guestScripts: 'The Scripts tab below is open on the selected VM: its complete, repeatable script, with its rollback.',
  guestSkipped: 'Skip a step and the flow breaks. What the trace says for rule {rule} to {vm} (the Trace tab has these what-if switches):',

  limitsTitle: 'The limitations',
  limitsSkipped: 'What the trace says when they are ignored (rule {rule} to {vm}):',
  limitsOutbound:
    'Outbound: with floating IP on, connections a VM opens itself must use the primary IP configuration of its NIC ({allowed} on {vm}). A flow from the frontend IP {failing} on the loopback is not rewritten by Azure’s outbound connection, and it fails.',
  limitsSecondary:
    'Secondary IP configurations: floating IP cannot be used on a NIC’s secondary IP configuration (except the IPv6 configuration of a dual-stack public load balancer, or when a NAT gateway handles outbound). Put the primary IP in the pool, or add a second NIC. Floatplan reports it as FloatingIpOnSecondaryIpConfig.',
  limitsProbe:
    'Health probes: they come from {source} to the NIC IP ({probe} for {vm}), never to the frontend IP, even with floating IP. Answer them on the NIC IP and allow them in the firewall.',
  limitsHaPorts:
    'HA ports (protocol All, ports 0) exist only on an internal Standard load balancer. Several HA-ports rules on the same backend pool need floating IP on every rule and a different frontend each; one HA-ports rule without floating IP allows no other rule on that load balancer.',

  clusterTitle: 'Why a cluster VIP lives on one node, not on every node',
  clusterIntro:
    'A loopback on every VM fits services where every VM may answer. A SQL Server availability group listener does not: only the primary replica may accept its connections. The canvas now shows rule {rule} to pool {pool} as a Windows failover cluster: the cluster IP resource holds {ip} on the node that owns it ({active}), on its NIC, and only that node answers the probe ({probe}). Microsoft’s procedure sets it with Set-ClusterParameter (Address, ProbePort, SubnetMask 255.255.255.255); no loopback.',
  clusterMapping: 'What each node receives, from the planner’s mapping (the listen place is the active node’s NIC):',
  clusterNodes: 'What the trace says, node by node:',
  clusterLoopback:
    'With a loopback on every node instead (the Floating IP page’s pattern), {vms} would all hold {ip} and answer the probe on {probes}. Azure would send flows to {passive} too, and a node that is not the primary would accept connections meant for {active}.',
  clusterTrace:
    'The Trace tab below is open on rule {rule} to the active node {active}. Choose {passive} as the VM there: the load balancer sends it no flow, and its probe fails by design until a failover.',

  quizTitle: 'Quiz',
  quizDestinationFloating: 'Floating IP is on. Which destination (IP:port) does {vm} receive for rule {rule}?',
  quizDestinationFloatingWhy:
    'Floating IP leaves the destination IP as it is: {vm} receives frontend {frontend}’s IP {ip} with backend port {port}, on its loopback interface. {memberIp} would be the answer with floating IP off.',
  quizDestinationOtherPort:
    'Now floating IP is off on both rules and rule {rule} uses backend port {port} (the page’s rule type 1). Which destination does {vm} receive for rule {rule}?',
  quizDestinationOtherPortWhy:
    'Without floating IP, Azure rewrites the destination to the VM’s NIC IP ({memberIp}) and the rule’s backend port ({port}). The frontend IP {ip} is not what the VM sees.',
  quizProbe: 'Where does the health probe of rule {rule} reach {vm}?',
  quizProbeWhy:
    'Health probes come from {source} and go to the VM’s NIC IP and the probe port ({answer}), never to the frontend IP, even with floating IP on.',
  quizOutbound: 'An application on {vm} opens its own connection to a server on the internet. Which source IP must it use?',
  quizOutboundWhy:
    'With floating IP on, outbound flows must use the NIC’s primary IP configuration ({allowed}). A flow from the frontend IP on the loopback ({failing}) is not rewritten by Azure and fails.',
  quizClusterProbe:
    'Rule {rule} goes to pool {pool}, a Windows cluster whose IP resource {active} owns. Where is the health probe answered?',
  quizClusterProbeWhy:
    'Probes go to every node’s NIC IP, but only the node that owns the IP resource, {active}, answers them ({answer}), through the resource’s ProbePort; the other nodes do not answer by design, so Azure sends them no flow.',
  quizCorrect: 'Correct.',
  quizWrong: 'Not quite: the answer is {answer}.',
};
