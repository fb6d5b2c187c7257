import { describe, expect, it } from 'vitest';
import type { LoopbackAddress } from './plan';
import { block, keyOf, loopbacks, shared } from './shared';

describe('shared', () => {
  it('makes a block once per owner and key', () => {
    const owner = {};
    let made = 0;
    const make = () => [`line ${++made}`];
    const first = shared(owner, 'a', make);
    expect(shared(owner, 'a', make)).toBe(first);
    expect(shared(owner, 'b', make)).toEqual(['line 2']);
    expect(shared({}, 'a', make)).toEqual(['line 3']);
    expect(made).toBe(3);
  });
  it('remembers a block that is undefined or empty too', () => {
    const owner = {};
    let made = 0;
    shared(owner, 'x', () => void made++);
    shared(owner, 'x', () => void made++);
    expect(made).toBe(1);
  });
  it('keys differ whenever one input differs, even where joining with a space would not', () => {
    expect(keyOf('a b', 'c')).not.toBe(keyOf('a', 'b c'));
    expect(keyOf({ 4: 32, 6: 128 }, undefined)).not.toBe(keyOf({ 4: 32, 6: 128 }, 'lo'));
    expect(keyOf({ 4: 32, 6: 128 }, false)).toBe(keyOf({ 4: 32, 6: 128 }, false));
  });
});

describe('block', () => {
  it('joins lines into one element, so a script joined from it reads the same; nothing for no lines', () => {
    const lines = ['a', '', 'b'];
    expect(['x', ...block(lines), 'y'].join('\n')).toBe(['x', ...lines, 'y'].join('\n'));
    expect(block(lines)[0]).toBe(block(lines)[0]);
    expect(block([])).toEqual([]);
  });
});

describe('loopbacks', () => {
  const entry = (ip: string, rules: string[], natRules?: string[]): LoopbackAddress => ({
    ip,
    family: ip.includes(':') ? 6 : 4,
    rules,
    ...(natRules ? { natRules } : {}),
  });
  it('gives the first of equal lists for each later one, and any different list back as it is', () => {
    const same = loopbacks();
    const a = [entry('203.0.113.1', ['r1']), entry('2001:db8::1', ['r2'])];
    expect(same(a)).toBe(a);
    expect(same([entry('203.0.113.1', ['r1']), entry('2001:db8::1', ['r2'])])).toBe(a);
    for (const other of [
      [entry('203.0.113.1', ['r1'])],
      [entry('2001:db8::1', ['r2']), entry('203.0.113.1', ['r1'])],
      [entry('203.0.113.1', ['r1', 'r3']), entry('2001:db8::1', ['r2'])],
      [entry('203.0.113.1', ['r1'], ['n1']), entry('2001:db8::1', ['r2'])],
      [entry('203.0.113.1', ['r1'], []), entry('2001:db8::1', ['r2'])],
    ])
      expect(same(other)).toBe(other);
  });
});
