import { describe, expect, it } from 'vitest';
import { addressText, parseNetwork } from './cidr';

describe('parseNetwork and addressText', () => {
  it('clears host bits, works for both families, and refuses what is not a range', () => {
    const n = parseNetwork('10.0.1.7/24')!;
    expect([n.v6, n.bits, n.prefix, addressText(n.bits, n.base)]).toEqual([false, 32, 24, '10.0.1.0']);
    const v6 = parseNetwork('2001:db8::1/64')!;
    expect([v6.v6, addressText(v6.bits, v6.base + 5n)]).toEqual([true, '2001:db8::5']);
    for (const bad of ['10.0.1.0', '10.0.1.0/33', 'x/8', '']) expect(parseNetwork(bad)).toBeUndefined();
  });
});
