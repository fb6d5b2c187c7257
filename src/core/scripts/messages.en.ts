/** Texts of script diagnostics (keys `script.*`), in English: what the script header and the CLI print. */
export const scriptEn = {
  DocExactUnsupported:
    'The Learn page shows commands for Windows (netsh) and Ubuntu only, so doc-exact exists for {flavors}, not {flavor}.',
  InvalidPrefixLength: 'The IPv{family} loopback prefix length must be a whole number from 1 to {max}, not {value}.',
  'InvalidInterfaceName.label': 'The address label {label} {why}.',
  'InvalidInterfaceName.nic': 'The NIC name {nic} of VM {vm} {why}; {os} cannot have such an interface.',
  'InvalidInterfaceName.loopback': 'The loopback interface name {name} {why}.',
  UnsafeScriptValue: 'The {what} {value} {why}.',
  'LoopbackPrefixTooWide.docExact': "Doc-exact reproduces the Learn page's /{prefix} mask. ",
  'LoopbackPrefixTooWide.plain': 'The IPv{family} loopback prefix is /{prefix}. ',
  LoopbackPrefixTooWide:
    '{what}On Linux, an address with /{prefix} on lo makes the kernel add "local <network>/{prefix} dev lo" to the local routing table: ' +
    'every address of that range becomes local to the VM, so it can no longer reach neighbours there (e.g. {first}/{prefix}). ' +
    'On Windows the wider mask adds an on-link route the same way. Use /{full}.',
  ScriptFromInvalidTopology:
    'The topology has errors (run validate); Azure would refuse it, so this script may configure rules that never deploy.',
  NothingToConfigure: 'No load-balancing rule reaches VM {vm}; its script only verifies.',
  GatewayNoLoopback:
    "VM {vm} is behind a Gateway load balancer: its appliance receives every flow VXLAN-encapsulated through the backend pool's tunnel interfaces (portal defaults: internal UDP port 10800, identifier 800; external UDP port 10801, identifier 801), so no frontend IP goes on a loopback. The script changes nothing and says what the appliance must configure.",
  HaPortsOpenEveryPort:
    'HA-ports rules reach this VM ({rules}): the load balancer forwards every protocol and port, so the script opens every protocol and port to {addresses} in the host firewall. If the service listens on known ports, open only those: --open-ports tcp/443,udp/53 (Scripts tab: "Open only these ports").',
  'HaPortsOpenEveryPort.narrowed':
    'HA-ports rules reach this VM ({rules}): the load balancer forwards every protocol and port, but the script opens only {ports} to {addresses}, as asked; the host firewall drops flows to any other port.',
  'HaPortsOpenEveryPort.appliance':
    'HA-ports rules reach this appliance ({rules}): it is allowed to forward every protocol and port (firewalld intra-zone forwarding or a ufw route rule), as a network virtual appliance must; its own inspection policy decides what passes. For the appliance itself only the health-probe port is opened, so --open-ports does not apply.',
  HolderUnsupportedFlavor: 'Pool {pool} has frontendIpHolder {holder}; the {flavor} flavour cannot configure it. Use {flavors}.',
  'HolderUnsupportedFlavor.ipv6':
    "Frontend {frontend} of pool {pool} is IPv6; Microsoft's WSFC procedure (an IP Address resource with SubnetMask 255.255.255.255) covers IPv4 listeners only, so no cluster-windows script is written for it.",
  'HolderUnsupportedFlavor.docExact':
    "Pool {pool} has frontendIpHolder {holder}; --doc-exact reproduces the Learn page's loopback commands, which this pool's members must not run.",
  MixedFrontendIpHolders:
    'VM {vm} is a member of pools whose frontend IP is held differently ({holders}); Floatplan writes one kind of script per VM. Give its pools the same frontendIpHolder, or configure the VM by hand.',
  'ClusterProbeUnclear.none':
    'Rule {rule} of cluster pool {pool} (frontend {frontend}) has no health probe; the cluster resource that holds {ip} answers one probe port, so the load balancer would never find the active node. Give the rule the probe the cluster answers.',
  'ClusterProbeUnclear.several':
    'The rules of cluster pool {pool} on frontend {frontend} use different probes ({probes}); the cluster resource that holds {ip} answers exactly one probe port. Give them the same probe.',
  InvalidClusterName: 'The {what} {value} {why}.',
  'what.clusterNetwork': 'cluster network name',
  'what.ipResource': 'cluster IP resource name',
  'what.clusterGroup': 'Pacemaker group name',
  'what.frontendOption': 'frontend named in an option',
  'why.pacemakerId': 'is not a Pacemaker resource ID (a letter or "_" first, then letters, digits, "_", "-" or ".")',
  'why.noFrontend': 'is not a cluster frontend of this VM',
  'list.two': '{a} and {b}',
  'what.topology': 'topology name',
  'what.vm': 'VM name',
  'what.nic': 'NIC name',
  'what.rule': 'rule name',
  'what.natRule': 'inbound NAT rule name',
  'what.probe': 'probe name',
  'what.loopback': 'loopback interface name',
  'why.empty': 'is empty',
  'why.linuxLength': 'is longer than 15 bytes, the Linux limit (IFNAMSIZ)',
  'why.dots': 'is "." or "..", which Linux refuses',
  'why.linuxChar': 'contains {ch}, which Linux refuses in interface names',
  'why.label':
    'must be "lo" or "lo:" followed by 1-12 letters, digits, "_" or "-" (the kernel wants the device name first and at most 15 bytes)',
  'why.windowsLength': 'is longer than 256 characters, the Windows interface alias limit',
  'why.spaces': 'has leading or trailing spaces, which netsh and PowerShell trim',
  'why.control': 'contains a control character',
  'why.cmd':
    'contains {ch}, which cmd.exe cannot carry safely inside double quotes (", %, ^, &, |, <, > and newlines are refused); ' +
    'rename it or use the windows-powershell flavour',
  'why.cmdNonAscii':
    'contains the non-ASCII character {ch}, which cmd.exe reads in the OEM code page and would pass to netsh garbled; rename it or use the windows-powershell flavour',
  'why.controlCode': 'contains the control character U+{code}, which no script may carry (it could end a comment or rewrite the terminal)',
  'ch.whitespace': 'whitespace',
  'ch.newline': 'a newline',
  'ch.return': 'a carriage return',
};
