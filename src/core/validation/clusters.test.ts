import { describe, expect, it } from 'vitest';
import { rule, topology, withCode } from '../testing/builders';
import type { LbTopology } from '../topology/schema';
import { messageOf } from '../diagnostics/diagnostic';

const internal = { name: 'lb', sku: 'Standard', type: 'Internal' } as const;
const probes = [
  { name: 'listener', protocol: 'Tcp', port: 59999 },
  { name: 'core', protocol: 'Tcp', port: 59999 },
];
const cluster = (holder: 'cluster-windows' | 'cluster-pacemaker', over: Partial<LbTopology> = {}) =>
  topology({
    loadBalancer: internal,
    frontends: [
      { name: 'FE1', ip: '10.0.1.10' },
      { name: 'FE2', ip: '10.0.1.11' },
    ],
    backendPools: [{ name: 'sql', members: ['VM1', 'VM2'], frontendIpHolder: holder }],
    probes,
    rules: [rule('listener', { backendPool: 'sql', frontendPort: 1433, backendPort: 1433, floatingIp: true, probe: 'listener' })],
    ...over,
  });

describe('cluster pools', () => {
  it('names both frontends and probes when the listener and the core IP probe one port (Learn: the ports must differ)', () => {
    const t = cluster('cluster-windows', {
      rules: [
        rule('listener', { backendPool: 'sql', frontendPort: 1433, backendPort: 1433, floatingIp: true, probe: 'listener' }),
        rule('core', { backendPool: 'sql', frontend: 'FE2', frontendPort: 58888, backendPort: 58888, floatingIp: true, probe: 'core' }),
      ],
    });
    const [d, ...rest] = withCode(t, 'ClusterProbePortShared');
    expect(rest).toEqual([]);
    expect(d!.refs).toEqual([
      { kind: 'backendPool', name: 'sql' },
      { kind: 'frontend', name: 'FE1' },
      { kind: 'frontend', name: 'FE2' },
      { kind: 'probe', name: 'core' },
      { kind: 'probe', name: 'listener' },
    ]);
    expect(messageOf(d!)).toContain('port 59999');
    expect(d!.source).toContain('availability-group-load-balancer');
  });

  it('lets two clusters in different pools reuse one probe port', () => {
    const t = cluster('cluster-windows', {
      backendPools: [
        { name: 'sql', members: ['VM1'], frontendIpHolder: 'cluster-windows' },
        { name: 'sql2', members: ['VM2'], frontendIpHolder: 'cluster-windows' },
      ],
      rules: [
        rule('a', { backendPool: 'sql', frontendPort: 1433, backendPort: 1433, floatingIp: true, probe: 'listener' }),
        rule('b', { backendPool: 'sql2', frontend: 'FE2', frontendPort: 1433, backendPort: 1433, floatingIp: true, probe: 'core' }),
      ],
    });
    expect(withCode(t, 'ClusterProbePortShared')).toEqual([]);
  });

  it('compares probes across pools of the same nodes: two listeners of one WSFC, each with its own pool', () => {
    const t = cluster('cluster-windows', {
      backendPools: [
        { name: 'ag1', members: ['VM1', 'VM2'], frontendIpHolder: 'cluster-windows' },
        { name: 'ag2', members: ['VM2', 'VM1'], frontendIpHolder: 'cluster-windows' },
      ],
      rules: [
        rule('a', { backendPool: 'ag1', frontendPort: 1433, backendPort: 1433, floatingIp: true, probe: 'listener' }),
        rule('b', { backendPool: 'ag2', frontend: 'FE2', frontendPort: 1433, backendPort: 1433, floatingIp: true, probe: 'core' }),
      ],
    });
    const [d] = withCode(t, 'ClusterProbePortShared');
    expect(d!.elements.slice(0, 4)).toEqual(['ag1', 'ag2', 'FE1', 'FE2']);
    expect(messageOf(d!)).toContain('backend pools ag1 and ag2, which have the same nodes');
  });

  it('does not apply cluster checks to an every-member pool', () => {
    const t = cluster('cluster-windows');
    t.backendPools[0] = { name: 'sql', members: ['VM1'] };
    t.rules.push(rule('other', { backendPool: 'sql', frontendPort: 5022, backendPort: 5022, floatingIp: false, probe: 'core' }));
    for (const code of ['ClusterRulesUseDifferentProbes', 'ClusterFloatingIpDisabled', 'ClusterSingleMember'] as const) {
      expect(withCode(t, code)).toEqual([]);
    }
  });

  it('reports a rule without a probe beside a probed one on the same cluster frontend', () => {
    const t = cluster('cluster-pacemaker');
    t.rules.push(rule('nfs', { backendPool: 'sql', frontendPort: 2049, backendPort: 2049, floatingIp: true, probe: undefined }));
    const [d] = withCode(t, 'ClusterRulesUseDifferentProbes');
    expect(d!.text.key).toBe('validation.ClusterRulesUseDifferentProbes.someNone');
    expect(d!.source).toContain('high-availability-guide');
  });

  it('applies the SAP idle timeout and TCP reset advice to Pacemaker pools only, and TCP reset not to Udp', () => {
    expect(withCode(cluster('cluster-windows'), 'PacemakerIdleTimeout')).toEqual([]);
    expect(messageOf(withCode(cluster('cluster-pacemaker'), 'PacemakerIdleTimeout')[0]!)).toContain('idle timeout of 4 minutes');
    const udp = cluster('cluster-pacemaker', {
      rules: [rule('u', { backendPool: 'sql', protocol: 'Udp', floatingIp: true, probe: 'listener', idleTimeoutMinutes: 30 })],
    });
    expect(withCode(udp, 'PacemakerTcpResetDisabled')).toEqual([]);
    expect(withCode(udp, 'PacemakerIdleTimeout')).toEqual([]);
  });

  it('tells cluster and appliance pools not to put the frontend IP on every loopback, in English and Japanese', () => {
    const [d] = withCode(cluster('cluster-windows'), 'FloatingIpGuestConfigRequired');
    expect(messageOf(d!)).toContain('only the active node may hold 10.0.1.10');
    expect(messageOf(d!)).toContain('WSFC cluster');
    expect(messageOf(d!, 'ja')).toContain('アクティブ ノード');
    const nva = cluster('cluster-windows');
    nva.backendPools[0] = { name: 'sql', members: ['VM1', 'VM2'], frontendIpHolder: 'appliance' };
    expect(messageOf(withCode(nva, 'FloatingIpGuestConfigRequired')[0]!)).toContain('the appliances listen on nothing');
    expect(messageOf(withCode(cluster('cluster-pacemaker'), 'FloatingIpOutboundLimitation')[0]!)).toContain(
      'the address the cluster adds on the active node',
    );
    expect(withCode(nva, 'FloatingIpOutboundLimitation')).toEqual([]);
    const plain = cluster('cluster-windows');
    plain.backendPools[0] = { name: 'sql', members: ['VM1', 'VM2'] };
    expect(messageOf(withCode(plain, 'FloatingIpGuestConfigRequired')[0]!)).toContain('on a loopback interface');
  });
});
