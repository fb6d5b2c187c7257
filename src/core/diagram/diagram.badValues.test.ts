import { describe, expect, it } from 'vitest';
import { preset } from '../testing/presets';
import { traceFlow } from '../trace/trace';
import type { LbTopology } from '../topology/schema';
import { traceDiagram } from './diagram';

// Issue 12 item 3: out-of-range values the validator reports as errors must still draw, with the value as configured.

function withProbePort(port: number): LbTopology {
  const t = structuredClone(preset('type2-floating-ip'));
  t.probes[0]!.port = port;
  return t;
}

describe('diagram with values the validator rejects', () => {
  it.each([-1, 0, 65536, -65535])('draws probe port %i as configured instead of throwing', (port) => {
    const r = traceDiagram(withProbePort(port), { rule: 'rule1', vm: 'VM1' });
    expect(r.ok).toBe(true);
    // The probe's destination is drawn from the trace's fields: the NIC IP and the port, both as configured.
    expect(r.ok && r.svg).toContain(`<tspan class="same">${port}</tspan>`);
    expect(r.ok && r.svg).toContain(`Health probe: 168.63.129.16 to 10.0.0.4:${port}.`);
  });

  it.each([-1, 0, 65536])('the trace notes that Azure rejects probe port %i (PortOutOfRange)', (port) => {
    const r = traceFlow(withProbePort(port), { rule: 'rule1', vm: 'VM1' });
    expect(r.ok && r.trace.notes).toContain(
      `Health probe health1 has port ${port}, outside 1-65535: Azure rejects it (PortOutOfRange). The trace shows the port as configured until you fix it.`,
    );
    const ja = traceFlow(withProbePort(port), { rule: 'rule1', vm: 'VM1', locale: 'ja' });
    expect(ja.ok && ja.trace.notes.join(' ')).toContain(`正常性プローブ health1 のポート ${port} は 1-65535 の範囲外`);
  });

  it('a probe port in range adds no such note', () => {
    const r = traceFlow(withProbePort(65535), { rule: 'rule1', vm: 'VM1' });
    expect(r.ok && r.trace.notes.join(' ')).not.toContain('PortOutOfRange');
  });

  it('what-if probe port closed names the configured port, not digits read back from text', () => {
    const r = traceFlow(withProbePort(-1), { rule: 'rule1', vm: 'VM1', whatIf: { probePortClosed: true } });
    expect(r.ok && r.trace.probe).toMatchObject({
      dstIp: '10.0.0.4',
      port: -1,
      failed: 'Probe port -1 is closed on VM1: the probe gets no answer.',
    });
  });

  it('draws an IPv6 probe destination from its parts', () => {
    const t = withProbePort(8081);
    t.frontends[0]!.ip = '2001:db8::1';
    t.vms[0]!.nic.ip = 'fd00::4';
    const r = traceDiagram(t, { rule: 'rule1', vm: 'VM1' });
    expect(r.ok && r.svg).toContain('Health probe: fe80::1234:5678:9abc to [fd00::4]:8081.');
  });
});
