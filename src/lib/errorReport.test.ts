import { describe, expect, it } from 'vitest';
import { presetTopology } from '../core/testing/presets';
import type { Topology } from '../core/topology/schema';
import { APP_VERSION, errorReport, errorText, topologyShape } from './errorReport';

const t = presetTopology('type2-floating-ip');

describe('error report', () => {
  it('names the error, its stack, the version and the topology shape, with no name or address', () => {
    const error = new TypeError("Cannot read properties of null (reading '1')");
    const report = errorReport({ area: 'trace', error, componentStack: '\n    at TracePanel', shape: topologyShape(t) });
    expect(report).toContain(`App version: ${APP_VERSION}`);
    expect(APP_VERSION).toMatch(/^\d+\.\d+\.\d+/);
    expect(report).toContain("Error: TypeError: Cannot read properties of null (reading '1')");
    expect(report).toContain('  at TracePanel');
    expect(report).toContain(error.stack!.split('\n')[1]!.trim());
    for (const secret of ['rule1', 'VM1', 'FIP1', 'health1', '65.52.0.1', '10.0.0.4', 'lb ']) expect(report).not.toContain(secret);
  });

  it('adds the topology only when it is given (the user consented)', () => {
    const report = errorReport({ area: 'canvas', error: new Error('x'), shape: '', topology: t });
    expect(report).toContain('Topology (included with consent):');
    expect(report).toContain('"name": "rule1"');
  });

  it('summarises counts, families and out-of-range ports', () => {
    const bad = structuredClone(t);
    bad.loadBalancers[0]!.probes[0]!.port = -1;
    bad.loadBalancers[0]!.frontends[1]!.ip = '2001:db8::1';
    expect(topologyShape(bad)).toBe(
      'Standard Public load balancer, 2 frontends (IPv4 1, IPv6 1), 1 backend pools (2 members), 2 probes (Tcp; ports outside 1-65535: 1), ' +
        '2 rules (floating IP 2; ports outside 0-65535: 0), 0 inbound NAT rules, 2 VMs (ubuntu 1, windows 1)',
    );
    const two = { ...t, loadBalancers: [...t.loadBalancers, { ...t.loadBalancers[0]!, name: 'ilb', type: 'Internal' as const }] };
    expect(topologyShape(two)).toMatch(/^2 load balancers: Standard Public load balancer, .*; Standard Internal load balancer, /);
  });

  it('never throws, whatever was thrown or whatever the topology is', () => {
    expect(topologyShape({ loadBalancers: [{ frontends: null }] } as unknown as Topology)).toMatch(/^\(could not summarise: TypeError/);
    expect(topologyShape(undefined)).toBe('(none)');
    expect(errorText(Object.create(null))).toBe('[object Object]');
    expect(errorText('plain string\nthrown')).toBe('plain string thrown');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(errorReport({ area: 'x', error: 1, shape: '', topology: cyclic })).toContain('(could not serialise: TypeError');
  });
});
