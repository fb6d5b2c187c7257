import { describe, expect, it } from 'vitest';
import { analyzeTopology } from '../validation/analyzeTopology';
import { validDesigns } from '../validation/acrossCodeCases.testing';
import { globalVmRows, mapGlobal } from './globalMapping';
import { presetTopology } from '../testing/presets';
import type { Topology } from '../topology/schema';
import { formatEndpoint } from '../net/address';

const global = validDesigns['a Global load balancer over two regional ones']!;

describe('the mapping of a Global load balancer', () => {
  it('maps each rule to each regional frontend of its pool, and to the regional rules that take it on', () => {
    expect(mapGlobal(global).map((r) => [r.rule, r.regionalLoadBalancer, r.destinationIp, r.destinationPort, r.regionalRules])).toEqual([
      ['r1', 'east', '203.0.113.1', 80, ['r1']],
      ['r1', 'west', '198.51.100.1', 80, ['r1']],
    ]);
  });

  it('reaches the regional load balancers’ VMs; floating IP on the Global rule gives them the global address', () => {
    expect(globalVmRows(global, analyzeTopology(global)).map((r) => [r.vm, r.vmDestinationIp, r.listenOn])).toEqual([
      ['VM1', '10.0.0.4', 'nic'],
      ['VM2', '10.0.0.5', 'nic'],
      ['VM3', '10.0.0.6', 'nic'],
      ['VM4', '10.0.0.7', 'nic'],
    ]);
    const fip = structuredClone(global);
    fip.loadBalancers[0]!.rules[0]!.floatingIp = true;
    expect(mapGlobal(fip)[0]!.destinationIp).toBe('203.0.113.100');
    expect(new Set(globalVmRows(fip, analyzeTopology(fip)).map((r) => `${r.listenIp} ${r.listenOn}`))).toEqual(
      new Set(['203.0.113.100 loopback']),
    );
  });

  it('a regional frontend without a rule on the Global backend port maps to no VM', () => {
    const other = structuredClone(global);
    other.loadBalancers[0]!.rules[0]!.backendPort = 8080;
    expect(mapGlobal(other).map((r) => r.regionalRules)).toEqual([[], []]);
    expect(globalVmRows(other, analyzeTopology(other))).toEqual([]);
  });
});

describe('the mapping of the cross-region example', () => {
  const crossRegion = presetTopology('cross-region');
  const seen = (t: Topology) =>
    globalVmRows(t, analyzeTopology(t)).map((r) => [
      r.regionalLoadBalancer,
      formatEndpoint(r.destinationIp, r.destinationPort),
      r.vm,
      formatEndpoint(r.vmDestinationIp, r.vmDestinationPort),
      `${r.listenIp} ${r.listenOn}`,
    ]);
  const withFloating = (global: boolean, west: boolean) => {
    const t = structuredClone(crossRegion);
    t.loadBalancers[0]!.rules[0]!.floatingIp = global;
    t.loadBalancers[1]!.rules[0]!.floatingIp = west;
    return t;
  };

  it('floating IP off everywhere: each VM receives its own NIC address on the regional backend port', () => {
    expect(seen(crossRegion)).toEqual([
      ['lb-west', '198.51.100.10:443', 'web-west-1', '10.1.0.4:443', '10.1.0.4 nic'],
      ['lb-west', '198.51.100.10:443', 'web-west-2', '10.1.0.5:443', '10.1.0.5 nic'],
      ['lb-east', '198.51.100.20:443', 'web-east-1', '10.2.0.4:443', '10.2.0.4 nic'],
      ['lb-east', '198.51.100.20:443', 'web-east-2', '10.2.0.5:443', '10.2.0.5 nic'],
    ]);
    expect(globalVmRows(crossRegion, analyzeTopology(crossRegion)).every((r) => !r.regionalFloatingIp)).toBe(true);
  });

  it('floating IP on the regional rule only: that region’s VMs receive the regional frontend IP on a loopback', () => {
    const rows = seen(withFloating(false, true));
    expect(rows.slice(0, 2)).toEqual([
      ['lb-west', '198.51.100.10:443', 'web-west-1', '198.51.100.10:443', '198.51.100.10 loopback'],
      ['lb-west', '198.51.100.10:443', 'web-west-2', '198.51.100.10:443', '198.51.100.10 loopback'],
    ]);
    expect(rows.slice(2).map((r) => r[3])).toEqual(['10.2.0.4:443', '10.2.0.5:443']);
    const flags = globalVmRows(withFloating(false, true), analyzeTopology(withFloating(false, true))).map((r) => r.regionalFloatingIp);
    expect(flags).toEqual([true, true, false, false]);
  });

  it('floating IP on the Global rule: every VM receives the global frontend IP, whatever the regional rule says', () => {
    for (const west of [false, true]) {
      expect(seen(withFloating(true, west)).map((r) => [r[1], r[3], r[4]])).toEqual(
        Array(4).fill(['203.0.113.50:443', '203.0.113.50:443', '203.0.113.50 loopback']),
      );
    }
  });
});

describe('a regional frontend with rules of two protocols on the Global backend port', () => {
  it('a Global Tcp rule goes on only through the regional Tcp rule (All takes either)', () => {
    const t = structuredClone(presetTopology('cross-region'));
    const west = t.loadBalancers[1]!;
    const udp = { ...west.rules[0]!, name: 'quic', protocol: 'Udp' };
    west.rules.unshift(udp);
    expect(mapGlobal(t).map((g) => [g.regionalLoadBalancer, g.regionalRules])).toEqual([
      ['lb-west', ['https']],
      ['lb-east', ['https']],
    ]);
    expect(new Set(globalVmRows(t, analyzeTopology(t)).map((r) => r.regionalRule))).toEqual(new Set(['https']));
    udp.protocol = 'All';
    expect(mapGlobal(structuredClone(t))[0]!.regionalRules).toEqual(['quic', 'https']);
  });
});
