import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isUnresolved, unresolved, type Resolved } from '../resolved';
import { DEFAULT_SCOPE, type ExpressionContext } from './context';
import { evaluateString, type EvaluationIssue } from './evaluator';
import { EvalFailure } from './values';

const params: Record<string, Resolved> = {
  n: 4,
  name: 'web',
  stack: 'ABAP+JAVA',
  list: ['a', 'b', 'c'],
  obj: { Alpha: 1, beta: { gamma: 'g' } },
  missing: unresolved(
    "parameter 'missing' has no value; give one with --param missing=value",
    "[parameters('missing')]",
    'parameters.missing',
  ),
};

function ctx(loops: Record<string, number> = {}): ExpressionContext {
  return {
    scope: DEFAULT_SCOPE,
    parameter: (name) => {
      if (!(name in params)) throw new EvalFailure(`parameter '${name}' is not declared`);
      return params[name] as Resolved;
    },
    variable: (name) => {
      if (name === 'rules') return { ABAP: [1], 'ABAP+JAVA': [1, 2] };
      throw new EvalFailure(`variable '${name}' is not declared`);
    },
    copyIndex: (loop) => {
      const key = loop ?? 'resource';
      if (!(key in loops)) throw new EvalFailure('copyIndex() is used outside a copy loop');
      return loops[key] as number;
    },
    reference: (target) => {
      throw new EvalFailure(`reference('${target}') reads the deployed state of a resource this template does not declare`, 'unknowable');
    },
  };
}

function ev(text: string, loops?: Record<string, number>): Resolved {
  return evaluateString(text, ctx(loops), 'test.path');
}

function why(text: string): string {
  const v = ev(text);
  if (!isUnresolved(v)) throw new Error(`resolved to ${JSON.stringify(v)}`);
  return v.reason;
}

describe('numbers', () => {
  it('add, sub, mul, div (truncating), mod (sign of the dividend), min, max, range', () => {
    expect(ev("[add(30015, mul(parameters('n'), 100))]")).toBe(30415);
    expect(ev('[sub(5, 7)]')).toBe(-2);
    expect(ev('[div(7, 2)]')).toBe(3);
    expect(ev('[div(-7, 2)]')).toBe(-3);
    expect(ev('[mod(-7, 3)]')).toBe(-1);
    expect(ev('[min(3, 1, 2)]')).toBe(1);
    expect(ev('[max(createArray(3, 9, 2))]')).toBe(9);
    expect(ev('[range(1, 3)]')).toEqual([1, 2, 3]);
    expect(why('[div(1, 0)]')).toBe('div() cannot divide by zero');
    expect(why("[add(1, '2')]")).toBe("add() expects an integer as argument 2, got a string '2'");
  });
});

describe('strings', () => {
  it('concat (strings, numbers and arrays), format, string, toLower/toUpper, replace, substring, padLeft, trim', () => {
    expect(ev("[concat('lb', padLeft(parameters('n'), 2, '0'), 'Rule')]")).toBe('lb04Rule');
    expect(ev("[concat(parameters('list'), createArray('d'))]")).toEqual(['a', 'b', 'c', 'd']);
    expect(ev("[concat('port', 80)]")).toBe('port80');
    expect(ev("[format('{0}-vm{1:D2} {{x}} [{2,4}]', parameters('name'), 3, 'ab')]")).toBe('web-vm03 {x} [  ab]');
    expect(why("[format('{1}', 'a')]")).toContain('placeholder {1} has no value');
    expect(ev('[string(true)]')).toBe('True');
    expect(ev("[string(parameters('obj'))]")).toBe('{"Alpha":1,"beta":{"gamma":"g"}}');
    expect(ev("[toLower('AbC')]")).toBe('abc');
    expect(ev("[toUpper('AbC')]")).toBe('ABC');
    expect(ev("[replace('a-b-c', '-', '.')]")).toBe('a.b.c');
    expect(ev("[substring('floating', 2, 3)]")).toBe('oat');
    expect(why("[substring('ab', 1, 5)]")).toContain('outside');
    expect(ev("[trim('  x ')]")).toBe('x');
    expect(ev("[split('a,b;c', createArray(',', ';'))]")).toEqual(['a', 'b', 'c']);
    expect(ev("[indexOf('FloatPlan', 'plan')]")).toBe(5);
    expect(ev("[startsWith('Standard', 'stan')]")).toBe(true);
    expect(ev("[endsWith('Standard', 'x')]")).toBe(false);
  });

  it('uniqueString and guid are deterministic and shaped like Azure’s (the hash differs from Azure)', () => {
    const u = ev('[uniqueString(subscription().id)]');
    expect(u).toMatch(/^[a-z2-7]{13}$/);
    expect(ev('[uniqueString(subscription().id)]')).toBe(u);
    expect(ev("[uniqueString(subscription().id, 'x')]")).not.toBe(u);
    expect(ev("[guid('a')]")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('conversions, collections and logic', () => {
  it('int, bool, json, array, length, first, last, take, skip, contains, empty, union, intersection, items, createObject, coalesce', () => {
    expect(ev("[int('42')]")).toBe(42);
    expect(why("[int('4x')]")).toContain("int() converts an integer or a string of digits, got a string '4x'");
    expect(ev("[bool('TRUE')]")).toBe(true);
    expect(ev('[json(\'{"a":[1,null]}\')]')).toEqual({ a: [1, null] });
    expect(why("[json('{')]")).toContain('not valid JSON');
    expect(ev("[array('x')]")).toEqual(['x']);
    expect(ev("[length(parameters('list'))]")).toBe(3);
    expect(ev("[length(parameters('obj'))]")).toBe(2);
    expect(ev("[first(parameters('list'))]")).toBe('a');
    expect(ev("[last('xyz')]")).toBe('z');
    expect(ev("[take(parameters('list'), 2)]")).toEqual(['a', 'b']);
    expect(ev("[skip(parameters('list'), 2)]")).toEqual(['c']);
    expect(ev("[contains(parameters('list'), 'b')]")).toBe(true);
    expect(ev("[contains(parameters('obj'), 'alpha')]")).toBe(true);
    expect(ev("[contains('abc', 'd')]")).toBe(false);
    expect(ev('[empty(createArray())]')).toBe(true);
    expect(ev("[empty('x')]")).toBe(false);
    expect(ev("[union(createObject('a', 1, 'b', 2), createObject('b', 3))]")).toEqual({ a: 1, b: 3 });
    expect(ev('[union(createArray(1, 2), createArray(2, 3))]')).toEqual([1, 2, 3]);
    expect(ev('[intersection(createArray(1, 2, 3), createArray(3, 2))]')).toEqual([2, 3]);
    expect(ev("[items(createObject('k', 'v'))]")).toEqual([{ key: 'k', value: 'v' }]);
    expect(ev("[coalesce(null(), json('null'), 'x', 'y')]")).toBe('x');
    expect(why("[createObject('a')]")).toContain('key, value pairs');
  });

  it('if, equals, not, and, or and the comparisons', () => {
    expect(ev("[if(equals(parameters('n'), 4), 'four', 'other')]")).toBe('four');
    expect(ev("[equals(createObject('a', 1, 'b', 2), createObject('b', 2, 'a', 1))]")).toBe(true);
    expect(ev("[equals('a', 'A')]")).toBe(false);
    expect(ev('[not(true)]')).toBe(false);
    expect(ev('[and(true, false)]')).toBe(false);
    expect(ev('[or(false, true)]')).toBe(true);
    expect(ev('[greater(2, 1)]')).toBe(true);
    expect(ev("[less('a', 'b')]")).toBe(true);
    expect(ev('[greaterOrEquals(1, 1)]')).toBe(true);
    expect(ev('[lessOrEquals(2, 1)]')).toBe(false);
    expect(why("[if('yes', 1, 2)]")).toContain('boolean condition');
  });

  it('property and index access: case-insensitive keys, index by expression, clear failures', () => {
    expect(ev("[parameters('obj').alpha]")).toBe(1);
    expect(ev("[parameters('obj')['beta'].gamma]")).toBe('g');
    expect(ev("[variables('rules')[parameters('stack')][1]]")).toBe(2);
    expect(why("[parameters('list')[3]]")).toBe('index 3 is outside the array (length 3)');
    expect(why("[parameters('obj').delta]")).toBe("the object has no property 'delta' (it has 'Alpha', 'beta')");
    expect(why("[variables('rules')['JAVA']]")).toContain("no key 'JAVA'");
  });
});

describe('encoding functions (ARM and Bicep string functions)', () => {
  it('base64, uriComponent and dataUri round trip UTF-8 text', () => {
    // Learn, "String functions for Bicep": base64('one, two, three') is b25lLCB0d28sIHRocmVl.
    expect(ev("[base64('one, two, three')]")).toBe('b25lLCB0d28sIHRocmVl');
    expect(ev("[base64ToString('b25lLCB0d28sIHRocmVl')]")).toBe('one, two, three');
    expect(ev('[base64ToJson(base64(\'{"one": "a"}\'))]')).toEqual({ one: 'a' });
    expect(ev("[base64ToString(base64('ロード'))]")).toBe('ロード');
    expect(ev("[uriComponent('a b/c')]")).toBe('a%20b%2Fc');
    expect(ev("[uriComponentToString('a%20b%2Fc')]")).toBe('a b/c');
    expect(ev("[dataUri('Hello')]")).toBe('data:text/plain;charset=utf8;base64,SGVsbG8=');
    expect(ev("[dataUriToString('data:;base64,SGVsbG8sIFdvcmxkIQ==')]")).toBe('Hello, World!');
    expect(why("[base64ToString('%%')]")).toContain('not base64');
  });
});

describe('deployment functions and copyIndex', () => {
  it('resourceGroup(), subscription(), deployment() describe the placeholder scope', () => {
    expect(ev('[resourceGroup().name]')).toBe('resourceGroup');
    expect(ev('[resourceGroup().id]')).toBe('/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/resourceGroup');
    expect(ev('[subscription().subscriptionId]')).toBe('00000000-0000-0000-0000-000000000000');
    expect(ev('[deployment().name]')).toBe('deployment');
    expect(isUnresolved(ev('[resourceGroup().location]'))).toBe(true);
    // A subscription-scope deployment has a location (AVM e2e tests default a parameter to it): known at deployment only.
    expect(isUnresolved(ev('[deployment().location]'))).toBe(true);
  });

  it('copyIndex() with a loop name and an offset', () => {
    expect(ev('[copyIndex()]', { resource: 2 })).toBe(2);
    expect(ev('[copyIndex(1)]', { resource: 2 })).toBe(3);
    expect(ev("[copyIndex('rules')]", { rules: 5 })).toBe(5);
    expect(ev("[copyIndex('rules', 10)]", { rules: 5 })).toBe(15);
    expect(why('[copyIndex()]')).toBe('copyIndex() is used outside a copy loop');
  });
});

describe('values only Azure knows', () => {
  it('environment(), utcNow(), newGuid(), managementGroup(), pickZones() and list*() are Unresolved with the reason', () => {
    expect(why('[environment().name]')).toContain('known only at deployment');
    expect(why('[utcNow()]')).toContain('deployment time');
    expect(why('[newGuid()]')).toContain('random');
    expect(why('[managementGroup().id]')).toContain('known only at deployment');
    expect(why("[pickZones('Microsoft.Compute', 'virtualMachines', 'westus2')]")).toContain('availability zones');
    expect(why("[listSecrets('id', '2020-01-01')]")).toBe('listSecrets() returns keys or secrets that only Azure knows');
  });

  it('tenant(), lastIndexOf, true(), false(), null() are evaluated', () => {
    expect(ev('[tenant().tenantId]')).toBe('00000000-0000-0000-0000-000000000000');
    expect(ev("[lastIndexOf('a-b-c', '-')]")).toBe(3);
    expect(ev('[createArray(true(), false(), null())]')).toEqual([true, false, null]);
  });
});

describe('Unresolved values', () => {
  it('propagate the first reason through functions, re-addressed to the expression that uses them', () => {
    const v = evaluateString("[concat('lb-', parameters('missing'))]", ctx(), 'resources[0].name');
    expect(v).toEqual({
      unresolved: true,
      path: 'resources[0].name',
      expression: "[concat('lb-', parameters('missing'))]",
      reason: "parameter 'missing' has no value; give one with --param missing=value",
    });
    expect(why("[add(1, length(parameters('missing')))]")).toContain("parameter 'missing'");
    expect(why("[parameters('missing').x]")).toContain("parameter 'missing'");
  });

  it('do not matter where the result does not depend on them', () => {
    expect(ev("[if(true, 'x', parameters('missing'))]")).toBe('x');
    expect(ev("[and(false, parameters('missing'))]")).toBe(false);
    expect(ev("[or(parameters('missing'), true)]")).toBe(true);
    expect(ev("[coalesce('a', parameters('missing'))]")).toBe('a');
    const arr = ev("[createArray(1, parameters('missing'))]");
    expect(Array.isArray(arr) && arr[0] === 1 && isUnresolved(arr[1])).toBe(true);
    expect(ev("[length(createArray(1, parameters('missing')))]")).toBe(2);
  });

  it('are made, and reported once, for unknown functions, list*(), reference() of other resources and type errors', () => {
    const issues: EvaluationIssue[] = [];
    const report = (i: EvaluationIssue) => issues.push(i);
    evaluateString("[frobnicate('x')]", ctx(), 'a', report);
    evaluateString("[listKeys('id', '2020-01-01').keys[0].value]", ctx(), 'b', report);
    evaluateString("[reference('elsewhere').ipAddress]", ctx(), 'c', report);
    evaluateString("[add('1', 2)]", ctx(), 'd', report);
    evaluateString('[add(1,, 2)]', ctx(), 'e', report);
    evaluateString("[concat('x', parameters('missing'))]", ctx(), 'f', report);
    expect(issues.map((i) => [i.kind, i.marker.path])).toEqual([
      ['invalid', 'a'],
      ['unknowable', 'b'],
      ['unknowable', 'c'],
      ['invalid', 'd'],
      ['syntax', 'e'],
    ]);
    expect(issues[0]?.marker.reason).toBe('Floatplan does not evaluate the function frobnicate()');
  });
});

describe('literal values', () => {
  it('strings that are not expressions come back unchanged', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !(s.startsWith('[') && s.endsWith(']'))),
        (s) => {
          expect(ev(s)).toBe(s.startsWith('[[') ? s.slice(1) : s);
        },
      ),
    );
  });
});
