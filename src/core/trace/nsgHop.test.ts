import { describe, expect, it } from 'vitest';
import { planNsg } from '../nsg/plan';
import { allow, withNsg } from '../nsg/nsgCodeCases.testing';
import { natRule, rule, topology } from '../testing/builders';
import { applianceTopology, clusterTopology } from '../testing/holderTopologies';
import type { NsgRule } from '../topology/nsgSchema';
import type { LbTopology } from '../topology/schema';
import { traceFlow, type TraceOptions } from './trace';

const ok = (t: LbTopology, o: TraceOptions) => {
  const r = traceFlow(t, o);
  if (!r.ok) throw new Error(r.error);
  return r.trace;
};
const deny = (name: string, priority: number, source: string, ports = ['*']): NsgRule => ({
  ...allow(name, priority, source, ['*'], ports),
  access: 'Deny',
  protocol: '*',
});

describe('trace.nsg: the inbound rule the flow needs at the VM', () => {
  it('floating IP on: the NSG must allow the frontend IP and port, as the plan says', () => {
    const t = topology({ rules: [rule('r1', { floatingIp: true })] });
    const n = ok(t, { rule: 'r1', vm: 'VM1' }).nsg!;
    const planned = planNsg(t).rules.find((r) => r.purpose.kind === 'rule' && r.purpose.name === 'r1')!;
    expect(n.flow).toMatchObject({ planned: planned.name, priority: planned.priority, source: 'Internet', destination: '203.0.113.1' });
    expect(n.flow).toMatchObject({ ports: '80', protocol: 'Tcp' });
    expect(n.flow.note).toContain('the frontend IP, not the NIC IP');
    expect(n.flow.check).toBeUndefined();
    expect(n.probe).toMatchObject({ source: 'AzureLoadBalancer', destination: '10.0.0.4', ports: '80', protocol: 'Tcp' });
  });

  it('floating IP off: the destination is the NIC IP and the backend port; internal load balancers have VirtualNetwork', () => {
    const t = topology({ loadBalancer: { name: 'lb', sku: 'Standard', type: 'Internal' }, rules: [rule('r1', { backendPort: 8080 })] });
    const n = ok(t, { rule: 'r1', vm: 'VM2' }).nsg!;
    expect(n.flow).toMatchObject({ source: 'VirtualNetwork', destination: '10.0.0.5', ports: '8080' });
    expect(n.flow.note).toContain('the NIC IP');
  });

  it('HA ports: every port and protocol; an appliance pool: any destination', () => {
    const ha = topology({
      loadBalancer: { name: 'lb', sku: 'Standard', type: 'Internal' },
      rules: [rule('ha', { protocol: 'All', frontendPort: 0, backendPort: 0 })],
    });
    expect(ok(ha, { rule: 'ha', vm: 'VM1' }).nsg!.flow).toMatchObject({ destination: '10.0.0.4', ports: '*', protocol: '*' });
    const nva = ok(applianceTopology(), { rule: 'ha-ports', vm: 'nva1' }).nsg!;
    expect(nva.flow).toMatchObject({ destination: '*', ports: '*', protocol: '*' });
    expect(nva.probe).toMatchObject({ destination: '10.0.2.4', ports: '22' });
  });

  it('inbound NAT rules: the frontend IP with floating IP, else the target NIC IP; no probe', () => {
    const t = (floatingIp: boolean) => topology({ inboundNatRules: [natRule('rdp', { floatingIp })] });
    expect(ok(t(false), { rule: 'rdp', kind: 'natRule', vm: 'VM1' }).nsg).toMatchObject({
      flow: { destination: '10.0.0.4', ports: '3389' },
    });
    const on = ok(t(true), { rule: 'rdp', kind: 'natRule', vm: 'VM1' }).nsg!;
    expect(on.flow.destination).toBe('203.0.113.1');
    expect(on.probe).toBeUndefined();
  });

  it('a cluster with floating IP: the active node sees the frontend IP', () => {
    expect(ok(clusterTopology(), { rule: 'sql', vm: 'sql1' }).nsg!.flow).toMatchObject({ destination: '10.0.1.10', ports: '1433' });
  });
});

describe("trace.nsg: the user's own NSGs", () => {
  it('says which NSGs allow the flow and the probe', () => {
    const t = withNsg([allow('web', 200, 'Internet', ['10.0.0.0/24'])]);
    const tr = ok(t, { rule: 'r1', vm: 'VM1' });
    expect(tr.nsg!.flow.check).toEqual({ outcome: 'allowed', nsgs: ['web-nsg'] });
    expect(tr.nsg!.probe!.check?.outcome).toBe('allowed');
    expect(tr.hops.some((h) => h.failure || h.notReached)).toBe(false);
  });

  it('floating IP with a rule for the NIC IPs only: DenyAllInBound blocks the flow at the hop into the VM', () => {
    const t = withNsg([allow('web', 200, 'Internet', ['10.0.0.4', '10.0.0.5'])], { rules: [rule('r1', { floatingIp: true })] });
    const tr = ok(t, { rule: 'r1', vm: 'VM1' });
    expect(tr.nsg!.flow.check).toMatchObject({ outcome: 'blocked', nsg: 'web-nsg', rule: 'DenyAllInBound', priority: 65500 });
    expect(tr.hops[1]!.failure).toMatchObject({
      outcome: 'blocked-by-nsg',
      nsg: { nsg: 'web-nsg', rule: 'DenyAllInBound', priority: 65500 },
    });
    expect(tr.hops[1]!.failure!.reason).toContain('203.0.113.1');
    expect(tr.hops[1]!.failure!.fix).toMatch(/^Fix: add an inbound rule to web-nsg with a priority number below 65500/);
    expect(tr.hops.slice(2).every((h) => h.notReached)).toBe(true);
    // The same NSG lets the flow in with floating IP off: it is addressed to the NIC IP.
    const off = ok(withNsg([allow('web', 200, 'Internet', ['10.0.0.4', '10.0.0.5'])]), { rule: 'r1', vm: 'VM1' });
    expect(off.nsg!.flow.check?.outcome).toBe('allowed');
  });

  it("a user's deny rule blocks: the failing hop names the rule and its priority", () => {
    const t = withNsg([deny('deny-web', 150, 'Internet', ['80']), allow('web', 200, 'Internet', ['*'])]);
    const tr = ok(t, { rule: 'r1', vm: 'VM2' });
    expect(tr.hops[1]!.failure).toMatchObject({ outcome: 'blocked-by-nsg', nsg: { rule: 'deny-web', priority: 150 } });
    expect(tr.hops[1]!.failure!.reason).toContain('deny-web (priority 150)');
    expect(tr.nsg!.flow.note).toContain('denies it');
  });

  it('a deny of AzureLoadBalancer fails the probe and takes the VM out of rotation', () => {
    const t = withNsg([deny('deny-lb', 100, 'AzureLoadBalancer'), allow('web', 200, 'Internet', ['10.0.0.0/24'])]);
    const tr = ok(t, { rule: 'r1', vm: 'VM1' });
    expect(tr.nsg!.probe!.check).toMatchObject({ outcome: 'blocked', rule: 'deny-lb', priority: 100 });
    expect(tr.probe!.failed).toContain('deny-lb');
    expect(tr.hops[1]!.failure).toMatchObject({ outcome: 'out-of-rotation', nsg: { rule: 'deny-lb' } });
    expect(tr.hops.slice(2).every((h) => h.notReached)).toBe(true);
  });

  it('a blocked flow wins over a guest fault, and says so in Japanese', () => {
    const t = withNsg([deny('deny-web', 150, 'Internet')], { rules: [rule('r1', { floatingIp: true })] });
    const tr = ok(t, { rule: 'r1', vm: 'VM1', whatIf: { noLoopback: true }, locale: 'ja' });
    expect(tr.hops[1]!.failure?.outcome).toBe('blocked-by-nsg');
    expect(tr.hops[1]!.failure!.reason).toContain('優先度 150');
    expect(tr.failure?.outcome).toBe('dropped');
  });

  it('a passive cluster node is not failed by the NSG: the flow never goes there', () => {
    const t = {
      ...clusterTopology(),
      networkSecurityGroups: [{ name: 'n', rules: [], attachedTo: [{ vm: 'sql2', level: 'nic' as const }] }],
    };
    const tr = ok(t, { rule: 'sql', vm: 'sql2' });
    expect(tr.hops.some((h) => h.failure)).toBe(false);
    expect(tr.nsg!.flow.check).toBeDefined();
  });
});
