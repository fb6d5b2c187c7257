import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { render } from '../i18n/text';
import { rule, topology, vm } from '../testing/builders';
import { internalOnly, outboundRule } from '../validation/outboundCodeCases.testing';
import { v1TopologyArb } from '../testing/arbitraries';
import { hasPathWithoutLb, outboundOf, outboundPaths, pooledOutboundPaths } from './outbound';

const kinds = (t: Parameters<typeof outboundPaths>[0]) => outboundPaths(t).map((p) => p.kind);

describe('outbound paths, in Azure’s order of precedence', () => {
  it('an internal Standard load balancer gives its backends none: no path, and the text says the fix', () => {
    const p = outboundOf(internalOnly(), 'VM1')!;
    expect(p).toMatchObject({ kind: 'none', nicIp: '10.0.0.4' });
    expect(p.publicIp).toBeUndefined();
    expect(render(p.text, 'en')).toMatch(/no outbound path.*internal Standard load balancer lb.*Fix: associate a NAT gateway/);
    expect(render(p.text, 'ja')).toContain('NAT ゲートウェイ');
  });

  it('a NAT gateway wins over everything, even an instance public IP and an outbound rule', () => {
    const t = topology({
      outboundRules: [outboundRule('out', ['FE2'])],
      vms: [
        vm('VM1', '10.0.0.4', { natGateway: true, nic: { name: 'eth0', ip: '10.0.0.4', publicIp: '198.51.100.7' } }),
        vm('VM2', '10.0.0.5'),
      ],
    });
    expect(kinds(t)).toEqual(['nat-gateway', 'outbound-rule']);
  });

  it('an instance-level public IP comes next, with its address when known', () => {
    const withPip = (publicIp: string | boolean) =>
      internalOnly({ vms: [vm('VM1', '10.0.0.4', { nic: { name: 'eth0', ip: '10.0.0.4', publicIp } }), vm('VM2', '10.0.0.5')] });
    expect(outboundOf(withPip('198.51.100.7'), 'VM1')).toMatchObject({ kind: 'instance-public-ip', publicIp: '198.51.100.7' });
    expect(outboundOf(withPip(true), 'VM1')).toMatchObject({ kind: 'instance-public-ip' });
    expect(outboundOf(withPip(true), 'VM1')!.publicIp).toBeUndefined();
    expect(outboundOf(withPip(false), 'VM1')!.kind).toBe('none');
  });

  it('an outbound rule covering the pool: the internet sees its frontend IP', () => {
    const t = topology({ rules: [rule('r1', { disableOutboundSnat: true })], outboundRules: [outboundRule('out', ['FE2'], 'Tcp')] });
    expect(outboundOf(t, 'VM1')).toMatchObject({ kind: 'outbound-rule', publicIp: '203.0.113.2', via: 'out', protocol: 'Tcp' });
  });

  it('without an outbound rule, a public rule with disableOutboundSnat off gives implicit SNAT from its frontend', () => {
    const p = outboundOf(topology(), 'VM1')!;
    expect(p).toMatchObject({ kind: 'lb-rule-snat', publicIp: '203.0.113.1', via: 'r1', protocol: 'Tcp' });
    expect(render(p.text, 'en')).toMatch(/does not recommend/);
  });

  it('disableOutboundSnat on every rule and no outbound rule: a public Standard backend has no path', () => {
    const t = topology({ rules: [rule('r1', { disableOutboundSnat: true })] });
    expect(kinds(t)).toEqual(['none', 'none']);
    expect(outboundOf(t, 'VM1')!.text.key).toBe('validation.outbound.none.public');
  });

  it('an outbound rule on an internal load balancer gives nothing (Azure refuses it; validation says so)', () => {
    expect(kinds(internalOnly({ outboundRules: [outboundRule('out', ['FE1'])] }))).toEqual(['none', 'none']);
  });

  it('a VM in no pool: default outbound access only where its subnet still has it; absent means a private subnet', () => {
    const loose = (over = {}) => topology({ vms: [vm('VM1', '10.0.0.4'), vm('VM2', '10.0.0.5'), vm('VM3', '10.0.0.6', over)] });
    expect(outboundOf(loose(), 'VM3')!.text.key).toBe('validation.outbound.none.private');
    expect(outboundOf(loose({ defaultOutboundAccess: true }), 'VM3')!.kind).toBe('default-outbound-access');
  });

  it('only the primary IP configuration gets load balancer outbound; a secondary one in the pool does not', () => {
    const t = topology({
      backendPools: [{ name: 'pool', members: [{ vm: 'VM1', ip: '10.0.0.40' }, 'VM2'] }],
      vms: [vm('VM1', '10.0.0.4', { nic: { name: 'eth0', ip: '10.0.0.4', secondaryIps: ['10.0.0.40'] } }), vm('VM2', '10.0.0.5')],
    });
    expect(kinds(t)).toEqual(['none', 'lb-rule-snat']);
  });

  it('Basic public: its backends get default SNAT from a frontend even without a rule', () => {
    const t = topology({ loadBalancer: { name: 'lb', sku: 'Basic', type: 'Public' }, rules: [] });
    expect(outboundOf(t, 'VM1')).toMatchObject({ kind: 'lb-rule-snat', publicIp: '203.0.113.1' });
  });

  it('a Gateway load balancer gives none of its own; an unknown VM has no path to report', () => {
    const t = topology({ loadBalancer: { name: 'gw', sku: 'Gateway', type: 'Internal' }, frontends: [{ name: 'FE1', ip: '10.0.1.4' }] });
    expect(outboundOf(t, 'VM1')!.text.key).toBe('validation.outbound.none.private');
    expect(outboundOf(t, 'nope')).toBeUndefined();
  });
});

describe('the paths a load balancer does not decide', () => {
  it('a VM outside every pool gets what a load balancer without pools gives it, and hasPathWithoutLb says if it is a path', () => {
    fc.assert(
      fc.property(v1TopologyArb, (t) => {
        const paths = outboundPaths(t);
        const pooled = pooledOutboundPaths(t);
        // The paths pooledOutboundPaths leaves out are those a load balancer without pools gives.
        const without = outboundPaths({ ...t, backendPools: [] });
        const held = new Set(pooled.map((p) => p.vm));
        expect(pooled).toEqual(paths.filter((p) => held.has(p.vm)));
        t.vms.forEach((vm, i) => {
          if (held.has(vm.name)) return;
          expect(paths[i]).toEqual(without[i]);
          expect(paths[i]!.kind !== 'none').toBe(hasPathWithoutLb(vm));
        });
      }),
      { numRuns: 200, seed: 19 },
    );
  });
});
