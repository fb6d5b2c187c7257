import { describe, expect, it } from 'vitest';
import { Findings } from './diagnostics';
import { DefaultAddresses } from '../defaultAddresses';
import { placeholderName, readBool, readInt, readName } from './placeholders';
import { unresolved } from './resolved';
import { messageOf } from '../../diagnostics/diagnostic';
import { withEnglish } from '../withEnglish.testing';

const u = (expression: string) => unresolved("parameter 'x' has no value", expression, 'parameters.x.site');

describe('readInt', () => {
  it('takes numbers and string-typed integers silently', () => {
    const f = new Findings();
    expect(readInt({ value: 5, path: 'p' }, 'interval', f)).toBe(5);
    expect(readInt({ value: ' 59999 ', path: 'p' }, 'port', f)).toBe(59999);
    expect(readInt({ value: undefined, path: 'p' }, 'port', f)).toBeUndefined();
    expect(f.list).toEqual([]);
  });
  it('an unresolved value becomes the placeholder with a warning at the expression', () => {
    const f = new Findings();
    expect(
      readInt({ value: u("[add(3200, parameters('nr'))]"), path: 'r.properties.frontendPort' }, 'The frontendPort of the rule "a"', f),
    ).toBe(0);
    expect(withEnglish(f.list)).toMatchObject([
      {
        severity: 'warning',
        code: 'ImportUnresolved',
        path: 'parameters.x.site',
        message: expect.stringMatching(
          /^The frontendPort of the rule "a": \[add\(3200, parameters\('nr'\)\)\] could not be evaluated \(parameter 'x' has no value\)\. Give --param nr=<value>.*imported as 0/,
        ),
      },
    ]);
  });
  it('a malformed value is invalid, not silently zero', () => {
    const f = new Findings();
    expect(readInt({ value: '80a', path: 'p' }, 'port', f, 0)).toBe(0);
    expect(withEnglish(f.list[0])).toMatchObject({
      code: 'ImportInvalid',
      path: 'p',
      message: expect.stringMatching(/"80a", not an integer/),
    });
  });
});

describe('readBool', () => {
  it('reads booleans and "true"/"False" strings; an unresolved one is Azure\'s default, said to be a guess', () => {
    const f = new Findings();
    expect(readBool({ value: 'False', path: 'p' }, 'floating IP', f, false)).toBe(false);
    expect(readBool({ value: true, path: 'p' }, 'floating IP', f, false)).toBe(true);
    expect(f.list).toEqual([]);
    expect(readBool({ value: u("[parameters('fip')]"), path: 'p' }, 'floating IP', f, false)).toBe(false);
    expect(messageOf(f.list[0]!)).toMatch(/only Azure's default, not the template's value/);
  });
});

describe('names', () => {
  it('a placeholder name shows the parameter or variable, else the kind and position', () => {
    expect(placeholderName('frontend', 0, u("[parameters('sqlLBFE')]"))).toBe('<sqlLBFE>');
    expect(placeholderName('pool', 1, u("[ variables( 'pool' ) ]"))).toBe('<pool>');
    expect(placeholderName('rule', 2, u("[concat(parameters('a'), 'x')]"))).toBe('<rule-3>');
    expect(placeholderName('probe', 0)).toBe('<probe-1>');
  });
  it('an empty name is a placeholder too, with a diagnostic', () => {
    const f = new Findings();
    expect(readName({ value: '', path: 'n' }, 'rule', 1, f)).toBe('<rule-2>');
    expect(f.list[0]).toMatchObject({ code: 'ImportDefaultUsed', path: 'n' });
  });
  it('a blank name is a name (the planner accepts it, so its own exports must come back with it)', () => {
    const f = new Findings();
    expect(readName({ value: '  ', path: 'n' }, 'rule', 1, f)).toBe('  ');
    expect(f.list).toEqual([]);
  });
});

describe('DefaultAddresses', () => {
  it('hands out distinct documentation addresses per kind', () => {
    const a = new DefaultAddresses();
    expect([a.public4(), a.public4(), a.public6(), a.privateFrontend(), a.nic(), a.nic()]).toEqual([
      '203.0.113.10',
      '203.0.113.11',
      '2001:db8::a',
      '198.51.100.10',
      '192.0.2.10',
      '192.0.2.11',
    ]);
  });
});
