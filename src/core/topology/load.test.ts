import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { topology } from '../testing/builders';
import { formatLoadErrors, loadErrorMessage, loadTopology, MAX_LOAD_ERRORS } from './load';

const messages = (input: unknown) => {
  const r = loadTopology(input);
  return r.ok ? [] : r.errors.map((e) => `${e.path}: ${loadErrorMessage(e)}`);
};

describe('loadTopology', () => {
  it('loads every preset', () => {
    for (const file of readdirSync('public/examples')) {
      const r = loadTopology(readFileSync(`public/examples/${file}`, 'utf8'));
      expect(r.ok ? 'ok' : formatLoadErrors(r.errors), file).toBe('ok');
    }
  });

  it('names the JSON path and what was expected', () => {
    const t = topology() as unknown as Record<string, unknown>;
    const rules = [0, 1, 2].map((i) => ({ ...topology().rules[0]!, name: `r${i}` }));
    (rules[2] as Record<string, unknown>).frontendPort = '80a';
    expect(messages({ ...t, rules })).toEqual(['rules[2].frontendPort: expected an integer, got "80a"']);
  });

  it('reports every problem at once, including missing and unknown fields', () => {
    const t = topology() as unknown as Record<string, unknown>;
    const vms = [
      { name: 'VM1', os: 'windows', nic: { name: 'Ethernet' } },
      { name: 'VM2', os: 'beos', nic: { name: 'e', ip: '10.0.0.5' } },
    ];
    const errs = messages({ ...t, vms, colour: 'blue' });
    expect(errs).toContain('vms[0].nic.ip: missing; this field is required');
    expect(errs).toContain('vms[1].os: expected one of windows, ubuntu, rhel, suse, debian, linux, got "beos"');
    expect(errs).toContain('colour: unknown field; remove it or check its spelling');
  });

  it('refuses an unknown or missing version with a clear message', () => {
    expect(messages({ ...topology(), version: 3 })[0]).toMatch(
      /^version: unsupported version 3: this Floatplan reads version 1 and 2 files/,
    );
    const { version: _drop, ...rest } = topology();
    expect(messages(rest)[0]).toMatch(/^version: missing/);
  });

  it('explains text that is not JSON or not an object', () => {
    expect(messages('{"version": 1,')[0]).toMatch(/^: not valid JSON/);
    expect(messages([])[0]).toMatch(/expected a JSON object/);
  });

  it('lists at most MAX_LOAD_ERRORS problems and counts the rest (issue 12)', () => {
    const t = topology();
    const errs = messages({ ...t, backendPools: [{ name: 'pool', members: new Array(150).fill(3) }] });
    expect(errs).toHaveLength(MAX_LOAD_ERRORS + 1);
    expect(errs[0]).toBe('backendPools[0].members[0]: expected a VM name or { "vm": "<name>", "ip": "<address>" }, got 3');
    expect(errs.at(-1)).toBe(': and 50 more problems; fix these and open it again to see the rest');
  });

  it('costs little memory on a document of millions of wrong values (issue 12)', () => {
    // 300 pools of 9,999 wrong members: 3 million problems from 6 MB of JSON that compresses into a short link.
    const t = topology();
    const pools = Array.from({ length: 300 }, (_, i) => ({ name: `p${i}`, members: new Array(9_999).fill(1) }));
    const start = Date.now();
    const errs = messages({ ...t, backendPools: pools });
    expect(Date.now() - start).toBeLessThan(5_000);
    expect(errs).toEqual([
      'backendPools[0].members[0]: expected a VM name or { "vm": "<name>", "ip": "<address>" }, got 1',
      ': and perhaps more problems: the document is too large to list them all; fix this one and open it again',
    ]);
  });

  it('escapes control characters in a path, so a key cannot forge a line or drive a terminal (issue 12)', () => {
    expect(messages({ ...topology(), 'a\u001b[2J\nb': 1 })).toEqual([
      'a\\u001b[2J\\u000ab: unknown field; remove it or check its spelling',
    ]);
  });

  it('keeps semantic problems for validation: bad addresses and ports still load', () => {
    const t = topology({ frontends: [{ name: 'FE1', ip: '300.1.1.1' }], rules: [{ ...topology().rules[0]!, frontendPort: 70000 }] });
    expect(loadTopology(JSON.parse(JSON.stringify(t))).ok).toBe(true);
  });

  it('never throws on random JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const r = loadTopology(value);
        return r.ok || r.errors.length > 0;
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        const r = loadTopology(text);
        return r.ok || r.errors.every((e) => typeof loadErrorMessage(e) === 'string');
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on random mutations of a valid topology', () => {
    const base = JSON.parse(JSON.stringify(topology()));
    fc.assert(
      fc.property(
        fc.constantFrom('rules', 'frontends', 'vms', 'backendPools', 'probes', 'loadBalancer', 'layout'),
        fc.jsonValue(),
        (key, value) => {
          const r = loadTopology({ ...base, [key]: value });
          return r.ok || r.errors.every((e) => e.path.startsWith(key) || e.path === '');
        },
      ),
      { numRuns: 500 },
    );
  });
});
