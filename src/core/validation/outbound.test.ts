import { describe, expect, it } from 'vitest';
import { messageOf } from '../diagnostics/diagnostic';
import { rule, topology, vm, withCode } from '../testing/builders';
import { internalOnly, outboundRule } from './outboundCodeCases.testing';

describe('outbound diagnostics', () => {
  it('NoOutboundPath names the VMs once per cause, sorted, with the fix, in English and Japanese', () => {
    const t = internalOnly({ vms: [vm('VM2', '10.0.0.5'), vm('VM1', '10.0.0.4')] });
    const [d, ...rest] = withCode(t, 'NoOutboundPath');
    expect(rest).toEqual([]);
    expect(d!.refs).toEqual([
      { kind: 'loadBalancer', name: 'lb' },
      { kind: 'vm', name: 'VM1' },
      { kind: 'vm', name: 'VM2' },
    ]);
    expect(messageOf(d!)).toMatch(/^VM1 and VM2: no outbound path.*Internal Standard load balancer lb.*Fix: associate a NAT gateway/);
    expect(messageOf(d!, 'ja')).toContain('NAT ゲートウェイ');
  });

  it('a public Standard pool whose rules all disable SNAT and that no outbound rule covers: the public variant', () => {
    const [d] = withCode(topology({ rules: [rule('r1', { disableOutboundSnat: true })] }), 'NoOutboundPath');
    expect(messageOf(d!)).toMatch(/No outbound rule of load balancer lb covers their pool/);
  });

  it('an outbound rule fixes it; one that covers the pool on another frontend leaves the rule on FE1 alone', () => {
    const t = topology({ rules: [rule('r1', { disableOutboundSnat: true })], outboundRules: [outboundRule('out', ['FE2'])] });
    expect(withCode(t, 'NoOutboundPath')).toEqual([]);
    expect(
      withCode(
        topology({ outboundRules: [outboundRule('out', ['FE2'])] }),
        'LoadBalancingRuleMustDisableSNATSinceSameFrontendIPConfigurationIsReferencedByOutboundRule',
      ),
    ).toEqual([]);
  });

  it('names the rule, its frontend and the outbound rule that shares it', () => {
    const [d] = withCode(
      topology({ outboundRules: [outboundRule('egress', ['FE1'])] }),
      'LoadBalancingRuleMustDisableSNATSinceSameFrontendIPConfigurationIsReferencedByOutboundRule',
    );
    expect(d!.elements).toEqual(['r1', 'FE1']);
    expect(messageOf(d!)).toMatch(/Rule r1 leaves disableOutboundSnat off, but its frontend FE1 is also used by outbound rule egress/);
  });

  it('an outbound rule naming a missing frontend or pool is an UnknownReference', () => {
    const t = topology({
      rules: [rule('r1', { disableOutboundSnat: true })],
      outboundRules: [outboundRule('out', ['nope'], 'All', { backendPool: 'gone' })],
    });
    expect(withCode(t, 'UnknownReference').map((d) => messageOf(d))).toEqual([
      'Outbound rule out refers to backend pool "gone", which does not exist. Fix: pick an existing one, or remove the outbound rule.',
      'Outbound rule out refers to frontend "nope", which does not exist. Fix: pick an existing one, or remove the outbound rule.',
    ]);
  });
});
