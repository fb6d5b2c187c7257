import { describe, expect, it } from 'vitest';
import { presetTopology } from '../testing/presets';
import { validDesigns } from '../validation/acrossCodeCases.testing';
import { chainChoices, traceTopology } from './designTrace';
import { globalVmRows } from '../mapping/globalMapping';
import { analyzeTopology } from '../validation/analyzeTopology';
import { formatEndpoint } from '../net/address';

const cross = presetTopology('cross-region');
const chained = validDesigns['a Gateway chain from a public frontend']!;
const ok = <T>(r: { ok: true; trace: T } | { ok: false; error: string }): T => {
  if (!r.ok) throw new Error(r.error);
  return r.trace;
};
const CLIENT = '198.51.100.200:50000';

describe('traceTopology on the cross-region example (exact addresses)', () => {
  it('client → anycast 203.0.113.50:443 → lb-east web 198.51.100.20:443 → web-east-1 10.2.0.4:443 → back from the anycast', () => {
    const t = ok(traceTopology(cross, { loadBalancer: 'lb-global', rule: 'https', vm: 'web-east-1', client: CLIENT }));
    expect(t.chain.map((h) => [h.stage, h.loadBalancer, h.src, h.dst])).toEqual([
      ['client-to-global', 'lb-global', CLIENT, '203.0.113.50:443'],
    ]);
    expect(t.hops.map((h) => [h.stage, h.src, h.dst, h.changed])).toEqual([
      ['client-to-lb', CLIENT, '198.51.100.20:443', ['dstIp']],
      ['lb-to-vm', CLIENT, '10.2.0.4:443', ['dstIp']],
      ['vm-reply', '10.2.0.4:443', CLIENT, []],
      ['reply-at-client', '203.0.113.50:443', CLIENT, ['srcIp']],
    ]);
    expect(t.global).toEqual({
      loadBalancer: 'lb-global',
      rule: 'https',
      frontendIp: '203.0.113.50',
      frontendPort: 443,
      floatingIp: false,
      regionalFrontend: 'web',
    });
  });

  it('picks the regional frontend asked for, as lb/frontend or as a load balancer name', () => {
    const west = ok(traceTopology(cross, { loadBalancer: 'lb-global', rule: 'https', vm: 'web-west-2', regional: 'lb-west' }));
    expect([west.loadBalancer, west.hops[0]!.dst, west.hops[1]!.dst]).toEqual(['lb-west', '198.51.100.10:443', '10.1.0.5:443']);
    const exact = ok(
      traceTopology(cross, {
        loadBalancer: 'lb-global',
        rule: 'https',
        vm: 'web-west-2',
        regional: { loadBalancer: 'lb-west', frontend: 'web' },
      }),
    );
    expect(exact.hops).toEqual(west.hops);
  });

  it('a regional choice that is not in the pool, or misses the VM, is an error naming the valid ones', () => {
    expect(traceTopology(cross, { loadBalancer: 'lb-global', rule: 'https', vm: 'web-east-1', regional: 'lb-north' })).toEqual({
      ok: false,
      error:
        'Global load balancer lb-global has no regional frontend "lb-north" in its pool regions. Its regional frontends: lb-west/web, lb-east/web.',
    });
    const ref = { loadBalancer: 'lb-west', frontend: 'web' };
    expect(traceTopology(cross, { loadBalancer: 'lb-global', rule: 'https', vm: 'web-east-1', regional: ref })).toEqual({
      ok: false,
      error:
        'Rule https of Global load balancer lb-global does not reach VM "web-east-1" through lb-west/web. It reaches it through: lb-east/web.',
    });
    const ja = traceTopology(cross, { loadBalancer: 'lb-global', rule: 'https', vm: 'web-east-1', regional: 'lb-north', locale: 'ja' });
    expect(ja.ok || ja.error).toContain('リージョンのフロントエンド: lb-west/web, lb-east/web');
  });
});

describe('chainChoices', () => {
  it('a Global rule: the regional frontends that reach the VM', () => {
    expect(chainChoices(cross, { loadBalancer: 'lb-global', rule: 'https', vm: 'web-east-1' })).toEqual({
      regionals: [{ loadBalancer: 'lb-east', frontend: 'web' }],
      appliances: [],
    });
  });

  it("a chained frontend: the Gateway pool's appliances; a flow without a chain: nothing to choose", () => {
    expect(chainChoices(chained, { loadBalancer: 'pub', rule: 'r1', vm: 'VM1' })).toEqual({ regionals: [], appliances: ['NVA1', 'NVA2'] });
    expect(chainChoices(cross, { loadBalancer: 'lb-east', rule: 'https', vm: 'web-east-1' })).toEqual({ regionals: [], appliances: [] });
    expect(chainChoices(cross, { loadBalancer: 'nope', rule: 'https', vm: 'web-east-1' })).toEqual({ regionals: [], appliances: [] });
  });

  it('the Gateway hops of the chained design, with exact addresses', () => {
    const t = ok(traceTopology(chained, { loadBalancer: 'pub', rule: 'r1', vm: 'VM2', appliance: 'NVA2', client: CLIENT }));
    expect(t.hops[0]!.dst).toBe('203.0.113.1:80');
    expect(t.chain.map((h) => [h.stage, h.src, h.dst, h.tunnel?.outerDstIp])).toEqual([
      ['frontend-to-gateway', CLIENT, '203.0.113.1:80', undefined],
      ['gateway-to-appliance', CLIENT, '203.0.113.1:80', '10.0.2.5'],
      ['appliance-to-gateway', CLIENT, '203.0.113.1:80', '10.0.2.10'],
    ]);
    expect(t.hops[1]!.dst).toBe('10.0.0.5:80');
  });
});

describe('a Global rule behind a regional frontend with a Udp rule on the same port', () => {
  it('follows the regional rule of its own protocol', () => {
    const t = structuredClone(cross);
    const west = t.loadBalancers.find((l) => l.name === 'lb-west')!;
    west.rules.unshift({ ...west.rules[0]!, name: 'quic', protocol: 'Udp' });
    const found = ok(traceTopology(t, { loadBalancer: 'lb-global', rule: 'https', vm: 'web-west-1' }));
    expect(found.rule).toBe('https');
  });
});

describe('floating IP on the Global rule, off on the regional one', () => {
  it('the VM still receives the global frontend IP on a loopback, as the mapping says', () => {
    const t = structuredClone(cross);
    t.loadBalancers[0]!.rules[0]!.floatingIp = true;
    const found = ok(traceTopology(t, { loadBalancer: 'lb-global', rule: 'https', vm: 'web-east-1', client: CLIENT }));
    expect(found.floatingIp).toBe(false);
    expect(found.hops.map((h) => [h.stage, h.src, h.dst])).toEqual([
      ['client-to-lb', CLIENT, '203.0.113.50:443'],
      ['lb-to-vm', CLIENT, '203.0.113.50:443'],
      ['vm-reply', '203.0.113.50:443', CLIENT],
      ['reply-at-client', '203.0.113.50:443', CLIENT],
    ]);
    expect(found.listenOn).toBe('loopback');
    expect(found.hops[1]!.note).toContain('web-east-1 must hold 203.0.113.50 on its loopback');
    const row = globalVmRows(t, analyzeTopology(t)).find((r) => r.vm === 'web-east-1')!;
    expect(found.hops[1]!.dst).toBe(formatEndpoint(row.vmDestinationIp, row.vmDestinationPort));
  });
});
