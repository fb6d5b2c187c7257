import { describe, expect, it } from 'vitest';
import { natRule } from '../../core/testing/builders';
import { preset } from '../../core/testing/presets';
import { inspect } from './selected';

const t = preset('type2-floating-ip');

describe('inspect', () => {
  it('finds each kind with its index', () => {
    expect(inspect(t, { kind: 'rule', name: 'rule2' })).toMatchObject({ kind: 'rule', index: 1, element: { name: 'rule2' } });
    expect(inspect(t, { kind: 'frontend', name: 'FIP1' })).toMatchObject({ kind: 'frontend', index: 0 });
    expect(inspect(t, { kind: 'backendPool', name: 'pool' })).toMatchObject({ kind: 'backendPool', index: 0 });
    expect(inspect(t, { kind: 'vm', name: 'VM2' })).toMatchObject({ kind: 'vm', index: 1 });
    expect(inspect(t, { kind: 'probe', name: 'health2' })).toMatchObject({ kind: 'probe', index: 1 });
    expect(inspect(t, { kind: 'loadBalancer', name: 'lb' })).toMatchObject({ kind: 'loadBalancer', element: { sku: 'Standard' } });
  });

  it('returns undefined for an element that no longer exists', () => {
    expect(inspect(t, { kind: 'rule', name: 'gone' })).toBeUndefined();
  });

  it('finds inbound NAT rules, and none in a topology without the list', () => {
    const nat = natRule('rdp1', { frontend: 'FIP1' });
    expect(inspect({ ...t, inboundNatRules: [nat] }, { kind: 'natRule', name: 'rdp1' })).toEqual({
      kind: 'natRule',
      index: 0,
      element: nat,
    });
    expect(inspect(t, { kind: 'natRule', name: 'rdp1' })).toBeUndefined();
  });
});
