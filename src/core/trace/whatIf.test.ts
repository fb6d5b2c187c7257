import { describe, expect, it } from 'vitest';
import { rule, topology } from '../testing/builders';
import { preset } from '../testing/presets';
import type { LbTopology } from '../topology/schema';
import { traceFlow, type TraceOptions } from './trace';
import type { WhatIf } from './whatIf';

/** The source page's type 2 example (rule1 → VM1: frontend 65.52.0.1:80, NIC 10.0.0.4, probe 8081) with floating IP forced. */
function type2(floatingIp: boolean): LbTopology {
  const t = structuredClone(preset('type2-floating-ip'));
  t.rules = t.rules.map((r) => ({ ...r, floatingIp }));
  return t;
}

function trace(t: LbTopology, whatIf: WhatIf, extra: Partial<TraceOptions> = {}) {
  const r = traceFlow(t, { rule: 'rule1', vm: 'VM1', whatIf, ...extra });
  if (!r.ok) throw new Error(r.error);
  return r.trace;
}

const status = (t: ReturnType<typeof trace>) => t.hops.map((h) => h.failure?.outcome ?? (h.notReached ? 'not reached' : 'ok'));

describe('what-if switches', () => {
  it('change nothing when all are off, and list no effects', () => {
    const plain = traceFlow(type2(true), { rule: 'rule1', vm: 'VM1' });
    const off = traceFlow(type2(true), { rule: 'rule1', vm: 'VM1', whatIf: { noLoopback: false } });
    expect(off).toEqual(plain);
    expect(plain.ok && plain.trace.effects).toEqual([]);
    expect(plain.ok && plain.trace.failure).toBeUndefined();
  });

  it('no loopback: with floating IP the packet for the frontend IP is dropped at the VM; without, nothing changes', () => {
    const on = trace(type2(true), { noLoopback: true });
    expect(status(on)).toEqual(['ok', 'dropped', 'not reached', 'not reached']);
    expect(on.hops[1]!.dst).toBe('65.52.0.1:80');
    expect(on.hops[1]!.failure).toMatchObject({
      whatIf: 'noLoopback',
      reason: expect.stringMatching(/VM1 drops the packet.*65\.52\.0\.1.*no loopback/),
      fix: expect.stringMatching(/^Fix: add 65\.52\.0\.1 to a loopback.*weak host/),
    });
    expect(on.failure).toMatchObject({ outcome: 'dropped', at: 'lb-to-vm' });

    const off = trace(type2(false), { noLoopback: true });
    expect(status(off)).toEqual(['ok', 'ok', 'ok', 'ok']);
    expect(off.failure).toBeUndefined();
    expect(off.effects).toEqual([{ whatIf: 'noLoopback', outcome: 'no-effect', reason: expect.stringMatching(/NIC IP \(10\.0\.0\.4\)/) }]);
  });

  it('listens on the NIC IP only: with floating IP nothing listens on frontend IP:port (TCP reset); without, fine', () => {
    const on = trace(type2(true), { listensOnNicIpOnly: true });
    expect(status(on)).toEqual(['ok', 'no-listener', 'not reached', 'not reached']);
    expect(on.hops[1]!.failure!.reason).toMatch(/nothing listens on 65\.52\.0\.1:80.*TCP reset/);
    expect(on.hops[1]!.failure!.fix).toMatch(/bind the service to 65\.52\.0\.1:80/);

    const udp = structuredClone(type2(true));
    udp.rules[0]!.protocol = 'Udp';
    expect(trace(udp, { listensOnNicIpOnly: true }).hops[1]!.failure!.reason).toMatch(/no answer/);

    const off = trace(type2(false), { listensOnNicIpOnly: true });
    expect(status(off)).toEqual(['ok', 'ok', 'ok', 'ok']);
    expect(off.effects[0]).toMatchObject({ outcome: 'no-effect', reason: expect.stringMatching(/10\.0\.0\.4:80/) });
  });

  it('probe port closed: the probe to the NIC IP fails and the VM leaves rotation, with floating IP on and off', () => {
    for (const floating of [true, false]) {
      const t = trace(type2(floating), { probePortClosed: true });
      expect(status(t), `floating ${floating}`).toEqual(['ok', 'out-of-rotation', 'not reached', 'not reached']);
      expect(t.probe).toMatchObject({ src: '168.63.129.16', dst: '10.0.0.4:8081', failed: expect.stringMatching(/8081 is closed on VM1/) });
      expect(t.hops[1]!.failure!.reason).toMatch(/168\.63\.129\.16 to 10\.0\.0\.4:8081 fails.*out of rotation.*no new flows/);
      expect(t.hops[1]!.failure!.fix).toMatch(/open port 8081.*NIC IP \(10\.0\.0\.4\)/);
    }
    // A rule without a probe keeps its VMs in rotation, so the switch changes nothing.
    const noProbe = trace(topology({ rules: [rule('rule1', { floatingIp: true, probe: undefined })] }), { probePortClosed: true });
    expect(status(noProbe)).toEqual(['ok', 'ok', 'ok', 'ok']);
    expect(noProbe.effects[0]!.outcome).toBe('no-effect');
  });

  it('outbound from the frontend IP: fails with floating IP (use the NIC primary IP); not possible without', () => {
    const on = trace(type2(true), { outboundFromFrontendIp: true });
    expect(status(on), 'inbound hops are unaffected').toEqual(['ok', 'ok', 'ok', 'ok']);
    expect(on.failure).toMatchObject({
      outcome: 'outbound-fails',
      at: 'outbound',
      fix: expect.stringMatching(/primary IP configuration \(10\.0\.0\.4\)/),
    });
    expect(on.outbound).toMatchObject({ failingSrc: '65.52.0.1', allowedSrc: '10.0.0.4', attempted: true });

    const off = trace(type2(false), { outboundFromFrontendIp: true });
    expect(off.failure).toBeUndefined();
    expect(off.outbound).toBeUndefined();
    expect(off.effects[0]).toMatchObject({ outcome: 'no-effect', reason: expect.stringMatching(/Not possible with floating IP off/) });
  });

  it('with several switches, the earliest failure marks the hop and every effect is listed', () => {
    const t = trace(type2(true), { noLoopback: true, listensOnNicIpOnly: true, probePortClosed: true, outboundFromFrontendIp: true });
    expect(t.effects.map((e) => e.outcome)).toEqual(['dropped', 'no-listener', 'out-of-rotation', 'outbound-fails']);
    expect(t.failure!.outcome).toBe('out-of-rotation');
    expect(status(t)).toEqual(['ok', 'out-of-rotation', 'not reached', 'not reached']);
    const noProbe = trace(type2(true), { listensOnNicIpOnly: true, noLoopback: true });
    expect(noProbe.failure!.outcome, 'a guest without the address drops before any socket lookup').toBe('dropped');
  });

  it('explains in Japanese with the locale, with the same addresses', () => {
    const t = trace(type2(true), { noLoopback: true }, { locale: 'ja' });
    expect(t.hops[1]!.failure!.reason).toMatch(/VM1 はパケットを破棄します。宛先は 65\.52\.0\.1/);
    expect(t.hops[1]!.failure!.fix).toMatch(/^対処: .*ループバック インターフェイス.*弱いホスト モデル/);
    expect(t.hops[1]!.note).toMatch(/フローティング IP/);
    expect(t.probe!.note).toMatch(/正常性プローブ/);
    expect(traceFlow(type2(true), { rule: 'nope', vm: 'VM1', locale: 'ja' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/"nope" という名前の規則はありません/),
    });
  });
});
