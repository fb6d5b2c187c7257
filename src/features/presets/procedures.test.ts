// The presets that follow Microsoft's procedures (issue 14), checked point by point against what those procedures say
// (reference §0 and §2.7): who holds the frontend IP, the rules' settings and the probe ports.
import { describe, expect, it } from 'vitest';
import { computeMapping } from '../../core/mapping/mapping';
import { isHaPorts } from '../../core/model/protocol';
import { preset } from '../../core/testing/presets';
import { analyze } from '../../core/validation/analyze';

const problems = (name: string) =>
  analyze(preset(name))
    .diagnostics.filter((d) => d.severity !== 'info')
    .map((d) => d.code);
const probePort = (t: ReturnType<typeof preset>, rule: string) =>
  t.probes.find((p) => p.name === t.rules.find((r) => r.name === rule)!.probe)!.port;

describe('presets that follow Microsoft’s procedures', () => {
  it('SQL Server Always On listener: a WSFC holds it (no loopback), TCP 1433 with floating IP, probe 59999; core IP probe 58888', () => {
    const t = preset('sql-always-on');
    expect(t.backendPools.map((p) => p.frontendIpHolder)).toEqual(['cluster-windows']);
    const listener = t.rules.find((r) => r.frontendPort === 1433)!;
    expect(listener).toMatchObject({ protocol: 'Tcp', backendPort: 1433, floatingIp: true, idleTimeoutMinutes: 4 });
    expect(probePort(t, listener.name)).toBe(59999);
    // "The port for the availability group listener's health probe has to be different from the port for the cluster
    // core IP address's health probe."
    const core = t.rules.find((r) => r !== listener)!;
    expect(core.frontend).not.toBe(listener.frontend);
    expect(probePort(t, core.name)).toBe(58888);
    expect(t.probes.every((p) => p.protocol === 'Tcp' && p.intervalInSeconds === 5)).toBe(true);
    expect(t.vms.every((v) => v.os === 'windows')).toBe(true);
    expect(new Set(computeMapping(t).map((r) => r.listenOn))).toEqual(new Set(['cluster']));
    expect(problems('sql-always-on')).toEqual([]);
  });

  it('SAP ASCS/ERS: Pacemaker, two frontends, HA-ports floating rules, idle 30, TCP reset, probes 620<nr> and 621<nr>', () => {
    const t = preset('sap-ascs-ers');
    expect(t.backendPools.map((p) => p.frontendIpHolder)).toEqual(['cluster-pacemaker']);
    expect(t.loadBalancer).toMatchObject({ sku: 'Standard', type: 'Internal' });
    expect(t.frontends).toHaveLength(2);
    expect(new Set(t.rules.map((r) => r.frontend)).size).toBe(2);
    for (const r of t.rules) {
      expect(isHaPorts(r), r.name).toBe(true);
      expect(r).toMatchObject({ floatingIp: true, idleTimeoutMinutes: 30, enableTcpReset: true });
    }
    // Instance numbers 00 (ASCS) and 01 (ERS).
    expect(t.rules.map((r) => probePort(t, r.name))).toEqual([62000, 62101]);
    expect(t.vms.map((v) => v.os)).toEqual(['suse', 'suse']);
    expect(t.description).toContain('net.ipv4.tcp_timestamps = 0');
    expect(problems('sap-ascs-ers')).toEqual([]);
  });

  it('NVAs behind HA ports: appliances that forward, floating IP off as in the HA-ports quickstart, the reason given', () => {
    const t = preset('nva-ha-ports');
    expect(t.backendPools.map((p) => p.frontendIpHolder)).toEqual(['appliance']);
    expect(t.rules).toHaveLength(1);
    expect(isHaPorts(t.rules[0]!)).toBe(true);
    expect(t.rules[0]!.floatingIp).toBe(false);
    expect(t.description).toMatch(/Floating IP is off/);
    expect(t.description).toMatch(/original destination/);
    expect(new Set(computeMapping(t).map((r) => r.listenOn))).toEqual(new Set(['none']));
    expect(problems('nva-ha-ports')).toEqual([]);
  });
});
