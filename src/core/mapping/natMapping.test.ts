import { describe, expect, it } from 'vitest';
import { natRule, topology, vm } from '../testing/builders';
import { mapNatRules, publicNatRow } from './natMapping';

const table = (rows: ReturnType<typeof mapNatRules>) =>
  rows.map((r) => [
    r.natRule,
    r.frontendIp,
    r.protocol,
    r.frontendPort,
    r.vm,
    r.memberIp,
    r.destinationIp,
    r.destinationPort,
    r.listenIp,
    r.listenOn,
  ]);

describe('mapNatRules', () => {
  it('floating IP off: the target receives its own NIC IP on the backend port', () => {
    const t = topology({ inboundNatRules: [natRule('rdp-vm1'), natRule('rdp-vm2', { frontendPort: 50002, target: 'VM2' })] });
    expect(table(mapNatRules(t))).toEqual([
      ['rdp-vm1', '203.0.113.1', 'Tcp', 50001, 'VM1', '10.0.0.4', '10.0.0.4', 3389, '10.0.0.4', 'nic'],
      ['rdp-vm2', '203.0.113.1', 'Tcp', 50002, 'VM2', '10.0.0.5', '10.0.0.5', 3389, '10.0.0.5', 'nic'],
    ]);
  });

  it('floating IP on: the target receives the frontend IP on the backend port, on its loopback', () => {
    const t = topology({ inboundNatRules: [natRule('n', { frontend: 'FE2', frontendPort: 443, backendPort: 8443, floatingIp: true })] });
    expect(table(mapNatRules(t))).toEqual([
      ['n', '203.0.113.2', 'Tcp', 443, 'VM1', '10.0.0.4', '203.0.113.2', 8443, '203.0.113.2', 'loopback'],
    ]);
  });

  it('resolves targets like pool members: a VM name is the ipconfig of the frontend family, { vm, ip } that exact ipconfig', () => {
    const t = topology({
      frontends: [
        { name: 'FE1', ip: '203.0.113.1' },
        { name: 'FE6', ip: '2001:DB8::1' },
      ],
      vms: [vm('VM1', '10.0.0.4', { nic: { name: 'eth0', ip: '10.0.0.4', secondaryIps: ['10.0.0.15', '2001:db8:1::4'] } })],
      inboundNatRules: [natRule('v6', { frontend: 'FE6' }), natRule('secondary', { target: { vm: 'VM1', ip: '10.0.0.15' } })],
    });
    expect(mapNatRules(t).map((r) => [r.natRule, r.frontendIp, r.memberIp, r.config.primary])).toEqual([
      ['v6', '2001:db8::1', '2001:db8:1::4', false],
      ['secondary', '203.0.113.1', '10.0.0.15', false],
    ]);
  });

  it('skips rules that are not connected or whose frontend, VM, address or family is missing (validation reports them)', () => {
    const t = topology({
      frontends: [
        { name: 'FE1', ip: '203.0.113.1' },
        { name: 'bad', ip: 'nope' },
        { name: 'FE6', ip: '2001:db8::1' },
      ],
      inboundNatRules: [
        natRule('ok'),
        natRule('noFrontend', { frontend: '' }),
        natRule('badFrontend', { frontend: 'bad' }),
        natRule('noTarget', { target: undefined }),
        natRule('ghost', { target: 'ghost' }),
        natRule('noSuchIp', { target: { vm: 'VM1', ip: '10.0.0.99' } }),
        natRule('noV6', { frontend: 'FE6' }),
      ],
    });
    expect(mapNatRules(t).map((r) => r.natRule)).toEqual(['ok']);
  });

  it('maps nothing for a topology without inbound NAT rules', () => {
    expect(mapNatRules(topology())).toEqual([]);
  });

  it('publicNatRow leaves out the internal references', () => {
    const [row] = mapNatRules(topology({ inboundNatRules: [natRule('n')] }));
    expect(Object.keys(publicNatRow(row!))).toEqual([
      'natRule',
      'frontend',
      'frontendIp',
      'protocol',
      'frontendPort',
      'vm',
      'memberIp',
      'destinationIp',
      'destinationPort',
      'floatingIp',
      'listenIp',
      'listenOn',
    ]);
  });
});
