import { describe, expect, it } from 'vitest';
import { callFunction, FunctionFailure, knownFunction } from './functions';

const failure = (name: string, args: Parameters<typeof callFunction>[1]) => {
  try {
    callFunction(name, args);
  } catch (e) {
    if (e instanceof FunctionFailure) return e.detail;
    throw e;
  }
  return 'no failure';
};

describe('Terraform functions', () => {
  it('format: %s, %d, %v, %q and %%, with the argument count checked', () => {
    expect(callFunction('format', ['%s-lb-%d', 'sql', 2])).toBe('sql-lb-2');
    expect(callFunction('format', ['%v%% %q', 50, 'x'])).toBe('50% "x"');
    expect(failure('format', ['%s-%s', 'a'])).toBe('format() has more verbs than arguments in "%s-%s"');
    expect(failure('format', ['%08d', 1])).toMatch(/verb %0 is not computed/);
    expect(failure('format', ['%d', 1.5])).toBe('format() %d needs a whole number, got 1.5');
  });

  it('cidrhost and cidrsubnet follow Terraform (host 0 is the network address; negative counts from the end)', () => {
    expect(callFunction('cidrhost', ['10.0.1.0/24', 9])).toBe('10.0.1.9');
    expect(callFunction('cidrhost', ['10.0.1.0/24', -2])).toBe('10.0.1.254');
    expect(callFunction('cidrhost', ['10.12.112.0/20', 16])).toBe('10.12.112.16');
    expect(callFunction('cidrhost', ['2001:db8::/64', 5])).toBe('2001:db8::5');
    expect(callFunction('cidrsubnet', ['10.0.0.0/16', 8, 2])).toBe('10.0.2.0/24');
    expect(callFunction('cidrsubnet', ['2001:db8::/56', 8, 1])).toBe('2001:db8:0:1::/64');
    expect(failure('cidrhost', ['10.0.1.0/24', 256])).toBe('cidrhost() host number 256 does not fit in 10.0.1.0/24');
    expect(failure('cidrhost', ['10.0.1.0', 1])).toMatch(/expects an address range such as "10\.0\.0\.0\/24"/);
    expect(failure('cidrsubnet', ['10.0.0.0/16', 8, 256])).toBe('cidrsubnet() network number 256 does not fit in 8 bits');
    // Fractions (var.n / 2) are refused with a reason, never a crash.
    expect(failure('cidrsubnet', ['10.0.0.0/16', 8, 1.5])).toBe('cidrsubnet() expects a whole number, got 1.5');
    expect(failure('cidrhost', ['10.0.0.0/16', 0.5])).toBe('cidrhost() expects a whole number, got 0.5');
    expect(failure('max', [])).toBe('max() takes at least 1 arguments, got 0');
    expect(failure('lower', [])).toBe('lower() takes 1 argument, got 0');
  });

  it('strings, lists and maps as Terraform defines them', () => {
    expect(callFunction('lower', ['SQL'])).toBe('sql');
    expect(callFunction('join', ['-', ['a', 'b'], ['c']])).toBe('a-b-c');
    expect(callFunction('split', [',', 'a,b'])).toEqual(['a', 'b']);
    expect(callFunction('element', [['a', 'b', 'c'], 4])).toBe('b');
    expect(callFunction('length', ['日本'])).toBe(2);
    expect(callFunction('length', [{ a: 1, b: 2 }])).toBe(2);
    expect(callFunction('lookup', [{ sql: 1433 }, 'sql'])).toBe(1433);
    expect(callFunction('lookup', [{ sql: 1433 }, 'web', 80])).toBe(80);
    expect(failure('lookup', [{ sql: 1433 }, 'web'])).toBe('lookup() finds no key "web" and has no default');
    expect(callFunction('coalesce', [null, '', 'x'])).toBe('x');
    expect(callFunction('keys', [{ b: 1, a: 2 }])).toEqual(['a', 'b']);
    expect(callFunction('values', [{ b: 1, a: 2 }])).toEqual([2, 1]);
    expect(callFunction('merge', [{ a: 1 }, { a: 2, b: 3 }])).toEqual({ a: 2, b: 3 });
    const hostile = JSON.parse('{"__proto__": {"polluted": true}}');
    const merged = callFunction('merge', [hostile]) as Record<string, unknown>;
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(Object.keys(merged)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(callFunction('substr', ['loadbalancer', 0, 4])).toBe('load');
    expect(callFunction('replace', ['a-b-c', '-', '_'])).toBe('a_b_c');
    expect(failure('replace', ['a1', '/\\d/', 'x'])).toMatch(/regular expression is not computed/);
    expect(callFunction('max', [3, '7', 5])).toBe(7);
    expect(callFunction('tonumber', ['1433'])).toBe(1433);
    expect(failure('tonumber', ['port'])).toBe('tonumber() expects a number, got "port"');
  });

  it('knows only pure functions: file(), timestamp() and uuid() stay unknown', () => {
    expect(['format', 'cidrhost', 'lookup'].every(knownFunction)).toBe(true);
    expect(['file', 'timestamp', 'uuid', 'templatefile', 'constructor', '__proto__'].some(knownFunction)).toBe(false);
  });
});
