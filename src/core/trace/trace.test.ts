import { describe, expect, it } from 'vitest';
import { rule, topology, vm } from '../testing/builders';
import { preset } from '../testing/presets';
import { traceFlow } from './trace';

const ok = (r: ReturnType<typeof traceFlow>) => {
  if (!r.ok) throw new Error(r.error);
  return r.trace;
};

describe('traceFlow', () => {
  it('floating IP off: the destination is rewritten to NIC IP and backend port, the reply source back to the frontend', () => {
    const t = ok(traceFlow(preset('type1-no-port-reuse'), { rule: 'rule2', vm: 'VM1' }));
    expect(t.hops.map((h) => [h.stage, h.src, h.dst, h.changed])).toEqual([
      ['client-to-lb', '198.51.100.10:50000', '65.52.0.2:80', []],
      ['lb-to-vm', '198.51.100.10:50000', '10.0.0.4:81', ['dstIp', 'dstPort']],
      ['vm-reply', '10.0.0.4:81', '198.51.100.10:50000', []],
      ['reply-at-client', '65.52.0.2:80', '198.51.100.10:50000', ['srcIp', 'srcPort']],
    ]);
    expect(t.probe).toMatchObject({ src: '168.63.129.16', dst: '10.0.0.4:81' });
    expect(t.outbound).toBeUndefined();
  });

  it('floating IP on: nothing is rewritten, the guest replies from the frontend IP; probes still hit the NIC IP', () => {
    const t = ok(traceFlow(preset('type2-floating-ip'), { rule: 'rule2', vm: 'VM2', client: '192.0.2.7:40000' }));
    expect(t.hops.map((h) => [h.stage, h.src, h.dst, h.changed])).toEqual([
      ['client-to-lb', '192.0.2.7:40000', '65.52.0.2:80', []],
      ['lb-to-vm', '192.0.2.7:40000', '65.52.0.2:80', []],
      ['vm-reply', '65.52.0.2:80', '192.0.2.7:40000', []],
      ['reply-at-client', '65.52.0.2:80', '192.0.2.7:40000', []],
    ]);
    expect(t.probe?.dst).toBe('10.0.0.5:8082');
    expect(t.outbound).toMatchObject({ allowedSrc: '10.0.0.5', failingSrc: '65.52.0.2' });
  });

  it('marks every reply as swapped (source and destination turned round), and only the reply hops', () => {
    for (const [t, r, v] of [
      [preset('type1-no-port-reuse'), 'rule2', 'VM1'],
      [preset('type2-floating-ip'), 'rule2', 'VM2'],
    ] as const) {
      const hops = ok(traceFlow(t, { rule: r, vm: v })).hops;
      expect(hops.map((h) => [h.stage, h.swapped === true])).toEqual([
        ['client-to-lb', false],
        ['lb-to-vm', false],
        ['vm-reply', true],
        ['reply-at-client', false],
      ]);
      // The swap is the previous hop's packet turned round, whatever the rule rewrote before it.
      const [, atVm, reply] = hops;
      expect([reply!.packet.srcIp, reply!.packet.srcPort, reply!.packet.dstIp, reply!.packet.dstPort]).toEqual([
        atVm!.packet.dstIp,
        atVm!.packet.dstPort,
        atVm!.packet.srcIp,
        atVm!.packet.srcPort,
      ]);
    }
  });

  it('floating IP with a different backend port changes only the port', () => {
    const t = ok(traceFlow(topology({ rules: [rule('r', { floatingIp: true, backendPort: 8080 })] }), { rule: 'r', vm: 'VM1' }));
    expect(t.hops[1]).toMatchObject({ dst: '203.0.113.1:8080', changed: ['dstPort'] });
    expect(t.hops[3]).toMatchObject({ src: '203.0.113.1:80', changed: ['srcPort'] });
  });

  it('formats IPv6 endpoints in brackets and uses the IPv6 probe source', () => {
    const t = ok(
      traceFlow(
        topology({
          frontends: [{ name: 'FE1', ip: '2001:db8::1' }],
          vms: [vm('VM1', '2001:db8:1::4'), vm('VM2', '2001:db8:1::5')],
        }),
        { rule: 'r1', vm: 'VM1' },
      ),
    );
    expect(t.hops[0]).toMatchObject({ src: '[2001:db8::10]:50000', dst: '[2001:db8::1]:80' });
    expect(t.hops[1]!.dst).toBe('[2001:db8:1::4]:80');
    expect(t.probe?.src).toBe('fe80::1234:5678:9abc');
  });

  it('uses the requested port on an HA-ports rule', () => {
    // Every member holds the frontend IP here; the NVA preset's appliances are traced in modes.test.ts.
    const ha = topology({
      loadBalancer: { name: 'lb', sku: 'Standard', type: 'Internal' },
      frontends: [{ name: 'FE1', ip: '10.0.2.10' }],
      rules: [rule('ha', { protocol: 'All', frontendPort: 0, backendPort: 0, floatingIp: true })],
    });
    const t = ok(traceFlow(ha, { rule: 'ha', vm: 'VM1', port: 3389 }));
    expect(t.hops[0]!.dst).toBe('10.0.2.10:3389');
    expect(t.hops[1]!.dst).toBe('10.0.2.10:3389');
  });

  it('explains what is wrong instead of throwing', () => {
    const t = preset('type2-floating-ip');
    expect(traceFlow(t, { rule: 'nope', vm: 'VM1' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/no rule named "nope".*rule1, rule2/),
    });
    expect(traceFlow(t, { rule: 'rule1', vm: 'VM9' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not in rule rule1's backend pool.*VM1, VM2/),
    });
    expect(traceFlow(t, { rule: 'rule1', vm: 'VM1', client: 'nonsense' })).toMatchObject({ ok: false });
    expect(traceFlow(t, { rule: 'rule1', vm: 'VM1', client: '[2001:db8::9]:1000' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/IPv6 but frontend FIP1 is IPv4/),
    });
  });
});
