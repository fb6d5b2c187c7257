import { describe, expect, it } from 'vitest';
import { codesOf, rule, topology, vm, withCode } from '../testing/builders';
import { PRESET_NAMES, preset } from '../testing/presets';
import { messageOf } from '../diagnostics/diagnostic';

const internal = { name: 'lb', sku: 'Standard', type: 'Internal' } as const;
const ha = (name: string, over = {}) => rule(name, { protocol: 'All', frontendPort: 0, backendPort: 0, ...over });

describe('backend collisions (what one ipconfig receives)', () => {
  it("names both rules, the pool and the VMs, with Azure's wording of the fix", () => {
    const [d] = withCode(topology({ rules: [rule('web'), rule('api', { frontend: 'FE2' })] }), 'RulesUseSameBackendPortProtocolAndPool');
    expect(d!.elements).toEqual(['api', 'web', 'pool', 'VM1', 'VM2']);
    expect(messageOf(d!)).toMatch(/floating IP disabled use protocol Tcp and backend port 80 on backend pool pool/);
    expect(messageOf(d!)).toMatch(/Enable floating IP/);
  });

  it('treats All as overlapping Tcp and port 0 as overlapping every port', () => {
    const t = topology({
      loadBalancer: internal,
      rules: [ha('all'), rule('tcp', { frontend: 'FE2', protocol: 'Udp', frontendPort: 53, backendPort: 53 })],
    });
    expect(withCode(t, 'RulesUseSameBackendPortProtocolAndPool').map((d) => d.elements.slice(0, 2))).toEqual([['all', 'tcp']]);
  });

  it('Tcp and Udp on the same port do not collide', () => {
    const t = topology({ rules: [rule('tcp'), rule('udp', { frontend: 'FE2', protocol: 'Udp' })] });
    expect(codesOf(t)).toEqual([]);
  });

  it('floating and non-floating rules on the same backend port coexist ("mix both rule types")', () => {
    const t = topology({ rules: [rule('off'), rule('on', { frontend: 'FE2', floatingIp: true })] });
    expect(codesOf(t)).toEqual(['FloatingIpGuestConfigRequired', 'FloatingIpOutboundLimitation']);
  });

  it('allows an HA-ports rule beside a non-HA rule on one frontend when both are floating (documented exception)', () => {
    const t = topology({ loadBalancer: internal, rules: [ha('ha', { floatingIp: true }), rule('web', { floatingIp: true })] });
    const errors = withCode(t, 'FrontendPortConflict').concat(
      withCode(t, 'RulesUseSameBackendPortProtocolAndPoolAndFrontendIPWithFloatingIPEnabled'),
    );
    expect(errors).toEqual([]);
    const notBoth = topology({ loadBalancer: internal, rules: [ha('ha', { floatingIp: true }), rule('web')] });
    expect(withCode(notBoth, 'FrontendPortConflict')).toHaveLength(1);
  });

  it('two floating HA-ports rules need distinct frontends (cloud-provider-azure#521)', () => {
    const same = topology({ loadBalancer: internal, rules: [ha('a', { floatingIp: true }), ha('b', { floatingIp: true })] });
    expect(codesOf(same)).toContain('RulesUseSameBackendPortProtocolAndPoolAndFrontendIPWithFloatingIPEnabled');
    const distinct = topology({
      loadBalancer: internal,
      rules: [ha('a', { floatingIp: true }), ha('b', { frontend: 'FE2', floatingIp: true })],
    });
    // An internal load balancer alone gives no outbound path (NoOutboundPath): not what this test is about.
    const others = (c: string) => !['FloatingIpGuestConfigRequired', 'FloatingIpOutboundLimitation', 'NoOutboundPath'].includes(c);
    expect(codesOf(distinct).filter(others)).toEqual([]);
  });

  it('SAP ASCS/ERS without floating IP: two non-floating HA-ports rules on one pool (azure-docs#94673)', () => {
    const t = topology({ loadBalancer: internal, rules: [ha('ascs'), ha('ers', { frontend: 'FE2' })] });
    expect(codesOf(t)).toEqual(expect.arrayContaining(['RulesUseSameBackendPortProtocolAndPool', 'HaPortsNonFloatingExclusive']));
  });

  it('reports one diagnostic per colliding set however many VMs collide', () => {
    const vms = Array.from({ length: 50 }, (_, i) => vm(`v${i}`, `10.0.1.${i + 1}`));
    const t = topology({
      vms,
      backendPools: [{ name: 'pool', members: vms.map((v) => v.name) }],
      rules: [rule('a'), rule('b', { frontend: 'FE2' })],
    });
    const found = withCode(t, 'RulesUseSameBackendPortProtocolAndPool');
    expect(found).toHaveLength(1);
    expect(messageOf(found[0]!)).toMatch(/and 45 more/);
  });
});

describe('presets', () => {
  it.each(PRESET_NAMES)('%s has no errors or warnings', (name) => {
    expect(withCode(preset(name), 'NoProbe')).toEqual([]);
    expect(codesOf(preset(name)).filter((c) => !c.startsWith('FloatingIp'))).toEqual([]);
  });

  it('type 2 without floating IP is exactly what Azure refuses', () => {
    const t = preset('type2-floating-ip');
    t.rules = t.rules.map((r) => ({ ...r, floatingIp: false }));
    expect(codesOf(t).filter((c) => !c.startsWith('FloatingIp'))).toEqual(['RulesUseSameBackendPortProtocolAndPool']);
  });
});

describe('floating IP on secondary ipconfigs', () => {
  const dualStack = (lbType: 'Public' | 'Internal', natGateway = false) =>
    topology({
      loadBalancer: { name: 'lb', sku: 'Standard', type: lbType },
      frontends: [{ name: 'FE1', ip: '2001:db8::1' }],
      backendPools: [{ name: 'pool', members: ['VM1'] }],
      vms: [vm('VM1', '10.0.0.4', { natGateway, nic: { name: 'eth0', ip: '10.0.0.4', secondaryIps: ['2001:db8:1::4'] } })],
      rules: [rule('r1', { floatingIp: true })],
    });
  it('exempts the IPv6 ipconfig of a dual-stack VM behind a public LB', () => {
    expect(withCode(dualStack('Public'), 'FloatingIpOnSecondaryIpConfig')).toEqual([]);
    expect(withCode(dualStack('Internal'), 'FloatingIpOnSecondaryIpConfig')).toHaveLength(1);
  });
  it('exempts VMs that use a NAT Gateway for outbound', () => {
    expect(withCode(dualStack('Internal', true), 'FloatingIpOnSecondaryIpConfig')).toEqual([]);
  });
});

describe('messages', () => {
  it('say how to fix an invalid address', () => {
    const [d] = withCode(topology({ frontends: [{ name: 'FE1', ip: '0x7f.1' }] }), 'InvalidIpAddress');
    expect(messageOf(d!)).toBe(
      'Frontend FE1\'s address "0x7f.1" is not a valid IP address: hexadecimal parts are not allowed; write four decimal numbers, like 10.0.0.4.',
    );
  });
  it('suggest the right spelling of a protocol and list existing names for a dangling reference', () => {
    expect(messageOf(withCode(topology({ rules: [rule('r1', { protocol: 'tcp' })] }), 'InvalidProtocol')[0]!)).toMatch(/Write it as "Tcp"/);
    expect(messageOf(withCode(topology({ rules: [rule('r1', { backendPool: 'poool' })] }), 'UnknownReference')[0]!)).toMatch(
      /backend pool "poool", which does not exist. Connect it to pool/,
    );
  });
});
