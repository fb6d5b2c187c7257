import { describe, expect, it } from 'vitest';
import { render } from '../i18n/text';
import { natRule, rule, topology, vm } from '../testing/builders';
import { preset } from '../testing/presets';
import { generateScript } from '../scripts/generate';
import type { LbTopology } from '../topology/schema';
import { analyze } from '../validation/analyze';
import { guestSummaries, guestSummary } from './summary';

const summaryOf = (t: LbTopology, name: string) => guestSummary(t, analyze(t), name);

describe('guestSummary', () => {
  it('floating IP on, two frontends: both IPs on the loopback, port 80 on each, two probe ports on the NIC', () => {
    const s = summaryOf(preset('type2-floating-ip'), 'VM1');
    expect(s.holder).toBe('every-member');
    expect(s.addresses).toEqual([
      { ip: '65.52.0.1', family: 4, on: 'loopback', interface: 'Loopback Pseudo-Interface 1', rules: ['rule1'] },
      { ip: '65.52.0.2', family: 4, on: 'loopback', interface: 'Loopback Pseudo-Interface 1', rules: ['rule2'] },
    ]);
    expect(s.listens.map((l) => `${l.address}:${l.port} ${l.on}`)).toEqual(['65.52.0.1:80 loopback', '65.52.0.2:80 loopback']);
    expect(s.probes).toEqual([
      { name: 'health1', protocol: 'Tcp', port: 8081, address: '10.0.0.4' },
      { name: 'health2', protocol: 'Tcp', port: 8082, address: '10.0.0.4' },
    ]);
    expect(s.script).toEqual({ flavor: 'windows-powershell', fileName: 'VM1.windows-powershell.ps1' });
    // A Linux VM's loopback is lo.
    expect(summaryOf(preset('type2-floating-ip'), 'VM2').addresses.map((a) => a.interface)).toEqual(['lo', 'lo']);
  });

  it('floating IP off: nothing to hold, the service listens on the NIC address', () => {
    const s = summaryOf(preset('type1-no-port-reuse'), 'VM1');
    expect(s.addresses).toEqual([]);
    expect(s.listens.map((l) => `${l.address}:${l.port} ${l.on}`)).toEqual(['10.0.0.4:80 nic', '10.0.0.4:81 nic']);
  });

  it('names the script the Scripts tab writes for the VM by default', () => {
    for (const name of ['VM1', 'VM2']) {
      const t = preset('type2-floating-ip');
      const s = summaryOf(t, name);
      expect(generateScript(t, name, { flavor: s.script.flavor }).fileName).toBe(s.script.fileName);
    }
  });

  it('one address shared by two rules is held once and lists both; protocols stay apart', () => {
    const t = topology({
      rules: [rule('r1', { floatingIp: true }), rule('r2', { frontendPort: 81, backendPort: 81, floatingIp: true, protocol: 'Udp' })],
    });
    const s = summaryOf(t, 'VM1');
    expect(s.addresses).toEqual([{ ip: '203.0.113.1', family: 4, on: 'loopback', interface: 'lo', rules: ['r1', 'r2'] }]);
    expect(s.listens.map((l) => `${l.protocol} ${l.address}:${l.port}`)).toEqual(['Tcp 203.0.113.1:80', 'Udp 203.0.113.1:81']);
    expect(s.probes).toEqual([{ name: 'p80', protocol: 'Tcp', port: 80, address: '10.0.0.4' }]);
  });

  it('a floating inbound NAT rule adds its frontend IP to the loopback and its port to the listens', () => {
    const t = topology({ rules: [], inboundNatRules: [natRule('ssh', { frontend: 'FE2', backendPort: 22, floatingIp: true })] });
    const s = summaryOf(t, 'VM1');
    expect(s.addresses.map((a) => `${a.ip} ${a.rules.join(',')}`)).toEqual(['203.0.113.2 ssh']);
    expect(s.listens).toEqual([{ address: '203.0.113.2', port: 22, protocol: 'Tcp', on: 'loopback', rules: ['NAT ssh'] }]);
    expect(s.natRules).toEqual(['ssh']);
    expect(s.holder).toBe('every-member');
    expect(summaryOf(t, 'VM2').addresses).toEqual([]);
  });

  it('a Windows cluster holds the frontend IP on the active node NIC, not on a loopback, and names its peers', () => {
    const t = preset('sql-always-on');
    const s = summaryOf(t, 'sql1');
    expect(s.holder).toBe('cluster-windows');
    expect(s.addresses.length).toBeGreaterThan(0);
    expect(s.addresses.every((a) => a.on === 'cluster' && a.interface === t.vms[0]!.nic.name)).toBe(true);
    expect(s.listens.every((l) => l.on === 'cluster')).toBe(true);
    expect(s.peers).toEqual(['sql2']);
  });

  it('an appliance (NVA) holds nothing and listens on nothing; it forwards', () => {
    const s = summaryOf(preset('nva-ha-ports'), 'nva1');
    expect(s.holder).toBe('appliance');
    expect(s.addresses).toEqual([]);
    expect(s.listens.every((l) => l.on === 'none' && l.port === 0)).toBe(true);
    expect(s.peers).toEqual(['nva2']);
    expect(s.script.flavor).toBe('ubuntu');
  });

  it('pools with different holders make a mixed summary; a VM no rule reaches has none', () => {
    const t = topology({
      backendPools: [
        { name: 'pool', members: ['VM1'] },
        { name: 'nva', members: ['VM1'], frontendIpHolder: 'appliance' },
      ],
      rules: [rule('r1', { floatingIp: true }), rule('r2', { backendPool: 'nva', frontendPort: 81, backendPort: 81, floatingIp: true })],
    });
    expect(summaryOf(t, 'VM1').holder).toBe('mixed');
    const idle = summaryOf(t, 'VM2');
    expect(idle).toMatchObject({ holder: undefined, addresses: [], listens: [], probes: [], rules: [] });
  });

  it('says why no script is written when a placeholder value would go into the guest', () => {
    const marker = { field: 'ip', reason: 'unresolved', source: "[parameters('ip')]" } as const;
    const t = topology({
      frontends: [{ name: 'FE1', ip: '198.51.100.10', placeholders: [marker] }],
      rules: [rule('r1', { floatingIp: true })],
    });
    const s = summaryOf(t, 'VM1');
    expect(s.addresses.map((a) => a.ip)).toEqual(['198.51.100.10']);
    expect(render(s.script.refused!, 'en')).toContain('No script for the VM "VM1"');
    expect(summaryOf(preset('type2-floating-ip'), 'VM1').script.refused).toBeUndefined();
  });

  it('a Gateway load balancer puts nothing on a loopback', () => {
    const t = topology({
      loadBalancer: { name: 'gw', sku: 'Gateway', type: 'Internal' },
      frontends: [{ name: 'FE1', ip: '10.0.2.10' }],
      rules: [rule('ha', { protocol: 'All', frontendPort: 0, backendPort: 0, floatingIp: true })],
      vms: [vm('VM1', '10.0.0.4'), vm('VM2', '10.0.0.5')],
    });
    const s = summaryOf(t, 'VM1');
    expect(s.gateway).toBe(true);
    expect(s.addresses).toEqual([]);
  });

  it('agrees with the planner over every row, whether the rows are built on demand or a plain array', () => {
    for (const name of ['type2-floating-ip', 'sql-always-on', 'nva-ha-ports', 'sap-ascs-ers']) {
      const t = preset(name);
      const a = analyze(t);
      const names = t.vms.map((v) => v.name);
      const shared = guestSummaries(t, a, names);
      expect(names.map((n) => guestSummary(t, a, n))).toEqual(shared);
      expect(names.map((n) => guestSummary(t, { rows: [...a.rows], natRows: a.natRows }, n))).toEqual(shared);
    }
    expect(guestSummaries(preset('type2-floating-ip'), analyze(preset('type2-floating-ip')), ['nope'])).toEqual([]);
  });

  it('throws for a VM the topology does not have', () => {
    const t = preset('type2-floating-ip');
    expect(() => guestSummary(t, analyze(t), 'VM9')).toThrow(RangeError);
  });
});
