import { describe, expect, it } from 'vitest';
import { isUnresolved, unresolved, type Resolved } from '../resolved';
import { DEFAULT_SCOPE, type ExpressionContext } from './context';
import { evaluateString } from './evaluator';
import { EvalFailure } from './values';

const rules: Resolved = [
  { name: 'sql', port: 1433, floating: true },
  { name: 'web', port: 443, floating: false },
  { name: 'probe', port: 59999, floating: true },
];
const ctx: ExpressionContext = {
  scope: DEFAULT_SCOPE,
  parameter: (name) => (name === 'rules' ? rules : unresolved("parameter 'x' has no value", '', 'parameters.x')),
  variable: () => {
    throw new EvalFailure('none');
  },
  copyIndex: () => 0,
  reference: () => null,
};
const ev = (text: string): Resolved => evaluateString(text, ctx, 'p');

describe('lambda functions', () => {
  it('map, filter, reduce, sort, toObject and mapValues call their lambda per element', () => {
    expect(ev("[map(parameters('rules'), lambda('r', lambdaVariables('r').port))]")).toEqual([1433, 443, 59999]);
    expect(ev("[map(parameters('rules'), lambda('r', 'i', concat(string(lambdaVariables('i')), lambdaVariables('r').name)))]")).toEqual([
      '0sql',
      '1web',
      '2probe',
    ]);
    expect(ev("[filter(parameters('rules'), lambda('r', lambdaVariables('r').floating))]")).toEqual([rules[0], rules[2]]);
    expect(ev("[reduce(parameters('rules'), 0, lambda('sum', 'r', add(lambdaVariables('sum'), lambdaVariables('r').port)))]")).toBe(
      1433 + 443 + 59999,
    );
    expect(
      ev(
        "[map(sort(parameters('rules'), lambda('a', 'b', less(lambdaVariables('a').port, lambdaVariables('b').port))), lambda('r', lambdaVariables('r').name))]",
      ),
    ).toEqual(['web', 'sql', 'probe']);
    expect(ev("[toObject(parameters('rules'), lambda('r', lambdaVariables('r').name), lambda('r', lambdaVariables('r').port))]")).toEqual({
      sql: 1433,
      web: 443,
      probe: 59999,
    });
    expect(ev("[mapValues(createObject('a', 1, 'b', 2), lambda('v', mul(lambdaVariables('v'), 10)))]")).toEqual({ a: 10, b: 20 });
  });

  it('nested lambdas see the outer variables', () => {
    expect(
      ev("[map(createArray(1, 2), lambda('x', map(createArray(10, 20), lambda('y', add(lambdaVariables('x'), lambdaVariables('y'))))))]"),
    ).toEqual([
      [11, 21],
      [12, 22],
    ]);
  });

  it('an Unresolved inside the lambda makes the result Unresolved; misuse says what is wrong', () => {
    const v = ev("[map(parameters('rules'), lambda('r', concat(lambdaVariables('r').name, parameters('x'))))]");
    expect(isUnresolved(v) && v.reason).toBe("parameter 'x' has no value");
    const outside = ev("[lambdaVariables('r')]");
    expect(isUnresolved(outside) && outside.reason).toContain('outside a lambda');
    const notLambda = ev("[map(parameters('rules'), 'x')]");
    expect(isUnresolved(notLambda) && notLambda.reason).toContain('expected lambda(');
  });
});

describe('newer functions', () => {
  it('join, flatten, objectKeys, tryGet, indexFromEnd', () => {
    expect(ev("[join(createArray('a', 1, true), ',')]")).toBe('a,1,True');
    expect(ev('[flatten(createArray(createArray(1), createArray(2, 3)))]')).toEqual([1, 2, 3]);
    expect(ev("[objectKeys(createObject('a', 1, 'b', 2))]")).toEqual(['a', 'b']);
    expect(ev("[tryGet(parameters('rules'), 0, 'name')]")).toBe('sql');
    expect(ev("[tryGet(parameters('rules'), 0, 'nope')]")).toBe(null);
    expect(ev("[indexFromEnd(parameters('rules'), 1).name]")).toBe('probe');
  });
});
