import { describe, expect, it } from 'vitest';
import { natRule, rule, topology } from '../testing/builders';
import { preset } from '../testing/presets';
import { analyze } from '../validation/analyze';
import { generateScript } from './generate';
import { familiesOf, planVm } from './plan';

const planOf = (t: ReturnType<typeof topology>, vm: string) => {
  const a = analyze(t);
  return planVm(t, a.rows, vm, a.natRows);
};

describe('planVm', () => {
  it('type 2: both frontend IPs on the loopback, port 80 to each, probe ports to the NIC IP', () => {
    const p = planOf(preset('type2-floating-ip'), 'VM2');
    expect(p.loopback).toEqual([
      { ip: '65.52.0.1', family: 4, rules: ['rule1'] },
      { ip: '65.52.0.2', family: 4, rules: ['rule2'] },
    ]);
    expect(p.openings.map((o) => `${o.kind} ${o.protocol} ${o.port} ${o.address}`)).toEqual([
      'rule tcp 80 65.52.0.1',
      'probe tcp 8081 10.0.0.5',
      'rule tcp 80 65.52.0.2',
      'probe tcp 8082 10.0.0.5',
    ]);
    expect(p.rules).toEqual(['rule1', 'rule2']);
  });
  it('type 1 (no floating IP): nothing on the loopback, ports opened on the NIC IP', () => {
    const p = planOf(preset('type1-no-port-reuse'), 'VM1');
    expect(p.loopback).toEqual([]);
    expect(p.openings.filter((o) => o.kind === 'rule').map((o) => `${o.port} ${o.address}`)).toEqual(['80 10.0.0.4', '81 10.0.0.4']);
  });
  it('HA ports open every protocol and port; one address shared by two rules is listed once', () => {
    // Every member holds the frontend IP here; the NVA preset's appliances forward and open no listener.
    const ha = topology({
      loadBalancer: { name: 'lb', sku: 'Standard', type: 'Internal' },
      frontends: [{ name: 'FE1', ip: '10.0.2.10' }],
      rules: [rule('ha', { protocol: 'All', frontendPort: 0, backendPort: 0, floatingIp: true })],
    });
    expect(planOf(ha, 'VM1').openings[0]).toMatchObject({ protocol: 'any', port: 0, address: '10.0.2.10' });
    const t = topology({
      rules: [rule('r1', { floatingIp: true }), rule('r2', { frontendPort: 81, backendPort: 81, floatingIp: true, protocol: 'Udp' })],
    });
    const p = planOf(t, 'VM1');
    expect(p.loopback).toEqual([{ ip: '203.0.113.1', family: 4, rules: ['r1', 'r2'] }]);
    expect(p.probes).toEqual([{ name: 'p80', protocol: 'Tcp', port: 80, address: '10.0.0.4' }]);
    expect(p.openings.filter((o) => o.kind === 'probe')).toHaveLength(1);
  });
  it('IPv6 frontends give family 6; an unknown VM throws', () => {
    const t = topology({
      frontends: [{ name: 'FE1', ip: '2001:db8::10' }],
      vms: [{ name: 'VM1', os: 'ubuntu', nic: { name: 'eth0', ip: '10.0.0.4', secondaryIps: ['2001:db8::4'] } }],
      backendPools: [{ name: 'pool', members: [{ vm: 'VM1', ip: '2001:db8::4' }] }],
      rules: [rule('r1', { floatingIp: true })],
    });
    const p = planOf(t, 'VM1');
    expect(p.loopback).toEqual([{ ip: '2001:db8::10', family: 6, rules: ['r1'] }]);
    expect(familiesOf(p)).toEqual([6]);
    expect(() => planOf(t, 'nope')).toThrow(/no VM named "nope"/);
  });
});

describe('planVm with inbound NAT rules', () => {
  it('a floating NAT rule puts its frontend IP on the loopback like a floating rule, and opens its backend port there', () => {
    const t = topology({
      rules: [rule('r1', { floatingIp: true })],
      inboundNatRules: [
        natRule('ssh', { floatingIp: true, frontendPort: 2201, backendPort: 22 }),
        natRule('ssh6', { frontend: 'FE2', floatingIp: true, frontendPort: 22, backendPort: 22 }),
      ],
    });
    const p = planOf(t, 'VM1');
    expect(p.loopback).toEqual([
      { ip: '203.0.113.1', family: 4, rules: ['r1'], natRules: ['ssh'] },
      { ip: '203.0.113.2', family: 4, rules: [], natRules: ['ssh6'] },
    ]);
    expect(p.openings.filter((o) => o.kind === 'rule').map((o) => `${o.protocol} ${o.port} ${o.address} ${o.reasons.join(',')}`)).toEqual([
      'tcp 80 203.0.113.1 r1',
      'tcp 22 203.0.113.1 NAT rule ssh',
      'tcp 22 203.0.113.2 NAT rule ssh6',
    ]);
    expect(p.rules).toEqual(['r1']);
    expect(p.natRules).toEqual(['ssh', 'ssh6']);
    expect(p.listens.filter((l) => l.natRule).map((l) => `${l.rule} ${l.address}:${l.port} ${l.on}`)).toEqual([
      'ssh 203.0.113.1:22 loopback',
      'ssh6 203.0.113.2:22 loopback',
    ]);
    // The other VM is not the target: it gets nothing from the NAT rules.
    expect(planOf(t, 'VM2').natRules).toEqual([]);
  });

  it('a non-floating NAT rule opens its backend port on the NIC IP (shared with a rule as one opening) and adds no loopback address', () => {
    const t = topology({ inboundNatRules: [natRule('web', { frontendPort: 8080, backendPort: 80, protocol: 'All' }), natRule('rdp')] });
    const p = planOf(t, 'VM1');
    expect(p.loopback).toEqual([]);
    expect(p.openings.filter((o) => o.kind === 'rule').map((o) => `${o.protocol} ${o.port} ${o.address} ${o.reasons.join(',')}`)).toEqual([
      'tcp 80 10.0.0.4 r1,NAT rule web',
      'udp 80 10.0.0.4 NAT rule web',
      'tcp 3389 10.0.0.4 NAT rule rdp',
    ]);
    expect(p.probes.map((x) => x.name)).toEqual(['p80']);
  });

  it('a VM reached only by a NAT rule has something to configure, and its script names the NAT rule', () => {
    const t = topology({
      backendPools: [{ name: 'pool', members: ['VM2'] }],
      inboundNatRules: [natRule('ssh', { floatingIp: true, frontendPort: 22, backendPort: 22 })],
    });
    const r = generateScript(t, 'VM1', { flavor: 'ubuntu' });
    expect(r.diagnostics.map((d) => d.code)).not.toContain('NothingToConfigure');
    expect(r.text).toContain("  'NAT rule ssh' 'FE1' 203.0.113.1 Tcp 22 203.0.113.1 22 loopback\n");
    expect(r.text).toContain('readonly -a LOOPBACK=(\n  203.0.113.1/32\n)');
    expect(r.text).toContain("  tcp 22 203.0.113.1 'NAT rule ssh'\n");
  });

  it('Windows firewall rules describe a NAT rule as such, after the rules it shares the opening with', () => {
    const t = topology({ inboundNatRules: [natRule('web', { frontendPort: 8080, backendPort: 80 }), natRule('rdp')] });
    const r = generateScript(t, 'VM1', { flavor: 'windows-powershell' });
    expect(r.text).toContain("'Floatplan: rule r1, NAT rule web'");
    expect(r.text).toContain("'Floatplan: NAT rule rdp'");
  });

  it('checks NAT rule names a script prints like rule names', () => {
    const t = topology({ inboundNatRules: [natRule('a&b')] });
    const r = generateScript(t, 'VM1', { flavor: 'windows-netsh' });
    expect(r.diagnostics.find((d) => d.code === 'UnsafeScriptValue')?.elements).toEqual(['a&b']);
  });
});
