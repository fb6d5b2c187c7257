import { describe, expect, it } from 'vitest';
import { analyzeTopology } from '../validation/analyzeTopology';
import { validDesigns } from '../validation/acrossCodeCases.testing';
import { globalVmRows, mapGlobal } from './globalMapping';

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
