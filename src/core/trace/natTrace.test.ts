import { describe, expect, it } from 'vitest';
import { natRule, topology, vm } from '../testing/builders';
import type { LbTopology } from '../topology/schema';
import { traceFlow, type TraceOptions } from './trace';

// Inbound NAT rules forward one frontend port to one VM's IP configuration; with floating IP the destination stays
// the frontend IP, like a load-balancing rule. Unlike a load-balancing rule they use no health probe (Microsoft's
// "Inbound NAT rules": "unlike load balancing rules, inbound NAT rules don't need a health probe").

/** RDP to VM1 through FE1 (203.0.113.1:50001 → 10.0.0.4:3389), and SQL on VM2 with floating IP (FE2:1433 → 1433). */
const t: LbTopology = topology({
  inboundNatRules: [
    natRule('rdp-vm1'),
    natRule('sql-vm2', { frontend: 'FE2', frontendPort: 1433, backendPort: 1433, floatingIp: true, target: 'VM2' }),
  ],
});

function nat(options: Partial<TraceOptions> & { rule: string; vm: string }, topo = t) {
  const r = traceFlow(topo, { kind: 'natRule', ...options });
  if (!r.ok) throw new Error(r.error);
  return r.trace;
}

const endpoints = (trace: ReturnType<typeof nat>) => trace.hops.map((h) => [h.stage, h.src, h.dst, h.changed.join(',')]);

describe('traceFlow on an inbound NAT rule', () => {
  it('floating IP off: the frontend port is rewritten to the NIC IP and backend port; the reply is rewritten back', () => {
    const trace = nat({ rule: 'rdp-vm1', vm: 'VM1' });
    expect(trace).toMatchObject({ rule: 'rdp-vm1', kind: 'natRule', vm: 'VM1', floatingIp: false });
    expect(endpoints(trace)).toEqual([
      ['client-to-lb', '198.51.100.10:50000', '203.0.113.1:50001', ''],
      ['lb-to-vm', '198.51.100.10:50000', '10.0.0.4:3389', 'dstIp,dstPort'],
      ['vm-reply', '10.0.0.4:3389', '198.51.100.10:50000', ''],
      ['reply-at-client', '203.0.113.1:50001', '198.51.100.10:50000', 'srcIp,srcPort'],
    ]);
    expect(trace.outbound).toBeUndefined();
  });

  it('floating IP on: the frontend IP arrives at the VM; the guest replies from it and has the outbound limitation', () => {
    const trace = nat({ rule: 'sql-vm2', vm: 'VM2', client: '192.0.2.7:40000' });
    expect(endpoints(trace)).toEqual([
      ['client-to-lb', '192.0.2.7:40000', '203.0.113.2:1433', ''],
      ['lb-to-vm', '192.0.2.7:40000', '203.0.113.2:1433', ''],
      ['vm-reply', '203.0.113.2:1433', '192.0.2.7:40000', ''],
      ['reply-at-client', '203.0.113.2:1433', '192.0.2.7:40000', ''],
    ]);
    expect(trace.outbound).toMatchObject({ allowedSrc: '10.0.0.5', failingSrc: '203.0.113.2' });
    expect(trace.notes.join(' ')).toMatch(/VM2 must hold 203\.0\.113\.2 on a loopback/);
  });

  it('has no health probe path, and says the packet is sent whatever the service health', () => {
    const trace = nat({ rule: 'rdp-vm1', vm: 'VM1' });
    expect(trace.probe).toBeUndefined();
    expect(trace.notes[0]).toBe(
      'Inbound NAT rule rdp-vm1 uses no health probe (inbound NAT rules have none): the packet goes to VM1 whether or not the service answers.',
    );
  });

  it('what-if: a closed probe port changes nothing; no loopback drops a floating NAT flow at the VM', () => {
    const probe = nat({ rule: 'rdp-vm1', vm: 'VM1', whatIf: { probePortClosed: true } });
    expect(probe.failure).toBeUndefined();
    expect(probe.effects).toEqual([
      { whatIf: 'probePortClosed', outcome: 'no-effect', reason: expect.stringMatching(/inbound NAT rule rdp-vm1 uses no health probe/) },
    ]);

    const dropped = nat({ rule: 'sql-vm2', vm: 'VM2', whatIf: { noLoopback: true } });
    expect(dropped.hops.map((h) => h.failure?.outcome ?? (h.notReached ? 'not reached' : 'ok'))).toEqual([
      'ok',
      'dropped',
      'not reached',
      'not reached',
    ]);
    expect(dropped.failure?.reason).toMatch(/VM2 drops the packet.*203\.0\.113\.2/);
  });

  it('traces the exact target IP configuration of a { vm, ip } target', () => {
    const topo = topology({
      vms: [vm('VM1', '10.0.0.4', { nic: { name: 'eth0', ip: '10.0.0.4', secondaryIps: ['10.0.0.15'] } }), vm('VM2', '10.0.0.5')],
      inboundNatRules: [natRule('ssh', { target: { vm: 'VM1', ip: '10.0.0.15' }, backendPort: 22 })],
    });
    expect(nat({ rule: 'ssh', vm: 'VM1' }, topo).hops[1]!.dst).toBe('10.0.0.15:22');
  });

  it('names what is wrong when the NAT rule, its target or the VM does not fit, in either language', () => {
    const err = (options: Partial<TraceOptions> & { rule: string; vm: string }, topo = t) => {
      const r = traceFlow(topo, { kind: 'natRule', ...options });
      return r.ok ? 'ok' : r.error;
    };
    expect(err({ rule: 'nope', vm: 'VM1' })).toBe('There is no inbound NAT rule named "nope". Inbound NAT rules: rdp-vm1, sql-vm2.');
    expect(err({ rule: 'rdp-vm1', vm: 'VM2' })).toBe('VM "VM2" is not the target of inbound NAT rule rdp-vm1; its target is VM1.');
    const untargeted = topology({ inboundNatRules: [{ ...natRule('loose'), target: undefined }] });
    expect(err({ rule: 'loose', vm: 'VM1' }, untargeted)).toMatch(/^Inbound NAT rule loose delivers to no VM: give it a target VM/);
    expect(err({ rule: 'nope', vm: 'VM1', locale: 'ja' })).toBe(
      '"nope" という名前の受信 NAT 規則はありません。受信 NAT 規則: rdp-vm1, sql-vm2。',
    );
    // A load-balancing rule of the same name is not an inbound NAT rule, and the other way round.
    expect(err({ rule: 'r1', vm: 'VM1' })).toMatch(/no inbound NAT rule named "r1"/);
    expect(traceFlow(t, { rule: 'rdp-vm1', vm: 'VM1' })).toEqual({ ok: false, error: expect.stringMatching(/no rule named "rdp-vm1"/) });
  });
});
