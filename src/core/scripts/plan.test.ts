import { describe, expect, it } from 'vitest';
import { rule, topology } from '../testing/builders';
import { preset } from '../testing/presets';
import { analyze } from '../validation/analyze';
import { familiesOf, planVm } from './plan';

const planOf = (t: ReturnType<typeof topology>, vm: string) => planVm(t, analyze(t).rows, vm);

describe('planVm', () => {
  it('type 2: both frontend IPs on the loopback, port 80 to each, probe ports to the NIC IP', () => {
    const p = planOf(preset('type2-floating-ip'), 'VM2');
    expect(p.loopback).toEqual([
      { ip: '65.52.0.1', family: 4, rules: ['rule1'] },
      { ip: '65.52.0.2', family: 4, rules: ['rule2'] },
    ]);
    expect(p.openings.map((o) => `${o.kind} ${o.protocol} ${o.port} ${o.address}`)).toEqual([
      'rule tcp 80 65.52.0.1', 'probe tcp 8081 10.0.0.5', 'rule tcp 80 65.52.0.2', 'probe tcp 8082 10.0.0.5',
    ]);
    expect(p.rules).toEqual(['rule1', 'rule2']);
  });
  it('type 1 (no floating IP): nothing on the loopback, ports opened on the NIC IP', () => {
    const p = planOf(preset('type1-no-port-reuse'), 'VM1');
    expect(p.loopback).toEqual([]);
    expect(p.openings.filter((o) => o.kind === 'rule').map((o) => `${o.port} ${o.address}`)).toEqual(['80 10.0.0.4', '81 10.0.0.4']);
  });
  it('HA ports open every protocol and port; one address shared by two rules is listed once', () => {
    expect(planOf(preset('nva-ha-ports'), 'nva1').openings[0]).toMatchObject({ protocol: 'any', port: 0, address: '10.0.2.10' });
    const t = topology({ rules: [rule('r1', { floatingIp: true }), rule('r2', { frontendPort: 81, backendPort: 81, floatingIp: true, protocol: 'Udp' })] });
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
