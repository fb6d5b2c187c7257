import type { Locale } from '../i18n/locale';
import { render, type Text } from '../i18n/text';

/** The kinds of element a diagnostic can point at. */
export type ElementKind = 'loadBalancer' | 'frontend' | 'backendPool' | 'probe' | 'rule' | 'natRule' | 'vm';

export interface ElementRef {
  kind: ElementKind;
  name: string;
  /** The load balancer the element belongs to (set by analyzeTopology; VMs belong to none). */
  loadBalancer?: string;
}

export type Severity = 'error' | 'warning' | 'info';

/** One finding about a topology: what is wrong, where, how to fix it, and what it rests on. */
export interface Diagnostic {
  severity: Severity;
  code: DiagnosticCode;
  /** What is wrong and how to fix it, as a catalog text (validation/messages.en.ts); see `messageOf` for its words. */
  text: Text;
  /** Names of the elements involved, in a stable order. */
  elements: string[];
  /** The same elements with their kinds, so a UI can select them. */
  refs: ElementRef[];
  /** Where the rule comes from: a Microsoft Learn page, the REST spec, or "Floatplan" for the planner's own checks. */
  source: string;
  /** The load balancer the finding is about (set by analyzeTopology); undefined for a finding across load balancers. */
  loadBalancer?: string;
}

export const SOURCES = {
  floatingIp: 'https://learn.microsoft.com/azure/load-balancer/load-balancer-floating-ip',
  multivip: 'https://learn.microsoft.com/azure/load-balancer/load-balancer-multivip-overview',
  haPorts: 'https://learn.microsoft.com/azure/load-balancer/load-balancer-ha-ports-overview',
  limits: 'https://learn.microsoft.com/azure/azure-resource-manager/management/azure-subscription-service-limits#load-balancer',
  restSpec: 'Azure REST API spec Microsoft.Network loadBalancer.json (2024-10-01)',
  errorCodes: 'https://learn.microsoft.com/azure/load-balancer/load-balancer-common-deployment-errors',
  idleTimeout: 'https://learn.microsoft.com/azure/load-balancer/load-balancer-tcp-idle-timeout',
  tcpReset: 'https://learn.microsoft.com/azure/load-balancer/load-balancer-tcp-reset',
  probes: 'https://learn.microsoft.com/azure/load-balancer/load-balancer-custom-probe-overview',
  sqlListener: 'https://learn.microsoft.com/azure/azure-sql/virtual-machines/windows/availability-group-load-balancer-portal-configure',
  sapPacemaker: 'https://learn.microsoft.com/azure/sap/workloads/high-availability-guide-rhel',
  // The refusal as Azure words it (domain reference §2.2); Learn's deployment-errors page does not list it.
  samePrivateIp: 'https://github.com/Azure/sap-hana/issues/552',
  gateway: 'https://learn.microsoft.com/azure/load-balancer/gateway-overview',
  backendPools: 'https://learn.microsoft.com/azure/load-balancer/backend-pool-management',
  skus: 'https://learn.microsoft.com/azure/load-balancer/skus',
  basicUpgrade: 'https://learn.microsoft.com/azure/load-balancer/load-balancer-basic-upgrade-guidance',
  // Azure accepts an inbound NAT rule with protocol All and ports 0/0 (the provider's acceptance test deploys it).
  natAllPorts: 'https://github.com/hashicorp/terraform-provider-azurerm/pull/15694',
  // Azure's code for a public IP resource used by a second IP configuration, as an AKS user met it.
  publicIpInUse: 'https://github.com/MicrosoftDocs/azure-docs/issues/50047',
  // The spec states no bound for probeThreshold; the provider validates 1-100 and defaults to 1.
  probeThreshold: 'terraform-provider-azurerm internal/services/loadbalancer/lb_probe_resource.go (probe_threshold 1-100)',
  // NSG rule processing and default rules; why a Standard load balancer needs an NSG allow (core/nsg).
  nsg: 'https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview',
  // The Global tier (cross-region load balancer): public Standard frontends, regional frontends as pool members, no probe.
  crossRegion: 'https://learn.microsoft.com/azure/load-balancer/cross-region-overview',
  floatplan: 'Floatplan',
} as const;

export const ERROR_CODES = [
  'InvalidIpAddress',
  'LoadBalancingRuleMustDisableSNATSinceSameFrontendIPConfigurationIsReferencedByOutboundRule',
  'MoreThanOneOutboundRuleUsingSameFrontendIPConfigurationAndProtocolIsNotSupported',
  'OutboundRuleRequiresPublicStandard',
  'PortOutOfRange',
  'InvalidProtocol',
  'UnknownReference',
  'DuplicateName',
  'DuplicateFrontendIp',
  'MultipleIpConfigsRequestSamePrivateIpAddress',
  'FrontendPortConflict',
  'RulesUseSameBackendPortProtocolAndPool',
  'RulesUseSameBackendPortProtocolAndPoolAndFrontendIPWithFloatingIPEnabled',
  'RulesUseSameBackendPortProtocolAndIPConfig',
  'HaPortsRequiresInternalStandard',
  'HaPortsRequiresZeroPorts',
  'ProbeRequestPath',
  'HaPortsNonFloatingExclusive',
  'FloatingIpOnSecondaryIpConfig',
  'IpVersionMismatch',
  'IdleTimeoutOutOfRange',
  'FrontendLimitExceeded',
  'RuleLimitExceeded',
  'BackendPoolSizeExceeded',
  'RulesPerNicExceeded',
  'BackendIpConfigsPerFrontendExceeded',
  'BackendIpConfigsAcrossFrontendsExceeded',
  'GatewayRuleNotHaPorts',
  'GatewayFrontendNotPrivate',
  'BasicSkuUnsupportedFeature',
  'ProbeIntervalTooShort',
  'ProbeThresholdTooLow',
  'PublicIPReferencedByMultipleIPConfigs',
  'AnotherInternalLoadBalancerExists',
  'AnotherPublicLoadBalancerExists',
  'RulesOfSameLoadBalancerTypeUseSameBackendPortProtocolAndIPConfig',
  'LoadBalancerSkusMixedOnVm',
  'GlobalTierRequiresPublicStandard',
  'GlobalPoolMemberNotRegionalFrontend',
  'GlobalPoolFrontendNotPublicStandardRegional',
  'GlobalProbeNotSupported',
  'CrossLoadBalancerReferenceUnresolved',
  'GatewayChainTargetNotGateway',
  'GatewayChainSourceNotPublicStandard',
] as const;

export const WARNING_CODES = [
  'PlaceholderValue',
  'BackendPortDiffersWithFloatingIp',
  'NoOutboundPath',
  'NoProbe',
  'TcpResetOnUdp',
  'NatRuleWithoutTarget',
  'ClusterRulesUseDifferentProbes',
  'ClusterProbePortShared',
  'ClusterFloatingIpDisabled',
  'PacemakerIdleTimeout',
  'PacemakerTcpResetDisabled',
  'ApplianceWithoutHaPorts',
  'BasicSkuRetired',
  'ProbePortNotProbed',
  'NsgBlocksLoadBalancerTraffic',
  'NsgBlocksHealthProbe',
  'GlobalBackendPortUnmatched',
  'SameDestinationFromTwoLoadBalancers',
] as const;

export const INFO_CODES = [
  'FloatingIpGuestConfigRequired',
  'FloatingIpOutboundLimitation',
  'ClusterSingleMember',
  'ApplianceFloatingIp',
  'EmptyBackendPool',
] as const;

export type DiagnosticCode = (typeof ERROR_CODES)[number] | (typeof WARNING_CODES)[number] | (typeof INFO_CODES)[number];

/** The codes only a check across the load balancers of a v2 topology raises (validation/acrossLbs.ts). */
export const ACROSS_LB_CODES = [
  'AnotherInternalLoadBalancerExists',
  'AnotherPublicLoadBalancerExists',
  'RulesOfSameLoadBalancerTypeUseSameBackendPortProtocolAndIPConfig',
  'LoadBalancerSkusMixedOnVm',
  'GlobalPoolFrontendNotPublicStandardRegional',
  'CrossLoadBalancerReferenceUnresolved',
  'GatewayChainTargetNotGateway',
  'GatewayChainSourceNotPublicStandard',
  'GlobalBackendPortUnmatched',
  'SameDestinationFromTwoLoadBalancers',
] as const satisfies readonly DiagnosticCode[];
export type AcrossLbCode = (typeof ACROSS_LB_CODES)[number];

/** Builds a diagnostic; `elements` is derived from `refs`, so they never disagree. */
export function diagnostic(severity: Severity, code: DiagnosticCode, refs: ElementRef[], text: Text, source: string): Diagnostic {
  return {
    severity,
    code,
    text,
    elements: refs.map((r) => r.name),
    refs,
    source,
  };
}

/**
 * A diagnostic's message in a language: English is what the CLI, exports and JSON print.
 * @example messageOf(validate(t)[0], 'ja') // '規則 rule1 はフローティング IP を使用しています。…'
 */
export function messageOf(d: { text: Text }, locale: Locale = 'en'): string {
  return render(d.text, locale);
}

/**
 * A diagnostic as JSON output shows it: the English message in place of the text.
 * @example serializeDiagnostic(d) // { severity, code, message: 'Rule r1 …', elements, refs, source }
 */
export function serializeDiagnostic({ text, ...rest }: Diagnostic): Omit<Diagnostic, 'text'> & { message: string } {
  const { severity, code, elements, refs, source } = rest;
  return { severity, code, message: render(text, 'en'), elements, refs, source };
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Orders diagnostics by severity, code, then elements, so output never depends on input order. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return list.sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      cmp(a.code, b.code) ||
      cmp(a.elements.join('\u0000'), b.elements.join('\u0000')) ||
      cmp(messageOf(a), messageOf(b)),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
