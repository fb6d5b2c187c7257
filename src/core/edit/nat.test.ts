import { describe, expect, it } from 'vitest';
import type { InboundNatRule, LbTopology } from '../topology/schema';
import { natRule } from '../testing/builders';
import { preset } from '../testing/presets';
import { canConnect, connect, disconnect } from './connect';
import { addElement, impactEntries, impactOf, newElement, removeElement, renameElement, updateElement } from './elements';
import { wiresOf } from './graph';
import { namesOf, parseNodeId } from './ids';

// type2-floating-ip: frontends FIP1 and FIP2, rules rule1 and rule2 into pool, VMs VM1 and VM2.
const base = preset('type2-floating-ip');
const nat = (name: string, over: Partial<InboundNatRule> = {}): InboundNatRule => natRule(name, { frontend: 'FIP1', ...over });
const withNat = (...rules: InboundNatRule[]): LbTopology => ({ ...base, inboundNatRules: rules });

describe('adding NAT rules', () => {
  it('treats a topology without inboundNatRules as having none, and creates the list on the first add', () => {
    expect(base.inboundNatRules).toBeUndefined();
    expect(namesOf(base, 'natRule')).toEqual([]);
    const t = addElement(base, 'natRule', undefined, { x: 1, y: 2 });
    expect(t.inboundNatRules).toEqual([
      { name: 'natRule1', frontend: '', protocol: 'Tcp', frontendPort: 50001, backendPort: 3389, floatingIp: false },
    ]);
    expect(t.layout?.['natRule:natRule1']).toEqual({ x: 1, y: 2 });
  });

  it('gives the next NAT rule the next free name and frontend port', () => {
    const t = addElement(base, 'natRule');
    expect(newElement(t, 'natRule')).toMatchObject({ name: 'natRule2', frontendPort: 50002 });
  });

  it('leaves topologies without NAT rules as they are when other elements change', () => {
    for (const t of [
      removeElement(base, 'vm', 'VM1'),
      removeElement(base, 'frontend', 'FIP1'),
      connect(base, 'frontend:FIP2', 'rule:rule1'),
    ]) {
      expect('inboundNatRules' in t).toBe(false);
    }
    const renamed = renameElement(base, 'vm', 'VM1', 'web1');
    expect(renamed.ok && 'inboundNatRules' in renamed.topology).toBe(false);
    expect(updateElement(base, 'natRule', 'x', { frontendPort: 1 })).toBe(base);
    expect(removeElement(base, 'natRule', 'x')).toBe(base);
  });

  it('parses NAT rule node ids', () => {
    expect(parseNodeId('natRule:rdp-vm1')).toEqual({ kind: 'natRule', name: 'rdp-vm1' });
  });
});

describe('wiring NAT rules', () => {
  const t = withNat(nat('n1', { frontend: '', target: undefined }));

  it('connects frontend → NAT rule → VM and draws the wires', () => {
    expect(canConnect(t, 'frontend:FIP1', 'natRule:n1')).toEqual({ ok: true });
    expect(canConnect(t, 'natRule:n1', 'vm:VM1')).toEqual({ ok: true });
    const wired = connect(connect(t, 'frontend:FIP1', 'natRule:n1'), 'natRule:n1', 'vm:VM1');
    expect(wired.inboundNatRules![0]).toMatchObject({ frontend: 'FIP1', target: 'VM1' });
    expect(
      wiresOf(wired)
        .filter((w) => w.id.includes('natRule'))
        .map((w) => `${w.kind} ${w.id}`),
    ).toEqual(['frontend-natRule frontend:FIP1->natRule:n1', 'natRule-vm natRule:n1->vm:VM1']);
  });

  it('refuses the wrong kinds with the reason', () => {
    expect(canConnect(t, 'natRule:n1', 'backendPool:pool')).toEqual({
      ok: false,
      reason: 'An inbound NAT rule connects to a VM, not to a backend pool. The chain is frontend → inbound NAT rule → VM.',
    });
    expect(canConnect(t, 'rule:rule1', 'natRule:n1')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^A rule connects to a backend pool, not to an inbound NAT rule\./),
    });
    expect(canConnect(t, 'vm:VM1', 'natRule:n1')).toMatchObject({ ok: false, reason: expect.stringMatching(/end of the chain/) });
    expect(canConnect(t, 'frontend:FIP1', 'natRule:nope')).toMatchObject({ ok: false, reason: 'That element no longer exists.' });
  });

  it('moves a NAT rule to a second VM with a note, since a NAT rule forwards to exactly one VM', () => {
    const wired = withNat(nat('n1', { target: { vm: 'VM1', ip: '10.0.0.4' } }));
    expect(canConnect(wired, 'natRule:n1', 'vm:VM1')).toEqual({ ok: false, reason: 'Inbound NAT rule n1 already forwards to VM VM1.' });
    expect(canConnect(wired, 'natRule:n1', 'vm:VM2')).toEqual({
      ok: true,
      note: 'Inbound NAT rule n1 moves from VM VM1 to VM2: a NAT rule forwards to one VM.',
    });
    expect(connect(wired, 'natRule:n1', 'vm:VM2').inboundNatRules![0]!.target).toBe('VM2');
    expect(canConnect(wired, 'frontend:FIP2', 'natRule:n1')).toEqual({
      ok: true,
      note: 'Inbound NAT rule n1 moves from frontend FIP1 to FIP2.',
    });
    expect(canConnect(wired, 'frontend:FIP1', 'natRule:n1')).toMatchObject({
      ok: false,
      reason: 'Inbound NAT rule n1 already uses frontend FIP1.',
    });
  });

  it('disconnects each NAT wire: the frontend becomes "" and the target goes', () => {
    const wired = withNat(nat('n1', { target: { vm: 'VM1', ip: '10.0.0.4' } }));
    const cut = disconnect(disconnect(wired, 'frontend:FIP1', 'natRule:n1'), 'natRule:n1', 'vm:VM1');
    expect(cut.inboundNatRules).toEqual([nat('n1', { frontend: '', target: undefined })].map(({ target: _t, ...r }) => r));
    expect(disconnect(wired, 'natRule:n1', 'vm:VM2')).toEqual(wired);
  });
});

describe('rename and remove keep NAT rules consistent', () => {
  const t = withNat(
    nat('n1'),
    nat('n2', { frontend: 'FIP2', target: { vm: 'VM1', ip: '10.0.0.4' }, frontendPort: 50002 }),
    nat('n3', { target: 'VM2' }),
  );

  it('renaming a frontend or VM rewrites the NAT rules that name it', () => {
    const fe = renameElement(t, 'frontend', 'FIP1', 'web');
    if (!fe.ok) throw new Error(fe.reason);
    expect(fe.topology.inboundNatRules!.map((r) => r.frontend)).toEqual(['web', 'FIP2', 'web']);
    const v = renameElement(t, 'vm', 'VM1', 'web1');
    if (!v.ok) throw new Error(v.reason);
    expect(v.topology.inboundNatRules!.map((r) => r.target)).toEqual(['web1', { vm: 'web1', ip: '10.0.0.4' }, 'VM2']);
  });

  it('renames a NAT rule itself and refuses a taken name', () => {
    const r = renameElement(t, 'natRule', 'n1', 'rdp-vm1');
    expect(r.ok && r.topology.inboundNatRules!.map((n) => n.name)).toEqual(['rdp-vm1', 'n2', 'n3']);
    expect(renameElement(t, 'natRule', 'n1', 'n2')).toEqual({ ok: false, reason: 'Another inbound NAT rule is already named "n2".' });
  });

  it('removing a VM removes the targets pointing at it, plain or { vm, ip }', () => {
    const r = removeElement(t, 'vm', 'VM1');
    expect(r.inboundNatRules!.map((n) => n.target)).toEqual([undefined, undefined, 'VM2']);
    expect(r.inboundNatRules!.every((n) => n.target !== undefined || !('target' in n))).toBe(true);
  });

  it('removing a frontend leaves its NAT rules unconnected', () => {
    expect(removeElement(t, 'frontend', 'FIP1').inboundNatRules!.map((n) => n.frontend)).toEqual(['', 'FIP2', '']);
  });

  it('says which NAT rules lose their frontend or target', () => {
    expect(impactOf(t, 'frontend', 'FIP1')).toEqual([
      'Rule rule1 loses its frontend.',
      'Inbound NAT rule n1 loses its frontend.',
      'Inbound NAT rule n3 loses its frontend.',
    ]);
    expect(impactOf(t, 'vm', 'VM1')).toEqual([
      'VM VM1 leaves backend pool pool.',
      'Inbound NAT rule n1 loses its target VM VM1.',
      'Inbound NAT rule n2 loses its target VM VM1.',
    ]);
    expect(impactEntries(t, 'vm', 'VM2').map((i) => i.affected)).toEqual(['vm:VM2', 'natRule:n3']);
    expect(impactOf(t, 'natRule', 'n1')).toEqual([]);
  });

  it('removes a NAT rule and its layout entry', () => {
    const r = removeElement({ ...t, layout: { 'natRule:n1': { x: 0, y: 0 } } }, 'natRule', 'n1');
    expect(r.inboundNatRules!.map((n) => n.name)).toEqual(['n2', 'n3']);
    expect(r.layout).toEqual({});
  });
});
