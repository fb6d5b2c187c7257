import { describe, expect, it } from 'vitest';
import { evaluateTemplate } from './template';
import { withEnglish } from '../withEnglish.testing';
import { at, codes, reason } from './template.testing';

describe('nested deployments', () => {
  const lb = (name: string) => ({
    type: 'Microsoft.Network/loadBalancers',
    name,
    properties: { loadBalancingRules: [{ name: 'r', properties: { frontendPort: "[parameters('port')]", enableFloatingIP: true } }] },
  });

  it('evaluate an outer-scope nested template in the parent context, its resources listed with their paths', () => {
    const r = evaluateTemplate({
      parameters: { port: { type: 'int', defaultValue: 1433 } },
      resources: [
        {
          type: 'Microsoft.Resources/deployments',
          name: 'inner',
          properties: { mode: 'Incremental', template: { resources: [lb("[concat('lb-', string(parameters('port')))]")] } },
        },
      ],
    });
    expect(r.resources.map((x) => [x.path, x.type, x.name])).toEqual([
      ['resources[0]', 'Microsoft.Resources/deployments', 'inner'],
      ['resources[0].properties.template.resources[0]', 'Microsoft.Network/loadBalancers', 'lb-1433'],
    ]);
    expect(at(r.resources[1]?.value, 'properties', 'loadBalancingRules', 0, 'properties', 'frontendPort')).toBe(1433);
  });

  it('evaluate an inner-scope nested template with the parameter values it is passed', () => {
    const r = evaluateTemplate({
      parameters: { sqlPort: { type: 'int', defaultValue: 1433 } },
      resources: [
        {
          type: 'Microsoft.Resources/deployments',
          name: 'setupLb',
          properties: {
            expressionEvaluationOptions: { scope: 'inner' },
            parameters: { port: { value: "[parameters('sqlPort')]" } },
            template: { parameters: { port: { type: 'int' }, missing: { type: 'string' } }, resources: [lb("[parameters('missing')]")] },
          },
        },
      ],
    });
    const inner = r.resources[1];
    expect(inner?.path).toBe('resources[0].properties.template.resources[0]');
    expect(at(inner?.value, 'properties', 'loadBalancingRules', 0, 'properties', 'frontendPort')).toBe(1433);
    expect(inner?.name).toMatchObject({ unresolved: true, path: 'resources[0].properties.template.resources[0].name' });
    expect(withEnglish(r.diagnostics)).toMatchObject([
      {
        severity: 'warning',
        code: 'ImportUnresolved',
        path: 'resources[0].properties.template.parameters.missing',
        message: expect.stringMatching(/^In the nested template of resources\[0\]: Parameter 'missing' has no value/),
      },
    ]);
  });
});

describe('linked templates', () => {
  it('are not downloaded, and an info says which file to import instead', () => {
    const r = evaluateTemplate({
      resources: [
        {
          type: 'Microsoft.Resources/deployments',
          name: 'lbs',
          properties: { templateLink: { uri: "[concat('https://example.com/', 'setupLBs.json')]" } },
        },
      ],
    });
    expect(withEnglish(r.diagnostics)).toMatchObject([
      {
        severity: 'info',
        code: 'ImportIgnored',
        path: 'resources[0].properties.templateLink',
        message:
          "resources[0] deploys the linked template 'https://example.com/setupLBs.json'; Floatplan does not download linked templates. Import that file itself to see its resources.",
      },
    ]);
  });
});

describe('user-defined functions', () => {
  it('are called with their own parameters; a wrong call or a variable inside says why', () => {
    const r = evaluateTemplate({
      functions: [
        {
          namespace: 'fp',
          members: {
            ruleName: {
              parameters: [
                { name: 'prefix', type: 'string' },
                { name: 'port', type: 'int' },
              ],
              output: { type: 'string', value: "[format('{0}-{1}', parameters('prefix'), parameters('port'))]" },
            },
            bad: { parameters: [], output: { type: 'string', value: "[variables('v')]" } },
          },
        },
      ],
      variables: {
        v: 1,
        name: "[fp.ruleName('sql', add(1400, 33))]",
        wrong: "[fp.ruleName('x')]",
        inner: '[fp.bad()]',
        none: '[fp.nope()]',
      },
    });
    expect(r.variables.name).toBe('sql-1433');
    expect(reason(r.variables.wrong)).toBe('fp.ruleName() takes 2 arguments (prefix, port), got 1');
    expect(reason(r.variables.inner)).toContain("cannot use variables('v')");
    expect(reason(r.variables.none)).toBe('the template defines no function fp.nope()');
  });
});

describe('outputs and bad input', () => {
  it('evaluate outputs, their copy loops and conditions', () => {
    const r = evaluateTemplate({
      outputs: {
        a: { type: 'int', value: '[add(1, 2)]' },
        b: { type: 'array', copy: { count: 2, input: "[concat('x', copyIndex())]" } },
        c: { condition: '[equals(1, 2)]', value: 'no' },
      },
    });
    expect(r.outputs).toEqual({ a: 3, b: ['x0', 'x1'] });
    expect(codes(r)).toEqual(['info ImportIgnored outputs.c']);
  });

  it('report a syntax error with its position and keep going', () => {
    const r = evaluateTemplate({ variables: { bad: "[concat('a' 'b')]", good: '[add(1, 1)]' } });
    expect(r.variables.good).toBe(2);
    expect(reason(r.variables.bad)).toContain('at 12');
    expect(codes(r)).toEqual(['warning ImportInvalid variables.bad']);
  });

  it('keep keys named __proto__ as ordinary names', () => {
    const r = evaluateTemplate(
      JSON.parse('{"variables":{"__proto__":"[add(1, 1)]"},"outputs":{"__proto__":{"value":"[createObject(\'__proto__\', 3)]"}}}'),
    );
    expect(Object.keys(r.variables)).toEqual(['__proto__']);
    expect(Object.getOwnPropertyDescriptor(r.variables, '__proto__')?.value).toBe(2);
    expect(JSON.stringify(r.outputs)).toBe('{"__proto__":{"__proto__":3}}');
  });

  it('stop at absurd nesting with a placeholder instead of a stack overflow', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 20000; i++) deep = [deep];
    const r = evaluateTemplate({ variables: { deep } });
    expect(codes(r)).toEqual([`warning ImportUnresolved variables.deep${'[0]'.repeat(501)}`]);
  });

  it('refuse something that is not a template object', () => {
    expect(codes(evaluateTemplate([1, 2]))).toEqual(['error ImportInvalid ']);
  });
});
