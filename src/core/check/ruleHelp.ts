// What each code means, for SARIF's rule metadata: the words of docs/diagnostics.md, docs/nsg.md, docs/outbound.md,
// docs/import.md and docs/check.md (ruleHelp.test.ts keeps them equal).

/** The documented meaning of every code `check` can report, by code. */
export const RULE_HELP: Readonly<Record<string, string>> = {
  InvalidIpAddress: 'An address is not strict IPv4 (four decimal parts, no leading zeros, no hex) or IPv6 (no zone index, no prefix).',
  LoadBalancingRuleMustDisableSNATSinceSameFrontendIPConfigurationIsReferencedByOutboundRule:
    'ansible-collections/azure#743 (Azure\'s error quoted); Learn, Outbound rules ("The operation to configure an outbound rule fails if you attempt to redefine an IP address that is used for inbound. Disable the outbound NAT of the load-balancing rule first.")',
  MoreThanOneOutboundRuleUsingSameFrontendIPConfigurationAndProtocolIsNotSupported:
    "Azure/AzLoadBalancerMigration#10 (Azure's error quoted)",
  OutboundRuleRequiresPublicStandard:
    'Learn, Outbound rules: "Outbound rules allow you to explicitly define SNAT … for a public standard load balancer"',
  PortOutOfRange:
    'Rule frontend port outside 0–65534, backend port outside 0–65535, inbound NAT rule frontend port outside 1–65534 or backend port outside 1–65535 (port 0 only as All 0/0, below), probe port outside 1–65535 (REST spec).',
  InvalidProtocol: 'Rule or inbound NAT rule protocol not Tcp/Udp/All, probe protocol not Tcp/Http/Https (suggests the right casing).',
  UnknownReference:
    'A rule names a missing frontend, pool or probe; a pool names a missing VM or an address the VM\'s NIC does not have; an inbound NAT rule names a missing frontend or target VM, a target address the VM\'s NIC does not have, or is not connected yet (frontend: "", no target).',
  DuplicateName:
    "Two elements of one kind share a name. Inbound NAT rules are their own kind: a NAT rule may share a load-balancing rule's name, as in Azure.",
  DuplicateFrontendIp:
    "Two frontends of a public load balancer use one address (on an internal one it is Azure's MultipleIpConfigsRequestSamePrivateIpAddress).",
  MultipleIpConfigsRequestSamePrivateIpAddress:
    "Azure. On an internal load balancer, a frontend's address is already a VM's NIC or secondary IP configuration or another frontend's. Azure assigns a private address to one IP configuration only and refuses the deployment with this code (domain reference §2.2, Azure/sap-hana#552: two frontends); a guest script would otherwise put the VM's own address on its loopback. A public frontend is a public IP resource and is not compared.",
  FrontendPortConflict:
    'Two or more rules on one frontend overlap in protocol (All overlaps Tcp and Udp) and frontend port (0 overlaps every port), except an HA-ports rule beside a non-HA-ports rule when both have floating IP. An inbound NAT rule conflicts the same way with another NAT rule or a load-balancing rule, except an HA-ports rule (see below). One diagnostic per colliding set (see Colliding sets).',
  RulesUseSameBackendPortProtocolAndPool:
    'Azure. Floating IP off, same pool, overlapping protocol, same backend port: each VM would receive both flows on one IP and port.',
  RulesUseSameBackendPortProtocolAndPoolAndFrontendIPWithFloatingIPEnabled:
    'Azure. Floating IP on, same frontend IP, same pool, overlapping protocol, same backend port.',
  RulesUseSameBackendPortProtocolAndIPConfig:
    "Azure. The same collision reached through different pools that share a VM IP configuration; and any collision involving an inbound NAT rule: two NAT rules, or a NAT rule and a load-balancing rule, deliver the same destination IP, an overlapping protocol and the same backend port (0 = every port) to one VM IP configuration. A non-floating HA-ports rule delivers every port to its members' NIC IPs, so it collides with a non-floating NAT rule targeting one of them.",
  HaPortsRequiresInternalStandard:
    'An HA-ports rule on a load balancer that is not Internal Standard (Gateway SKU is allowed: it forwards through HA ports by design), or an inbound NAT rule with All 0/0 on one.',
  HaPortsRequiresZeroPorts: "Floatplan's own: protocol All with ports other than 0/0. All exists for HA ports only.",
  ProbeRequestPath: 'An Http/Https probe without a request path, or a Tcp probe with one (REST spec).',
  HaPortsNonFloatingExclusive: 'A non-floating HA-ports rule shares its load balancer with any other rule.',
  FloatingIpOnSecondaryIpConfig:
    'A floating rule reaches, or a floating inbound NAT rule targets, a secondary IP configuration. Exceptions as documented: the IPv6 configuration of a dual-stack VM behind a public load balancer, and VMs with natGateway: true.',
  IpVersionMismatch: 'An IPv6 frontend whose pool members (or inbound NAT rule target) have no IPv6 address, or the reverse.',
  IdleTimeoutOutOfRange: 'Idle timeout of a rule or inbound NAT rule outside 4–100 minutes.',
  FrontendLimitExceeded: 'More than 600 frontend IP configurations (Basic: 200).',
  RuleLimitExceeded: 'More than 1,500 load-balancing and inbound NAT rules together (Basic: 250).',
  BackendPoolSizeExceeded: 'A pool with more than 5,000 members (Basic: 300).',
  RulesPerNicExceeded:
    "A VM's NIC is a backend of more than 300 rules, inbound NAT rules that target it included (Azure: LoadBalancerRuleCountLimitReachedForNic).",
  BackendIpConfigsPerFrontendExceeded: 'A frontend reaches more than 10,000 backend IP configurations (each rule counts each member).',
  BackendIpConfigsAcrossFrontendsExceeded: 'Learn limits table (S9): "Backend IP configurations across all frontends 500,000"',
  GatewayRuleNotHaPorts: 'Learn, Gateway Load Balancer, Components: "Gateway Load Balancer rules can only be HA port rules."',
  GatewayFrontendNotPrivate:
    'Same page, Components: "Frontend IP configuration - The IP address of your Gateway Load Balancer. This IP is private only."',
  BasicSkuUnsupportedFeature:
    'Learn, SKUs (feature table); health probe overview (probe protocols per SKU); TCP reset page ("Basic … doesn\'t support TCP reset")',
  ProbeIntervalTooShort: 'REST spec intervalInSeconds: "the minimum value is 5"; azurerm interval_in_seconds IntAtLeast(5)',
  ProbeThresholdTooLow:
    'REST spec probeThreshold; terraform-provider-azurerm lb_probe_resource.go (probe_threshold IntBetween(1, 100), default 1)',
  PublicIPReferencedByMultipleIPConfigs:
    'Azure\'s code as an AKS user met it, MicrosoftDocs/azure-docs#50047 ("PublicIPReferencedByMultipleIPConfigs")',
  AnotherInternalLoadBalancerExists:
    'Learn, common deployment errors: "You can have only one Load Balancer of type internal reference the same set of VMs/network interfaces in the backend of the Load Balancer."',
  AnotherPublicLoadBalancerExists:
    'Learn, limits ("Load balancers per VM: 2 (1 public and 1 internal)") and common deployment errors, VMScaleSetCannotUseMultipleLoadBalancersOfSameType ("You can have a maximum of one internal and one public load balancer").',
  RulesOfSameLoadBalancerTypeUseSameBackendPortProtocolAndIPConfig:
    'Learn, common deployment errors ("You can\'t have more than one rule on a given load balancer type (internal, public) with same backend port and protocol…"); the older message quoted in azure-powershell#2042 names two load balancers and "the same backend ip".',
  SameDestinationFromTwoLoadBalancers:
    'Learn, floating IP: "Each rule must produce a flow with a unique combination of destination IP address and destination port"; across load balancers Floatplan\'s inference.',
  LoadBalancerSkusMixedOnVm:
    'Learn, SKUs, Limitations: "A standalone virtual machine resource, availability set resource, or virtual machine scale set resource can reference one SKU, never both."',
  GlobalTierRequiresPublicStandard:
    'Learn, cross-region overview ("Azure Standard Load Balancer supports cross-region load balancing"; Limitations: "frontend IP configurations are public only"); gateway-overview, Limitations: "Gateway Load Balancer doesn\'t work with the Global Load Balancer tier."',
  GlobalPoolMemberNotRegionalFrontend:
    'Learn, cross-region overview: "The backend pool of cross-region load balancer contains one or more regional load balancers."',
  GlobalProbeNotSupported:
    'Learn, cross-region overview, Limitations: "A health probe can\'t be configured currently. A default health probe automatically collects availability information about the regional load balancer."',
  GlobalPoolFrontendNotPublicStandardRegional:
    'Learn, cross-region overview, Limitations: "Private or internal load balancer can\'t be added to the backend pool of a cross-region load balancer."',
  GlobalBackendPortUnmatched:
    'Learn, cross-region overview: "The backend port of your load balancing rule on cross-region load balancer should match the frontend port of the load balancing rule/inbound nat rule on regional standard load balancer."',
  CrossLoadBalancerReferenceUnresolved:
    'Floatplan: Azure resolves these as resource IDs and refuses a missing one; the reference is by name in the topology format.',
  GatewayChainTargetNotGateway:
    'Learn, Gateway Load Balancer, Components: "Chain - A Gateway Load Balancer can be referenced by a Standard Public Load Balancer frontend or a Public IP configuration on a virtual machine."',
  GatewayChainSourceNotPublicStandard:
    'Learn, Gateway Load Balancer: "A Standard Public Load balancer or a Standard IP configuration of a virtual machine can be chained to a Gateway Load Balancer."',
  PlaceholderValue:
    "A value an import could not know is still a placeholder (a marker in the element's placeholders, topology-format.md): an unresolved parameter, an address Azure allocates, a missing name or port. Names the element, the field, why and where it came from (the template expression or path), and how to get the real value. Lasts until the field is edited. Guest OS scripts that would use the value are refused (PlaceholderInScript, scripts.md) and exports ask for it as a required input (export.md). The checks of that value do not report the stand-in as well: no range error, no unknown reference, and no frontend or backend port conflict is judged on a port the import could not know.",
  BackendPortDiffersWithFloatingIp:
    'Floating IP with backend port ≠ frontend port. The Load Balancer docs allow it; the SQL Server docs say the backend port is ignored.',
  NoOutboundPath:
    'Learn, Outbound rules (scenario 5, and the disableOutboundSnat note); NAT Gateway overview (private subnets by default since 31 March 2026)',
  NoProbe: 'A rule without a health probe.',
  TcpResetOnUdp: 'enableTcpReset on a Udp rule or inbound NAT rule, where it does nothing.',
  NatRuleWithoutTarget:
    "Floatplan's own: an inbound NAT rule with no target VM. Azure accepts it (classic NAT rules are associated from the NIC side later), but nothing is forwarded until a NIC IP configuration is associated.",
  ClusterRulesUseDifferentProbes:
    'Rules from one frontend to a cluster-windows or cluster-pacemaker pool use different probes (or some none). The cluster answers one probe port on the node holding the frontend IP (WSFC ProbePort, Pacemaker azure-lb), so a rule probing another port can send flows to a node without the address (SQL listener procedure, SAP HA guides).',
  ClusterProbePortShared:
    'Two or more frontends to one cluster pool probe the same port. SQL: "No two listeners can use the same probe port"; "The port for the availability group listener\'s health probe has to be different from the port for the cluster core IP address\'s health probe" (availability-group-load-balancer-portal-configure). SAP: ASCS 620nn, ERS 621nn, HANA 625nn, one per instance. Pools of the same member VMs count as one cluster (a pool per listener); pools with different members may share a port.',
  ClusterFloatingIpDisabled:
    'A rule to a cluster pool with floating IP off. The SQL listener procedure sets "Floating IP (direct server return): Enabled"; the SAP guides say "Make sure to enable Floating IP".',
  PacemakerIdleTimeout:
    "A rule to a cluster-pacemaker pool whose idle timeout is not 30 minutes (absent = 4). Microsoft's SAP HA guides (high-availability-guide-rhel, -suse) set 30. Values outside 4–100 are IdleTimeoutOutOfRange instead.",
  PacemakerTcpResetDisabled: 'A Tcp or All rule to a cluster-pacemaker pool without TCP reset; the SAP HA guides enable it.',
  ApplianceWithoutHaPorts:
    "A rule to an appliance pool of an internal load balancer that is not HA ports. A route whose next hop is the frontend sends every port; a flow no rule matches is not delivered. NVAs are normally behind HA ports (load-balancer-ha-ports-overview; Architecture Center, deploy highly available NVAs). A public load balancer's frontend is no route's next hop and has no HA ports, so its rules to appliances (the public side of an NVA sandwich) are not reported.",
  BasicSkuRetired: 'Learn, Upgrade from Basic to Standard; SKUs',
  ProbePortNotProbed:
    'Learn, health probe overview: "HTTP probes don\'t support probing on the following ports due to security concerns: 19, 21, 25, 70, 110, 119, 143, 220, 993"',
  NsgBlocksLoadBalancerTraffic:
    'An NSG on a member\'s subnet or NIC denies (or partly denies) a load-balancing or inbound NAT rule\'s traffic: from Internet (public) or VirtualNetwork (internal) to the frontend IP (floating IP) or the NIC IP, on the backend port. Names the NSG rule and priority (often DenyAllInBound, 65500) and the rule to add. Learn: network-security-groups-overview; load-balancer-overview "Secure by default"; the SQL listener procedure ("the load balancer floating IP addresses").',
  NsgBlocksHealthProbe:
    "An NSG denies (or partly denies) the health probe from the AzureLoadBalancer service tag (168.63.129.16) to the member's NIC IP on the probe port, so Azure marks the member down. Learn: load-balancer-custom-probe-overview; network-security-groups-overview (AllowAzureLoadBalancerInBound).",
  FloatingIpGuestConfigRequired:
    'On every floating rule and floating inbound NAT rule (one each): the guest OS must hold the frontend IP on a loopback, accept it (weak host model on Windows) and open its firewall.',
  FloatingIpOutboundLimitation:
    "On every floating rule and floating inbound NAT rule (one each): flows the VM opens must use the NIC's primary IP; a flow from the frontend IP fails.",
  ClusterSingleMember: 'A cluster-windows or cluster-pacemaker pool with exactly one member: no node to fail over to.',
  ApplianceFloatingIp:
    "A floating rule to an appliance pool. Routed flows keep their original destination either way; floating IP changes only flows addressed to the frontend IP itself. Microsoft's HA-ports quickstart (internal-loadbalancer-create-haports) uses floating IP off; Azure requires it on only for several HA-ports frontends on one pool (load-balancer-ha-ports-overview), so this is an info, not a warning.",
  EmptyBackendPool:
    'A backend pool that load-balancing rules send to has no members. Azure deploys empty pools (they fill when NICs, IP addresses or a scale set join: backend pool management), but the rules deliver nothing and the mapping has no rows, so map and the Mapping tab point here.',
  ImportUnresolved:
    'an expression, reference or parameter could not be evaluated; the element carries a placeholder (error when a whole collection is lost); a reference to another load balancer that was not imported is left out',
  ImportDefaultUsed:
    'a fact the planner needs is not in the definition (an address Azure assigns, an OS, a name); a marked default was used, or a single candidate was taken',
  ImportIgnored:
    "something Floatplan does not model (port-range NAT rules, NAT pools, tunnel interfaces, a Gateway chain on a secondary ipconfig, a load balancer --lb did not pick, a rule's extra pools) was left out, named",
  ImportInvalid:
    "the definition contradicts itself or Azure's rules (a non-numeric port, mixed public/private frontends); the import chose",
  ImportNoLoadBalancer: 'no load balancer could be found (the import fails)',
  CheckUnreadable: 'A file cannot be parsed (JSON, HCL or Bicep syntax) or the import failed.',
  CheckNoLoadBalancer: 'A file named on the command line holds no load balancer.',
  CheckSuppressionWithoutReason: 'A floatplan-ignore comment without a reason after the colon.',
  CheckSuppressionUnused: 'A floatplan-ignore comment that suppressed nothing.',
};
