import { describe, expect, it } from 'vitest';
import { natRule, rule, topology, vm } from '../testing/builders';
import type { LbTopology } from '../topology/schema';
import { traceFlow, type TraceOptions } from './trace';

// The two deliveries of "Azure's rules, round two": a Gateway load balancer tunnels to its appliances (VXLAN, original
// destination inside, no loopback), and an inbound NAT rule with All and ports 0/0 forwards every port to its target.

function trace(t: LbTopology, options: TraceOptions) {
  const r = traceFlow(t, options);
  if (!r.ok) throw new Error(r.error);
  return r.trace;
}

describe('traceFlow through a Gateway load balancer', () => {
  const gateway = (floatingIp: boolean) =>
    topology({
      loadBalancer: { name: 'gwlb', sku: 'Gateway', type: 'Internal' },
      frontends: [{ name: 'FE1', ip: '10.0.1.10' }],
      rules: [rule('r1', { protocol: 'All', frontendPort: 0, backendPort: 0, floatingIp })],
    });

  it('follows an appliance: original destination kept, VXLAN through the tunnel interface, nothing on a loopback', () => {
    for (const floatingIp of [true, false]) {
      const t = trace(gateway(floatingIp), { rule: 'r1', vm: 'VM1', destination: '192.0.2.80:443' });
      expect(t).toMatchObject({ holder: 'appliance', listenOn: 'none', floatingIp });
      expect(t.hops.find((h) => h.stage === 'lb-to-vm')).toMatchObject({ dst: '192.0.2.80:443' });
      expect(t.hops.find((h) => h.stage === 'lb-to-vm')!.note).toContain('VXLAN');
      expect(t.notes.join(' ')).toContain('Gateway load balancer');
      expect([...t.notes, ...t.hops.map((h) => h.note)].join(' ')).not.toMatch(/UDR|route table|ip_forward/);
      expect(t.outbound).toBeUndefined();
    }
  });

  it('speaks Japanese too', () => {
    const t = trace(gateway(true), { rule: 'r1', vm: 'VM1', locale: 'ja' });
    expect(t.notes.join(' ')).toContain('ゲートウェイ ロード バランサー');
  });
});

describe('traceFlow on an inbound NAT rule with All and ports 0/0', () => {
  const t = topology({
    loadBalancer: { name: 'lb', sku: 'Standard', type: 'Internal' },
    frontends: [{ name: 'FE1', ip: '10.0.2.7' }],
    rules: [],
    vms: [vm('VM1', '10.0.2.4'), vm('VM2', '10.0.2.5')],
    inboundNatRules: [natRule('all', { protocol: 'All', frontendPort: 0, backendPort: 0 })],
  });

  it('delivers the port the client uses, unchanged, to the target NIC, and says every port goes there', () => {
    const nat = trace(t, { kind: 'natRule', rule: 'all', vm: 'VM1', port: 5432 });
    expect(nat.hops.map((h) => [h.stage, h.dst])).toEqual([
      ['client-to-lb', '10.0.2.7:5432'],
      ['lb-to-vm', '10.0.2.4:5432'],
      ['vm-reply', '198.51.100.10:50000'],
      ['reply-at-client', '198.51.100.10:50000'],
    ]);
    expect(nat.notes.join(' ')).toContain('every port and protocol');
  });

  it('says nothing of every port for a one-port NAT rule', () => {
    const one = topology({ inboundNatRules: [natRule('rdp')] });
    expect(trace(one, { kind: 'natRule', rule: 'rdp', vm: 'VM1' }).notes.join(' ')).not.toContain('every port and protocol');
  });
});
