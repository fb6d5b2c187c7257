import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { untranslated } from '../i18n/untranslated';
import { rule, topology, vm } from '../testing/builders';
import { formatLoadErrors, loadTopology } from './load';
import { MAX_ELEMENTS, MAX_TOPOLOGY_CHARS, overLimit } from './limits';

const errors = (input: unknown, locale: 'en' | 'ja' = 'en') => {
  const r = loadTopology(input);
  return r.ok ? 'ok' : formatLoadErrors(r.errors, locale);
};

describe('loadTopology limits', () => {
  it('refuses undefined with a message instead of throwing (it promises never to throw)', () => {
    expect(errors(undefined)).toBe('expected a JSON object with "version": 2, got nothing (undefined)');
    expect(untranslated(errors(undefined, 'ja'), ['version'])).toEqual([]);
    expect(errors(10n)).toBe('expected a JSON object with "version": 2, got 10');
    expect(errors(Symbol('s'))).toBe('expected a JSON object with "version": 2, got Symbol(s)');
    expect(errors(() => 1)).toMatch(/^expected a JSON object with "version": 2, got \(\) => 1/);
  });

  it('never throws on any JavaScript value, JSON or not', () => {
    const anything = fc.anything({
      withBigInt: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withBoxedValues: true,
      withSparseArray: true,
    });
    fc.assert(
      fc.property(fc.oneof(anything, fc.func(fc.anything())), (value) => void loadTopology(value)),
      { seed: 12, numRuns: 300 },
    );
  });

  it('refuses text over MAX_TOPOLOGY_CHARS before parsing it, saying both numbers', () => {
    const text = JSON.stringify({ ...topology(), description: 'x'.repeat(MAX_TOPOLOGY_CHARS) });
    expect(errors(text)).toMatch(/^too large: 3,000,\d{3} characters, and Floatplan reads topologies of up to 3,000,000 characters/);
    expect(untranslated(errors(text, 'ja'), ['3,000,000', text.length.toLocaleString('en')])).toEqual([]);
  });

  it('refuses more rules than MAX_ELEMENTS (twice Azure’s 1,500), counting inbound NAT rules with them', () => {
    const many = Array.from({ length: 2_000 }, (_, i) => rule(`r${i}`, { frontendPort: i }));
    expect(errors({ ...topology(), rules: many, inboundNatRules: many })).toBe(
      'rules: too many rules (load-balancing and inbound NAT together): 4,000, and Floatplan reads at most 3,000, ' +
        'more than one Azure load balancer can use. Nothing was opened; split the plan into several smaller ones.',
    );
    expect(untranslated(errors({ ...topology(), rules: many, inboundNatRules: many }, 'ja'), ['rules', 'NAT', '4,000', '3,000'])).toEqual(
      [],
    );
  });

  it('refuses an oversized pool, and still opens a plan at every Azure limit so validation can name it', () => {
    expect(overLimit({ backendPools: [{ name: 'p', members: new Array(MAX_ELEMENTS.poolMembers + 1).fill('VM1') }] })).toEqual({
      what: 'poolMembers',
      count: 10_001,
      max: 10_000,
    });
    const vms = Array.from({ length: 5_000 }, (_, i) => vm(`vm${i}`, `10.${i >> 8}.${i & 255}.4`));
    const atLimits = topology({
      frontends: Array.from({ length: 600 }, (_, i) => ({ name: `FE${i}`, ip: `203.0.${i >> 8}.${i & 255}` })),
      rules: Array.from({ length: 1_500 }, (_, i) => rule(`r${i}`, { frontendPort: i })),
      backendPools: [{ name: 'pool', members: vms.map((v) => v.name) }],
      vms,
    });
    const text = JSON.stringify(atLimits, null, 2);
    expect(text.length).toBeLessThan(MAX_TOPOLOGY_CHARS);
    expect(errors(text)).toBe('ok');
  });
});
