import { describe, expect, it } from 'vitest';
import { wiresOf } from '../../core/edit/graph';
import { rule, topology as build } from '../../core/testing/builders';
import { addWired, canAddWired } from './addWired';

// FE1 → web → pool of VM1 and VM2.
const base = build({ rules: [rule('web')] });
const wires = (t: typeof base) => wiresOf(t).map((w) => `${w.source} ${w.target}`);

describe('addWired', () => {
  it('adds a VM to a pool: a new default VM, placed, and a member of the pool', () => {
    const { topology, added } = addWired(base, 'backendPool', 'pool', { x: 960, y: 200 });
    expect(added).toEqual({ kind: 'vm', name: 'VM3' });
    const vm = topology.vms.find((v) => v.name === 'VM3')!;
    expect(vm.nic.ip).not.toBe(base.vms[0]!.nic.ip);
    expect(wires(topology)).toContain('backendPool:pool vm:VM3');
    expect(topology.layout?.['vm:VM3']).toEqual({ x: 960, y: 200 });
  });

  it('adds a rule that uses the frontend, and a pool that the rule uses', () => {
    const withRule = addWired(base, 'frontend', 'FE1', { x: 320, y: 100 });
    expect(withRule.added).toEqual({ kind: 'rule', name: 'rule1' });
    expect(withRule.topology.rules.find((r) => r.name === 'rule1')).toMatchObject({ frontend: 'FE1', backendPool: '' });

    const withPool = addWired(withRule.topology, 'rule', 'rule1', { x: 640, y: 100 });
    expect(withPool.added).toEqual({ kind: 'backendPool', name: 'pool1' });
    expect(withPool.topology.rules.find((r) => r.name === 'rule1')!.backendPool).toBe('pool1');
    expect(withPool.topology.backendPools.find((p) => p.name === 'pool1')!.members).toEqual([]);
    // The rest is untouched.
    expect(withPool.topology.rules.find((r) => r.name === 'web')).toEqual(base.rules[0]);
  });

  it('offers the step on frontends, rules and pools only', () => {
    expect(['frontend', 'rule', 'natRule', 'backendPool', 'vm'].filter((k) => canAddWired(k as never))).toEqual([
      'frontend',
      'rule',
      'backendPool',
    ]);
  });
});
