import { describe, expect, it } from 'vitest';
import { lbView } from '../topology/design';
import { acrossCases, validDesigns } from '../validation/acrossCodeCases.testing';
import { traceTopology } from './designTrace';
import { traceFlow } from './trace';

const global = validDesigns['a Global load balancer over two regional ones']!;
const chained = validDesigns['a Gateway chain from a public frontend']!;
const ok = <T>(r: { ok: true; trace: T } | { ok: false; error: string }): T => {
  if (!r.ok) throw new Error(r.error);
  return r.trace;
};

describe('traceTopology', () => {
  it('a regional load balancer without a chain: the per-load-balancer trace, nothing in front', () => {
    const t = ok(traceTopology(global, { loadBalancer: 'east', rule: 'r1', vm: 'VM1' }));
    const plain = ok(traceFlow(lbView(global, 'east'), { rule: 'r1', vm: 'VM1' }));
    expect(t.chain).toEqual([]);
    expect(t.hops).toEqual(plain.hops);
    expect(t.loadBalancer).toBe('east');
  });

  it('a Global rule: client → global frontend → regional frontend → VM, and the reply from the global address', () => {
    const t = ok(traceTopology(global, { loadBalancer: 'glb', rule: 'r1', vm: 'VM3', client: '198.51.100.10:50000' }));
    expect(t.chain.map((h) => [h.stage, h.dst])).toEqual([['client-to-global', '203.0.113.100:80']]);
    expect(t.loadBalancer).toBe('west');
    expect(t.global).toMatchObject({ loadBalancer: 'glb', rule: 'r1', frontendIp: '203.0.113.100' });
    expect(t.hops.map((h) => [h.stage, h.src, h.dst])).toEqual([
      ['client-to-lb', '198.51.100.10:50000', '198.51.100.1:80'],
      ['lb-to-vm', '198.51.100.10:50000', '10.0.0.6:80'],
      ['vm-reply', '10.0.0.6:80', '198.51.100.10:50000'],
      ['reply-at-client', '203.0.113.100:80', '198.51.100.10:50000'],
    ]);
    expect(t.hops[0]!.note).toContain('Global load balancer glb forwards the flow to frontend FE1 of regional load balancer west');
  });

  it('a Global rule with floating IP keeps the global address to the VM (Learn: a loopback for it)', () => {
    const fip = structuredClone(global);
    fip.loadBalancers[0]!.rules[0]!.floatingIp = true;
    fip.loadBalancers[2]!.rules[0]!.floatingIp = true;
    const t = ok(traceTopology(fip, { loadBalancer: 'glb', rule: 'r1', vm: 'VM3' }));
    expect(t.hops[1]!.packet.dstIp).toBe('203.0.113.100');
    expect(t.hops[0]!.note).toContain('must hold 203.0.113.100 on a loopback interface');
  });

  it('a Global rule picks the regional load balancer asked for, and says when none reaches the VM', () => {
    expect(traceTopology(global, { loadBalancer: 'glb', rule: 'r1', vm: 'VM1', regional: 'west' })).toEqual({
      ok: false,
      error: 'Rule r1 of Global load balancer glb does not reach VM "VM1" through west/FE1. It reaches it through: east/FE1.',
    });
    const unmatched = acrossCases.GlobalBackendPortUnmatched.bad;
    expect(traceTopology(unmatched, { loadBalancer: 'glb', rule: 'r1', vm: 'VM1' }).ok).toBe(false);
  });

  it('a chained frontend: consumer frontend → Gateway → appliance (VXLAN external) → back (internal) → VM', () => {
    const t = ok(traceTopology(chained, { loadBalancer: 'pub', rule: 'r1', vm: 'VM1' }));
    expect(t.chainAt).toBe(1);
    expect(t.chain.map((h) => [h.stage, h.loadBalancer, h.tunnel?.type, h.tunnel?.outerDstIp])).toEqual([
      ['frontend-to-gateway', 'pub', undefined, undefined],
      ['gateway-to-appliance', 'gwlb', 'external', '10.0.2.4'],
      ['appliance-to-gateway', 'gwlb', 'internal', '10.0.2.10'],
    ]);
    expect(t.chain.every((h) => h.packet === t.hops[0]!.packet)).toBe(true);
    expect(t.gateway).toEqual({ loadBalancer: 'gwlb', frontend: 'FE1', appliance: 'NVA1' });
    expect(t.notes.at(-1)).toContain('same appliance NVA1');
    expect(ok(traceTopology(chained, { loadBalancer: 'pub', rule: 'r1', vm: 'VM1', appliance: 'NVA2' })).gateway?.appliance).toBe('NVA2');
  });

  it('in Japanese, and with clear errors', () => {
    const t = ok(traceTopology(chained, { loadBalancer: 'pub', rule: 'r1', vm: 'VM1', locale: 'ja' }));
    expect(t.chain[1]!.note).toContain('VXLAN カプセル化');
    expect(traceTopology(chained, { loadBalancer: 'nope', rule: 'r1', vm: 'VM1' })).toEqual({
      ok: false,
      error: 'There is no load balancer named "nope". Load balancers: pub, gwlb.',
    });
    expect(traceTopology(chained, { loadBalancer: 'pub', rule: 'r1', vm: 'VM1', appliance: 'VM2' })).toEqual({
      ok: false,
      error: 'Gateway load balancer gwlb has no appliance "VM2" in its pools. Its appliances: NVA1, NVA2.',
    });
    const dangling = acrossCases.GatewayChainTargetNotGateway.bad;
    expect(traceTopology(dangling, { loadBalancer: 'pub', rule: 'r1', vm: 'VM1' })).toEqual({
      ok: false,
      error: expect.stringContaining('run validate'),
    });
  });
});
