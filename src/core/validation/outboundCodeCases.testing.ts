// Test-only: a topology that must raise each outbound code and a minimal change that must not.
import type { DiagnosticCode } from '../diagnostics/diagnostic';
import { rule, topology, vm } from '../testing/builders';
import type { OutboundRule, LbTopology } from '../topology/schema';

type OutboundCode =
  | 'NoOutboundPath'
  | 'LoadBalancingRuleMustDisableSNATSinceSameFrontendIPConfigurationIsReferencedByOutboundRule'
  | 'MoreThanOneOutboundRuleUsingSameFrontendIPConfigurationAndProtocolIsNotSupported'
  | 'OutboundRuleRequiresPublicStandard';

/** An outbound rule for `pool` on the given frontends. */
export const outboundRule = (name: string, frontends: string[], protocol = 'All', over: Partial<OutboundRule> = {}): OutboundRule => ({
  name,
  frontends,
  backendPool: 'pool',
  protocol,
  ...over,
});

const internalLb = { name: 'lb', sku: 'Standard', type: 'Internal' } as const;
/** An internal Standard load balancer whose VMs have nothing else: no outbound path (Learn, outbound rules, scenario 5). */
export const internalOnly = (over: Partial<LbTopology> = {}) =>
  topology({ loadBalancer: internalLb, frontends: [{ name: 'FE1', ip: '10.0.1.10' }], ...over });

export const outboundCases: Record<OutboundCode & DiagnosticCode, { bad: LbTopology; good: LbTopology }> = {
  NoOutboundPath: {
    bad: internalOnly(),
    good: internalOnly({ vms: [vm('VM1', '10.0.0.4', { natGateway: true }), vm('VM2', '10.0.0.5', { natGateway: true })] }),
  },
  LoadBalancingRuleMustDisableSNATSinceSameFrontendIPConfigurationIsReferencedByOutboundRule: {
    bad: topology({ outboundRules: [outboundRule('out', ['FE1'])] }),
    good: topology({ rules: [rule('r1', { disableOutboundSnat: true })], outboundRules: [outboundRule('out', ['FE1'])] }),
  },
  MoreThanOneOutboundRuleUsingSameFrontendIPConfigurationAndProtocolIsNotSupported: {
    bad: topology({ outboundRules: [outboundRule('tcp', ['FE2'], 'Tcp'), outboundRule('all', ['FE2'], 'All')] }),
    good: topology({ outboundRules: [outboundRule('tcp', ['FE2'], 'Tcp'), outboundRule('udp', ['FE2'], 'Udp')] }),
  },
  OutboundRuleRequiresPublicStandard: {
    bad: internalOnly({ outboundRules: [outboundRule('out', ['FE1'])] }),
    good: internalOnly(),
  },
};
