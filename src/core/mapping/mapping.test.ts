import { describe, expect, it } from 'vitest';
import { rule, topology, vm } from '../testing/builders';
import { preset } from '../testing/presets';
import { computeMapping } from './mapping';

const table = (rows: ReturnType<typeof computeMapping>) =>
  rows.map((r) => [r.rule, r.frontendIp, r.protocol, r.frontendPort, r.vm, r.destinationIp, r.destinationPort, r.listenOn]);

describe("computeMapping — the source page's tables", () => {
  it('rule type 1 (floating IP off): each VM receives its own IP (BIP) on port 80 or 81', () => {
    expect(table(computeMapping(preset('type1-no-port-reuse')))).toEqual([
      ['rule1', '65.52.0.1', 'Tcp', 80, 'VM1', '10.0.0.4', 80, 'nic'],
      ['rule1', '65.52.0.1', 'Tcp', 80, 'VM2', '10.0.0.5', 80, 'nic'],
      ['rule2', '65.52.0.2', 'Tcp', 80, 'VM1', '10.0.0.4', 81, 'nic'],
      ['rule2', '65.52.0.2', 'Tcp', 80, 'VM2', '10.0.0.5', 81, 'nic'],
    ]);
  });

  it('rule type 2 (floating IP on): the destination is the same as the frontend', () => {
    const rows = computeMapping(preset('type2-floating-ip'));
    expect(table(rows)).toEqual([
      ['rule1', '65.52.0.1', 'Tcp', 80, 'VM1', '65.52.0.1', 80, 'loopback'],
      ['rule1', '65.52.0.1', 'Tcp', 80, 'VM2', '65.52.0.1', 80, 'loopback'],
      ['rule2', '65.52.0.2', 'Tcp', 80, 'VM1', '65.52.0.2', 80, 'loopback'],
      ['rule2', '65.52.0.2', 'Tcp', 80, 'VM2', '65.52.0.2', 80, 'loopback'],
    ]);
    for (const r of rows) {
      expect(r.destinationIp).toBe(r.frontendIp);
      expect(r.destinationPort).toBe(r.frontendPort);
      expect(r.listenIp).toBe(r.frontendIp);
    }
  });
});

describe('computeMapping — members', () => {
  it('delivers a floating rule with a different backend port to the frontend IP on the backend port', () => {
    const rows = computeMapping(topology({ rules: [rule('r', { floatingIp: true, frontendPort: 80, backendPort: 8080 })] }));
    expect(rows.map((r) => `${r.destinationIp}:${r.destinationPort}`)).toEqual(['203.0.113.1:8080', '203.0.113.1:8080']);
  });

  it('uses the IPv6 ipconfig of a dual-stack VM for an IPv6 frontend, and an explicit secondary member as listed', () => {
    const t = topology({
      frontends: [
        { name: 'FE1', ip: '2001:DB8::1' },
        { name: 'FE2', ip: '203.0.113.2' },
      ],
      backendPools: [
        { name: 'pool', members: ['VM1'] },
        { name: 'p2', members: [{ vm: 'VM1', ip: '10.0.0.15' }] },
      ],
      vms: [vm('VM1', '10.0.0.4', { nic: { name: 'eth0', ip: '10.0.0.4', secondaryIps: ['10.0.0.15', '2001:db8:1::4'] } })],
      rules: [rule('v6'), rule('v4', { frontend: 'FE2', backendPool: 'p2' })],
    });
    expect(computeMapping(t).map((r) => [r.rule, r.memberIp, r.destinationIp, r.config.primary])).toEqual([
      ['v6', '2001:db8:1::4', '2001:db8:1::4', false],
      ['v4', '10.0.0.15', '10.0.0.15', false],
    ]);
  });

  it('skips rules whose frontend or pool is missing (validation reports them) and duplicate members', () => {
    const t = topology({
      backendPools: [{ name: 'pool', members: ['VM1', 'VM1', 'ghost'] }],
      rules: [rule('ok'), rule('noFe', { frontend: 'nope' }), rule('noPool', { backendPool: 'nope' })],
    });
    expect(computeMapping(t).map((r) => `${r.rule}/${r.vm}`)).toEqual(['ok/VM1']);
  });
});
