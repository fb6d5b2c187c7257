import { describe, expect, it } from 'vitest';
import { Findings } from './diagnostics';
import { FRONTEND, otherChildName, parseId, POOL, resolveRef } from './ids';
import { unresolved } from './resolved';
import { withEnglish } from '../withEnglish.testing';

describe('parseId', () => {
  it('reads the last type/name pair and the parent, lower-casing the type', () => {
    expect(parseId('/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/loadBalancers/lb/frontendIpConfigurations/fe1')).toEqual(
      { type: 'frontendipconfigurations', name: 'fe1', parent: 'lb' },
    );
    expect(parseId('/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/publicIPAddresses/pip')).toEqual({
      type: 'publicipaddresses',
      name: 'pip',
    });
    expect(parseId('Microsoft.Network/loadBalancers/lb/probes/p')).toEqual({ type: 'probes', name: 'p', parent: 'lb' });
  });
  it('refuses what is not an id', () => {
    expect(parseId('just-a-name')).toBeUndefined();
    expect(parseId('/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/loadBalancers')).toBeUndefined();
  });
});

describe('resolveRef', () => {
  const at = (id: unknown) => ({ value: { id }, path: 'r.properties.frontendIPConfiguration' });
  it('matches by id whatever the casing of the child type and name', () => {
    const f = new Findings();
    expect(
      resolveRef(
        at('/x/providers/Microsoft.Network/loadBalancers/lb/frontendIpConfigurations/FE2'),
        FRONTEND,
        ['fe1', 'fe2'],
        'rule "r"',
        f,
      ),
    ).toBe('fe2');
    expect(resolveRef(at('fe1'), FRONTEND, ['fe1', 'fe2'], 'rule "r"', f)).toBe('fe1');
    expect(f.list).toEqual([]);
  });
  it('uses the only candidate when the id is opaque, and says so', () => {
    const f = new Findings();
    expect(resolveRef(at(unresolved("parameter 'feId' has no value", "[parameters('feId')]", 'p')), FRONTEND, ['fe'], 'rule "r"', f)).toBe(
      'fe',
    );
    expect(withEnglish(f.list)).toEqual([
      expect.objectContaining({
        severity: 'info',
        code: 'ImportDefaultUsed',
        path: 'r.properties.frontendIPConfiguration.id',
        message: expect.stringMatching(/only one frontend, "fe", so that one is used/),
      }),
    ]);
  });
  it('leaves the reference unconnected with a warning when several candidates remain', () => {
    const f = new Findings();
    expect(
      resolveRef(at('/x/providers/Microsoft.Network/loadBalancers/lb/backendAddressPools/nope'), POOL, ['a', 'b'], 'rule "r"', f),
    ).toBe('');
    expect(withEnglish(f.list)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'ImportUnresolved',
        message: expect.stringMatching(/no backend pool is named "nope".*left unconnected/),
      }),
    ]);
  });
  it('does not take the only candidate for a reference that spells out another name', () => {
    // cross-region quickstart without projectName: resourceId('…/backendAddressPools', lbR2Name, 'LoadBalancerBackEndPool-r2').
    const f = new Findings();
    const u = unresolved("parameter 'projectName' has no value", "[resourceId('x', variables('lbR2Name'), 'pool-r2')]", 'p');
    const hint = () => 'pool-r2';
    expect(resolveRef(at(u), POOL, ['pool-r1'], 'rule "r"', f, hint)).toBe('');
    expect(
      resolveRef(at('/x/providers/Microsoft.Network/loadBalancers/lb/backendAddressPools/nope'), POOL, ['pool-r1'], 'rule "r"', f),
    ).toBe('');
    expect(withEnglish(f.list).map((d) => [d.severity, d.message])).toEqual([
      ['warning', expect.stringMatching(/names "pool-r2", which this load balancer does not have \(its only backend pool is "pool-r1"\)/)],
      ['warning', expect.stringMatching(/names "nope", which this load balancer does not have/)],
    ]);
    // A candidate whose own name is a placeholder may be the one named: still taken, and said.
    expect(resolveRef(at(u), POOL, ['<poolName>'], 'rule "r"', f, hint)).toBe('<poolName>');
    expect(otherChildName(at(u), POOL, ['pool-r1'], hint)).toBe('pool-r2');
    expect(otherChildName(at(u), POOL, ['POOL-R2'], hint)).toBeUndefined();
    expect(otherChildName(at(u), POOL, ['<poolName>'], hint)).toBeUndefined();
  });
  it('is undefined when there is no reference', () => {
    expect(resolveRef({ value: undefined, path: 'x' }, POOL, ['a'], 'rule', new Findings())).toBeUndefined();
  });
});

describe('parseId with a % in the name', () => {
  const pools = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/loadBalancers/lb/backendAddressPools/';
  it('keeps the name as written: a stray % is no escape and never throws', () => {
    expect(parseId(`${pools}100%`)).toEqual({ type: 'backendaddresspools', name: '100%', parent: 'lb' });
    expect(parseId(`${pools}%zz%`)?.name).toBe('%zz%');
  });
  it('matches the name as written first, and a percent-decoded one only when that finds nothing', () => {
    const f = new Findings();
    const at = (id: string) => ({ value: { id }, path: 'r.properties.backendAddressPool' });
    expect(resolveRef(at(`${pools}a%41`), POOL, ['aA', 'a%41'], 'rule "r"', f)).toBe('a%41');
    expect(resolveRef(at(`${pools}web%20pool`), POOL, ['web pool', 'other'], 'rule "r"', f)).toBe('web pool');
    expect(resolveRef(at(`${pools}100%`), POOL, ['100%', 'other'], 'rule "r"', f)).toBe('100%');
    expect(f.list).toEqual([]);
  });
});
