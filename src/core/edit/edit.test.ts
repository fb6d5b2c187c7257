import { describe, expect, it } from 'vitest';
import { codesOf, rule, topology } from '../testing/builders';
import { preset } from '../testing/presets';
import { canConnect, connect, disconnect } from './connect';
import {
  addElement,
  impactOf,
  newElement,
  removeElement,
  renameElement,
  removeProbe,
  renameProbe,
  setPositions,
  updateElement,
} from './elements';
import { wiresOf } from './graph';
import { parseNodeId, positionOf } from './ids';

const empty = topology({ frontends: [], backendPools: [], rules: [], vms: [], probes: [] });

describe("building the source page's example from nothing with edit operations", () => {
  it("ends with the page's mapping and no errors", () => {
    let t = empty;
    for (const kind of ['frontend', 'frontend', 'rule', 'rule', 'backendPool', 'vm', 'vm'] as const) t = addElement(t, kind);
    expect(t.frontends.map((f) => `${f.name}=${f.ip}`)).toEqual(['FE1=203.0.113.10', 'FE2=203.0.113.11']);
    expect(t.vms.map((v) => `${v.name}=${v.nic.ip}`)).toEqual(['VM1=10.0.0.4', 'VM2=10.0.0.5']);
    for (const [s, d] of [
      ['frontend:FE1', 'rule:rule1'],
      ['frontend:FE2', 'rule:rule2'],
      ['rule:rule1', 'backendPool:pool1'],
      ['rule:rule2', 'backendPool:pool1'],
      ['backendPool:pool1', 'vm:VM1'],
      ['backendPool:pool1', 'vm:VM2'],
    ]) {
      expect(canConnect(t, s!, d!).ok).toBe(true);
      t = connect(t, s!, d!);
    }
    expect(codesOf(t)).toContain('RulesUseSameBackendPortProtocolAndPool');
    t = updateElement(t, 'rule', 'rule1', { floatingIp: true });
    t = updateElement(t, 'rule', 'rule2', { floatingIp: true });
    expect(codesOf(t).filter((c) => c !== 'NoProbe' && !c.startsWith('FloatingIp'))).toEqual([]);
    expect(wiresOf(t).map((w) => w.id)).toEqual([
      'frontend:FE1->rule:rule1',
      'rule:rule1->backendPool:pool1',
      'frontend:FE2->rule:rule2',
      'rule:rule2->backendPool:pool1',
      'backendPool:pool1->vm:VM1',
      'backendPool:pool1->vm:VM2',
    ]);
  });
});

describe('canConnect', () => {
  const t = preset('type2-floating-ip');
  it('refuses wrong kinds with the reason', () => {
    expect(canConnect(t, 'frontend:FIP1', 'vm:VM1')).toEqual({
      ok: false,
      reason: expect.stringMatching(/A frontend connects to a rule or an inbound NAT rule, not to a VM/),
    });
    expect(canConnect(t, 'vm:VM1', 'backendPool:pool')).toMatchObject({ ok: false, reason: expect.stringMatching(/end of the chain/) });
    expect(canConnect(t, 'frontend:nope', 'rule:rule1')).toMatchObject({ ok: false });
  });
  it('refuses what is already wired and notes what a new wire replaces', () => {
    expect(canConnect(t, 'backendPool:pool', 'vm:VM1')).toMatchObject({ ok: false, reason: 'VM VM1 is already in backend pool pool.' });
    expect(canConnect(t, 'frontend:FIP2', 'rule:rule1')).toEqual({ ok: true, note: 'Rule rule1 moves from frontend FIP1 to FIP2.' });
  });
  it('connect refuses invalid wires by returning the same topology', () => {
    expect(connect(t, 'frontend:FIP1', 'vm:VM1')).toBe(t);
  });
  it('disconnect undoes each kind of wire', () => {
    const d = disconnect(disconnect(t, 'frontend:FIP1', 'rule:rule1'), 'backendPool:pool', 'vm:VM2');
    expect(d.rules[0]!.frontend).toBe('');
    expect(d.backendPools[0]!.members).toEqual(['VM1']);
    expect(codesOf(d)).toContain('UnknownReference');
  });
});

describe('remove, rename, positions', () => {
  const t = setPositions(preset('type2-floating-ip'), { 'frontend:FIP1': { x: 1, y: 2 } });
  it('says what deleting breaks and clears the references', () => {
    expect(impactOf(t, 'frontend', 'FIP1')).toEqual(['Rule rule1 loses its frontend.']);
    const r = removeElement(t, 'frontend', 'FIP1');
    expect(r.rules[0]!.frontend).toBe('');
    expect(r.layout).toEqual({});
    expect(removeElement(t, 'vm', 'VM1').backendPools[0]!.members).toEqual(['VM2']);
  });
  it('renames everywhere, including the layout, and refuses bad or taken names', () => {
    const r = renameElement(t, 'frontend', 'FIP1', 'web');
    if (!r.ok) throw new Error(r.reason);
    expect(r.topology.rules[0]!.frontend).toBe('web');
    expect(positionOf(r.topology.layout, 'frontend', 'web')).toEqual({ x: 1, y: 2 });
    expect(renameElement(t, 'frontend', 'FIP1', 'FIP2')).toMatchObject({ ok: false, reason: expect.stringMatching(/already named/) });
    expect(renameElement(t, 'vm', 'VM1', "x'; rm -rf /")).toMatchObject({ ok: false });
    expect(renameElement(t, 'vm', 'VM1', '')).toMatchObject({ ok: false });
  });
  it('keeps node ids unambiguous when names repeat across kinds', () => {
    expect(parseNodeId('backendPool:a:b')).toEqual({ kind: 'backendPool', name: 'a:b' });
    expect(parseNodeId('nope:x')).toBeUndefined();
    expect(positionOf({ FIP1: { x: 5, y: 5 } }, 'frontend', 'FIP1')).toEqual({ x: 5, y: 5 });
  });
  it('new internal frontends get private addresses', () => {
    const internal = { ...empty, loadBalancer: { name: 'lb', sku: 'Standard' as const, type: 'Internal' as const } };
    expect(newElement(internal, 'frontend').ip).toBe('10.0.0.100');
    expect(newElement(topology({ rules: [rule('rule1')] }), 'rule').name).toBe('rule2');
  });
});

describe('renameProbe', () => {
  it('renames a probe and every rule that uses it, with the same naming rules as elements, in either language', () => {
    const t = topology({
      rules: [rule('r1'), rule('r2'), rule('r3', { probe: undefined })],
      probes: [
        { name: 'p80', protocol: 'Tcp', port: 80 },
        { name: 'p443', protocol: 'Tcp', port: 443 },
      ],
    });
    const r = renameProbe(t, 'p80', 'http-80');
    if (!r.ok) throw new Error(r.reason);
    expect(r.topology.probes.map((p) => p.name)).toEqual(['http-80', 'p443']);
    expect(r.topology.rules.map((x) => x.probe)).toEqual(['http-80', 'http-80', undefined]);
    expect(codesOf(r.topology)).toEqual(codesOf(t));
    expect(renameProbe(t, 'p80', 'p443')).toEqual({ ok: false, reason: 'Another health probe is already named "p443".' });
    expect(renameProbe(t, 'p80', 'p443', 'ja')).toEqual({ ok: false, reason: '「p443」という名前の正常性プローブが既にあります。' });
    expect(renameProbe(t, 'p80', ' p81')).toMatchObject({ ok: false, reason: 'A name cannot start or end with spaces.' });
    expect(renameProbe(t, 'p80', 'a;rm -rf')).toMatchObject({ ok: false });
    expect(renameProbe(t, 'p80', 'p80')).toEqual({ ok: true, topology: t });
  });
});

describe('removeProbe', () => {
  it('deletes a probe no rule uses, and refuses one in use naming the rules, in either language', () => {
    const t = topology({
      rules: [rule('r1'), rule('r2')],
      probes: [
        { name: 'p80', protocol: 'Tcp', port: 80 },
        { name: 'spare', protocol: 'Tcp', port: 8080 },
      ],
    });
    const r = removeProbe(t, 'spare');
    expect(r.ok && r.topology.probes.map((p) => p.name)).toEqual(['p80']);
    expect(removeProbe(t, 'p80')).toEqual({
      ok: false,
      reason:
        'Health probe p80 is used by r1, r2; Azure refuses to delete a probe a rule uses. Give those rules another probe (or none) first.',
    });
    expect(removeProbe(t, 'p80', 'ja')).toMatchObject({ ok: false, reason: expect.stringContaining('r1, r2 で使われています') });
  });
});
