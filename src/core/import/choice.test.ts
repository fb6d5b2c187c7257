import { describe, expect, it } from 'vitest';
import { chooseLoadBalancer } from './choice';

const two = [
  { name: 'azurerm_lb.a', aliases: ['a'] },
  { name: 'azurerm_lb.b', aliases: ['b'] },
];

describe('chooseLoadBalancer', () => {
  it('takes the first by default, or the one named by its name or an alias ignoring case, and lists them when there are several', () => {
    expect(chooseLoadBalancer(two, undefined)).toEqual({
      ok: true,
      index: 0,
      choice: { loadBalancers: ['azurerm_lb.a', 'azurerm_lb.b'], loadBalancer: 'azurerm_lb.a' },
    });
    expect(chooseLoadBalancer(two, ' B ')).toMatchObject({ ok: true, index: 1, choice: { loadBalancer: 'azurerm_lb.b' } });
    expect(chooseLoadBalancer(two.slice(0, 1), undefined)).toEqual({ ok: true, index: 0, choice: {} });
  });

  it('refuses a name the file does not have, listing the names it has', () => {
    const r = chooseLoadBalancer(two, 'c');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.params).toEqual({ name: 'c', names: '"azurerm_lb.a", "azurerm_lb.b"' });
  });
});
