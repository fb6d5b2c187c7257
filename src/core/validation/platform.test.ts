import { describe, expect, it } from 'vitest';
import { messageOf } from '../diagnostics/diagnostic';
import { computeMapping, publicRow } from '../mapping/mapping';
import { mapNatRules } from '../mapping/natMapping';
import { deliversThroughTunnels } from '../model/tunnel';
import { codesOf, natRule, rule, topology, vm, withCode } from '../testing/builders';
import type { LbTopology } from '../topology/schema';
import { analyze } from './analyze';

const internal = { name: 'lb', sku: 'Standard', type: 'Internal' } as const;
const allPorts = (name: string, over = {}) => natRule(name, { protocol: 'All', frontendPort: 0, backendPort: 0, ...over });
const ha = (name: string, over = {}) => rule(name, { protocol: 'All', frontendPort: 0, backendPort: 0, ...over });
/** azurerm's TestAccAzureRMLoadBalancerNatRule_zeroPortNumber: a Standard internal LB, one NAT rule All 0/0. */
const zeroPortNat = (over: Partial<LbTopology> = {}) =>
  topology({
    loadBalancer: internal,
    frontends: [{ name: 'FE1', ip: '10.0.2.7' }],
    rules: [],
    vms: [vm('VM1', '10.0.2.4'), vm('VM2', '10.0.2.5')],
    inboundNatRules: [allPorts('all')],
    ...over,
  });
const errors = (t: LbTopology) =>
  analyze(t)
    .diagnostics.filter((d) => d.severity === 'error')
    .map((d) => d.code);

describe('inbound NAT rule with protocol All and ports 0/0', () => {
  it('is accepted on a Standard internal load balancer, as the azurerm acceptance test deploys it', () => {
    expect(errors(zeroPortNat())).toEqual([]);
  });

  it('forwards every port and protocol to its one target, like HA ports', () => {
    const [row] = mapNatRules(zeroPortNat());
    expect(row).toMatchObject({
      natRule: 'all',
      protocol: 'All',
      frontendPort: 0,
      vm: 'VM1',
      destinationIp: '10.0.2.4',
      destinationPort: 0,
    });
  });

  it('keeps refusing port 0 with Tcp or Udp, or with only one port 0', () => {
    for (const over of [{ protocol: 'Tcp' }, { protocol: 'Udp' }, { backendPort: 22 }, { frontendPort: 22 }]) {
      expect(errors(zeroPortNat({ inboundNatRules: [allPorts('all', over)] }))).toContain('PortOutOfRange');
    }
  });

  it('is refused where HA ports do not exist (public or Basic), with the NAT rule named', () => {
    for (const loadBalancer of [
      { name: 'lb', sku: 'Standard', type: 'Public' },
      { name: 'lb', sku: 'Basic', type: 'Internal' },
    ] as const) {
      const found = withCode(zeroPortNat({ loadBalancer }), 'HaPortsRequiresInternalStandard');
      expect(found.map((d) => d.refs[0])).toEqual([{ kind: 'natRule', name: 'all' }]);
      expect(messageOf(found[0]!)).toContain('every port');
    }
  });

  it('claims its whole frontend: it collides with any NAT or load-balancing rule there, an HA-ports rule included', () => {
    const beside = (rules: LbTopology['rules'], nats: LbTopology['inboundNatRules'] = []) =>
      withCode(
        zeroPortNat({ rules, backendPools: [{ name: 'pool', members: ['VM2'] }], inboundNatRules: [allPorts('all'), ...nats] }),
        'FrontendPortConflict',
      );
    expect(beside([], [natRule('ssh', { frontendPort: 22, backendPort: 22, target: 'VM2' })])).toHaveLength(1);
    expect(beside([rule('web', { probe: undefined })])).toHaveLength(1);
    expect(beside([ha('ha', { probe: undefined })])).toHaveLength(1);
    // On another frontend nothing collides.
    const elsewhere = zeroPortNat({
      frontends: [
        { name: 'FE1', ip: '10.0.2.7' },
        { name: 'FE2', ip: '10.0.2.8' },
      ],
      rules: [ha('ha', { frontend: 'FE2', probe: undefined })],
      backendPools: [{ name: 'pool', members: ['VM2'] }],
    });
    expect(withCode(elsewhere, 'FrontendPortConflict')).toEqual([]);
  });

  it('leaves one-port NAT rules beside an HA-ports rule alone (AVM internal test)', () => {
    const t = zeroPortNat({
      rules: [ha('ha', { probe: undefined })],
      backendPools: [{ name: 'pool', members: ['VM2'] }],
      inboundNatRules: [natRule('rdp', { frontendPort: 3389, target: 'VM1' })],
    });
    expect(withCode(t, 'FrontendPortConflict')).toEqual([]);
  });

  it('collides at its target with another NAT rule to the same IP configuration', () => {
    const t = zeroPortNat({
      frontends: [
        { name: 'FE1', ip: '10.0.2.7' },
        { name: 'FE2', ip: '10.0.2.8' },
      ],
      inboundNatRules: [allPorts('all'), natRule('ssh', { frontend: 'FE2', frontendPort: 22, backendPort: 22 })],
    });
    expect(withCode(t, 'RulesUseSameBackendPortProtocolAndIPConfig')).toHaveLength(1);
  });
});

describe('Gateway load balancer', () => {
  const gateway = (over: Partial<LbTopology> = {}) =>
    topology({
      loadBalancer: { name: 'gwlb', sku: 'Gateway', type: 'Internal' },
      frontends: [{ name: 'FE1', ip: '10.0.1.10' }],
      rules: [ha('r1', { floatingIp: true })],
      ...over,
    });

  it('takes an HA-ports rule on a private frontend without errors, and no loopback reminder', () => {
    expect(errors(gateway())).toEqual([]);
    expect(codesOf(gateway())).not.toContain('FloatingIpGuestConfigRequired');
  });

  it('refuses a one-port rule and a public frontend', () => {
    expect(errors(gateway({ rules: [rule('r1')] }))).toEqual(['GatewayRuleNotHaPorts']);
    expect(errors(gateway({ loadBalancer: { name: 'gwlb', sku: 'Gateway', type: 'Public' } }))).toEqual(['GatewayFrontendNotPrivate']);
    // All with other ports has its own code already.
    expect(errors(gateway({ rules: [rule('r1', { protocol: 'All' })] }))).toEqual(['HaPortsRequiresZeroPorts']);
  });

  it('maps VXLAN through tunnel interfaces to the appliance, never a loopback, floating IP on or off', () => {
    for (const floatingIp of [true, false]) {
      const rows = computeMapping(gateway({ rules: [ha('r1', { floatingIp })] }));
      expect(rows.map((r) => [r.vm, r.destinationIp, r.listenOn, r.encapsulation])).toEqual([
        ['VM1', '10.0.0.4', 'none', 'vxlan'],
        ['VM2', '10.0.0.5', 'none', 'vxlan'],
      ]);
      expect(publicRow(rows[0]!)).toMatchObject({ encapsulation: 'vxlan' });
    }
    expect(deliversThroughTunnels(gateway())).toBe(true);
    expect(deliversThroughTunnels(topology())).toBe(false);
    expect('encapsulation' in publicRow(computeMapping(topology())[0]!)).toBe(false);
  });
});

describe('Basic load balancer', () => {
  const basic = (over: Partial<LbTopology> = {}) => topology({ loadBalancer: { name: 'lb', sku: 'Basic', type: 'Public' }, ...over });

  it('is retired: a warning with the upgrade path, pointing at the load balancer', () => {
    const [d] = withCode(basic(), 'BasicSkuRetired');
    expect(d).toMatchObject({ severity: 'warning', refs: [{ kind: 'loadBalancer', name: 'lb' }] });
    expect(messageOf(d!)).toContain('30 September 2025');
    expect(messageOf(d!, 'ja')).toContain('2025 年 9 月 30 日');
  });

  it('never had HTTPS probes, TCP reset or HA ports', () => {
    const https = basic({ probes: [{ name: 'p80', protocol: 'Https', port: 443, requestPath: '/' }] });
    expect(withCode(https, 'BasicSkuUnsupportedFeature').map((d) => d.refs[0])).toEqual([{ kind: 'probe', name: 'p80' }]);
    const natReset = basic({ inboundNatRules: [natRule('n', { enableTcpReset: true })] });
    expect(withCode(natReset, 'BasicSkuUnsupportedFeature').map((d) => d.refs[0])).toEqual([{ kind: 'natRule', name: 'n' }]);
    const haPorts = basic({ loadBalancer: { name: 'lb', sku: 'Basic', type: 'Internal' }, rules: [ha('r1')] });
    expect(errors(haPorts)).toContain('HaPortsRequiresInternalStandard');
    // The same features on Standard are fine.
    expect(
      withCode(topology({ probes: [{ name: 'p80', protocol: 'Https', port: 443, requestPath: '/' }] }), 'BasicSkuUnsupportedFeature'),
    ).toEqual([]);
  });
});

describe('probe settings', () => {
  const probe = (over = {}) => topology({ probes: [{ name: 'p80', protocol: 'Tcp', port: 80, ...over }] });

  it('warns on every port HTTP and HTTPS probes do not probe, and not for Tcp or other ports', () => {
    for (const port of [19, 21, 25, 70, 110, 119, 143, 220, 993]) {
      for (const protocol of ['Http', 'Https']) {
        expect(withCode(probe({ protocol, port, requestPath: '/' }), 'ProbePortNotProbed')).toHaveLength(1);
      }
      expect(withCode(probe({ port }), 'ProbePortNotProbed')).toEqual([]);
    }
    expect(withCode(probe({ protocol: 'Http', port: 80, requestPath: '/' }), 'ProbePortNotProbed')).toEqual([]);
  });

  it('refuses an interval under 5 seconds and a threshold under 1, and accepts the bounds', () => {
    expect(errors(probe({ intervalInSeconds: 1 }))).toEqual(['ProbeIntervalTooShort']);
    expect(errors(probe({ probeThreshold: -1 }))).toEqual(['ProbeThresholdTooLow']);
    expect(errors(probe({ intervalInSeconds: 5, probeThreshold: 1 }))).toEqual([]);
  });
});

// 5,000 VMs per case: a few seconds on a busy machine.
describe('backend IP configurations per frontend', { timeout: 30_000 }, () => {
  // Two rules over 5,000 VMs on FE1 make 10,000, the limit; one more rule of any kind on FE1 passes it.
  const vms = Array.from({ length: 5000 }, (_, i) => vm(`vm${i}`, `10.0.${i >> 8}.${i & 255}`));
  const full = (over: Partial<LbTopology> = {}) =>
    topology({
      vms,
      backendPools: [{ name: 'pool', members: vms.map((v) => v.name) }],
      rules: [rule('a'), rule('b', { frontendPort: 81, backendPort: 81 })],
      ...over,
    });

  it('counts inbound NAT rules with the load-balancing rules', () => {
    expect(withCode(full(), 'BackendIpConfigsPerFrontendExceeded')).toEqual([]);
    const nat = withCode(full({ inboundNatRules: [natRule('n', { target: 'vm0' })] }), 'BackendIpConfigsPerFrontendExceeded');
    expect(messageOf(nat[0]!)).toContain('10001');
    const elsewhere = full({ inboundNatRules: [natRule('n', { frontend: 'FE2', target: 'vm0' })] });
    expect(withCode(elsewhere, 'BackendIpConfigsPerFrontendExceeded')).toEqual([]);
  });

  it('counts outbound rules, once per frontend they use', () => {
    const outbound = (frontends: string[]) =>
      full({ outboundRules: [{ name: 'out', frontends, backendPool: 'pool', protocol: 'All' }] } as Partial<LbTopology>);
    expect(withCode(outbound(['FE2']), 'BackendIpConfigsPerFrontendExceeded')).toEqual([]);
    expect(withCode(outbound(['FE1', 'FE2']), 'BackendIpConfigsPerFrontendExceeded').map((d) => d.elements)).toEqual([['FE1']]);
  });
});

describe('two internal frontends on one private address', () => {
  const two = (type: 'Internal' | 'Public', ip2 = '10.0.1.10') =>
    topology({
      loadBalancer: { name: 'lb', sku: 'Standard', type },
      frontends: [
        { name: 'scs', ip: '10.0.1.10' },
        { name: 'ers', ip: ip2 },
      ],
    });

  it("is Azure's MultipleIpConfigsRequestSamePrivateIpAddress naming both frontends (Azure/sap-hana#552)", () => {
    const found = withCode(two('Internal'), 'MultipleIpConfigsRequestSamePrivateIpAddress');
    expect(found.map((d) => d.elements)).toEqual([['ers', 'scs']]);
    expect(messageOf(found[0]!, 'ja')).toContain('MultipleIpConfigsRequestSamePrivateIpAddress');
    expect(codesOf(two('Internal'))).not.toContain('DuplicateFrontendIp');
  });

  it('stays DuplicateFrontendIp on a public load balancer, and nothing with distinct addresses', () => {
    expect(codesOf(two('Public'))).toContain('DuplicateFrontendIp');
    expect(withCode(two('Internal', '10.0.1.11'), 'MultipleIpConfigsRequestSamePrivateIpAddress')).toEqual([]);
  });
});

describe('a public frontend on a VM instance public IP', () => {
  const withPip = (publicIp: string | boolean, type: 'Public' | 'Internal' = 'Public') =>
    topology({
      loadBalancer: { name: 'lb', sku: 'Standard', type },
      vms: [vm('VM1', '10.0.0.4', { nic: { name: 'eth0', ip: '10.0.0.4', publicIp } }), vm('VM2', '10.0.0.5')],
    });

  it("is Azure's PublicIPReferencedByMultipleIPConfigs, naming the frontend and the VM", () => {
    const found = withCode(withPip('203.0.113.1'), 'PublicIPReferencedByMultipleIPConfigs');
    expect(found.map((d) => d.elements)).toEqual([['FE1', 'VM1']]);
    expect(messageOf(found[0]!, 'ja')).toContain('インスタンス パブリック IP');
  });

  it('leaves an unknown public IP (true), another address and an internal load balancer alone', () => {
    for (const t of [withPip(true), withPip('203.0.113.9'), withPip('203.0.113.1', 'Internal')]) {
      expect(withCode(t, 'PublicIPReferencedByMultipleIPConfigs')).toEqual([]);
    }
  });
});
