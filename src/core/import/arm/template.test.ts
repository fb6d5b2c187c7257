import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateTemplate } from './template';
import type { Resolved } from './resolved';
import { messageOf } from '../../diagnostics/diagnostic';
import { withEnglish } from '../withEnglish.testing';
import { RG, codes, reason, typed } from './template.testing';

describe('parameters', () => {
  it('use defaultValue (itself possibly an expression) when nothing is given', () => {
    const r = evaluateTemplate(typed);
    expect(r.parameters).toEqual({ port: 80, floating: false, names: [], tags: {}, sku: 'Standard', derived: 'Standard-80' });
    expect(r.diagnostics).toEqual([]);
  });

  it('take --param over the parameters file over defaultValue, coerced to the declared type', () => {
    const file = JSON.stringify({
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#',
      contentVersion: '1.0.0.0',
      parameters: { port: { value: 443 }, sku: { value: 'Basic' }, floating: { value: 'true' } },
    });
    const r = evaluateTemplate(typed, { parametersFile: file, params: { port: '8443', names: '["a","b"]', tags: '{"env":"test"}' } });
    expect(r.parameters).toEqual({
      port: 8443,
      floating: true,
      names: ['a', 'b'],
      tags: { env: 'test' },
      sku: 'Basic',
      derived: 'Basic-8443',
    });
    expect(r.diagnostics).toEqual([]);
  });

  it('accept a parameters file without the $schema wrapper', () => {
    expect(evaluateTemplate(typed, { parametersFile: '{"parameters":{"port":{"value":1}}}' }).parameters.port).toBe(1);
  });

  it('refuse a --param that does not fit the declared type, keeping the default, with the expected form', () => {
    const r = evaluateTemplate(typed, { params: { port: 'eighty', floating: 'yes', names: '{"a":1}' } });
    expect(r.parameters.port).toBe(80);
    expect(r.diagnostics.map((d) => messageOf(d))).toEqual([
      "--param port=eighty: parameter 'port' is of type int, so the value must be an integer, e.g. 5.",
      "--param floating=yes: parameter 'floating' is of type bool, so the value must be true or false.",
      `--param names={"a":1}: parameter 'names' is of type array, so the value must be a JSON array, e.g. ["a","b"].`,
    ]);
    expect(r.diagnostics.every((d) => d.severity === 'error' && d.code === 'ImportInvalid')).toBe(true);
  });

  it('name the template’s parameters when --param or the file names an unknown one', () => {
    const r = evaluateTemplate(typed, { params: { prot: '1' }, parametersFile: '{"parameters":{"other":{"value":1}}}' });
    expect(withEnglish(r.diagnostics)).toMatchObject([
      {
        severity: 'error',
        code: 'ImportInvalid',
        path: 'parameters.other',
        message:
          "The parameters file sets 'other', which this template does not declare; it was ignored. The template's parameters are: port, floating, names, tags, sku, derived.",
      },
      {
        severity: 'error',
        code: 'ImportInvalid',
        message:
          "--param prot=… names no parameter of this template; it was ignored. The template's parameters are: port, floating, names, tags, sku, derived.",
      },
    ]);
  });

  it('say when a value is not one of allowedValues', () => {
    const r = evaluateTemplate(typed, { params: { sku: 'Premium' } });
    expect(r.parameters.sku).toBe('Premium');
    expect(codes(r)).toEqual(['error ImportInvalid parameters.sku']);
    expect(messageOf(r.diagnostics[0]!)).toContain('not one of its allowedValues: "Basic", "Standard"');
  });

  it('without any value are Unresolved, with a warning at the parameter naming --param', () => {
    const r = evaluateTemplate({
      parameters: { lbName: { type: 'string' } },
      resources: [{ type: 'Microsoft.Network/loadBalancers', name: "[parameters('lbName')]" }],
    });
    expect(reason(r.parameters.lbName)).toBe("parameter 'lbName' has no value; give one with --param lbName=value");
    expect(withEnglish(r.diagnostics)).toMatchObject([
      {
        severity: 'warning',
        code: 'ImportUnresolved',
        path: 'parameters.lbName',
        message: expect.stringContaining('give it with --param lbName=value'),
      },
    ]);
    expect(r.resources[0]?.name).toEqual({
      unresolved: true,
      path: 'resources[0].name',
      expression: "[parameters('lbName')]",
      reason: "parameter 'lbName' has no value; give one with --param lbName=value",
    });
  });

  it('are null when declared nullable and not given', () => {
    const r = evaluateTemplate({
      parameters: { zone: { type: 'string', nullable: true } },
      variables: { z: "[coalesce(parameters('zone'), '1')]" },
    });
    expect(r.parameters.zone).toBe(null);
    expect(r.variables.z).toBe('1');
    expect(r.diagnostics).toEqual([]);
  });

  it('report an invalid parameters file and use the defaults', () => {
    const r = evaluateTemplate(typed, { parametersFile: '{"parameters": ' });
    expect(r.parameters.port).toBe(80);
    expect(codes(r)).toEqual(['error ImportInvalid ']);
  });
});

describe('variables', () => {
  it('are evaluated on demand, variables referring to variables in any order', () => {
    const r = evaluateTemplate({
      parameters: { n: { type: 'int', defaultValue: 2 } },
      variables: {
        b: "[concat(variables('a'), '-b')]",
        a: "[concat('a', string(parameters('n')))]",
        nested: { list: ["[variables('b')]"] },
      },
    });
    expect(r.variables).toEqual({ b: 'a2-b', a: 'a2', nested: { list: ['a2-b'] } });
  });

  it('that depend on themselves are Unresolved with the cycle named, and nothing throws', () => {
    const r = evaluateTemplate({ variables: { a: "[variables('b')]", b: "[concat(variables('a'), 'x')]", ok: 1 } });
    expect(reason(r.variables.a)).toBe("variable 'a' depends on itself (a → b → a)");
    expect(reason(r.variables.b)).toBe("variable 'a' depends on itself (a → b → a)");
    expect(r.variables.ok).toBe(1);
    expect(codes(r)).toEqual(['warning ImportUnresolved variables.b']);
  });

  it('expand copy loops, both the variables-level copy and a copy inside a variable', () => {
    const r = evaluateTemplate({
      variables: {
        copy: [{ name: 'ports', count: 3, input: "[add(8000, copyIndex('ports', 1))]" }],
        holder: { copy: [{ name: 'disks', count: 2, input: { lun: "[copyIndex('disks')]" } }] },
      },
    });
    expect(r.variables.ports).toEqual([8001, 8002, 8003]);
    expect(r.variables.holder).toEqual({ disks: [{ lun: 0 }, { lun: 1 }] });
  });
});

describe('resources', () => {
  it('expand resource copy loops with copyIndex() and offsets, one entry per copy with its path', () => {
    const r = evaluateTemplate({
      resources: [
        {
          type: 'Microsoft.Network/networkInterfaces',
          name: "[format('nic{0}', copyIndex(1))]",
          copy: { name: 'nics', count: "[length(createArray('a', 'b', 'c'))]" },
          properties: { primary: "[equals(copyIndex('nics'), 0)]" },
        },
      ],
    });
    expect(r.resources.map((x) => [x.path, x.name, x.copyIndex, x.value.properties])).toEqual([
      ['resources[0][copyIndex=0]', 'nic1', 0, { primary: true }],
      ['resources[0][copyIndex=1]', 'nic2', 1, { primary: false }],
      ['resources[0][copyIndex=2]', 'nic3', 2, { primary: false }],
    ]);
  });

  it('expand property copy loops into arrays', () => {
    const r = evaluateTemplate({
      resources: [
        {
          type: 'Microsoft.Network/loadBalancers',
          name: 'lb',
          properties: {
            copy: [
              {
                name: 'loadBalancingRules',
                count: 2,
                input: {
                  name: "[concat('rule', copyIndex('loadBalancingRules'))]",
                  properties: { frontendPort: "[add(1433, copyIndex('loadBalancingRules'))]", enableFloatingIP: true },
                },
              },
            ],
          },
        },
      ],
    });
    expect(r.resources[0]?.value.properties).toEqual({
      loadBalancingRules: [
        { name: 'rule0', properties: { frontendPort: 1433, enableFloatingIP: true } },
        { name: 'rule1', properties: { frontendPort: 1434, enableFloatingIP: true } },
      ],
    });
  });

  it('leave out a loop whose count is unknown, with a warning', () => {
    const r = evaluateTemplate({
      parameters: { n: { type: 'int' } },
      resources: [
        {
          type: 'Microsoft.Compute/virtualMachines',
          name: "[concat('vm', copyIndex())]",
          copy: { name: 'vms', count: "[parameters('n')]" },
        },
      ],
    });
    expect(r.resources).toEqual([]);
    expect(codes(r)).toEqual(['warning ImportUnresolved parameters.n', 'warning ImportUnresolved resources[0].copy']);
  });

  it('drop condition: false resources with an info, and keep an undecidable one with a warning', () => {
    const r = evaluateTemplate({
      parameters: { deployLb: { type: 'bool', defaultValue: false }, unknown: { type: 'bool' } },
      resources: [
        { condition: "[parameters('deployLb')]", type: 'Microsoft.Network/loadBalancers', name: 'lb' },
        { condition: "[parameters('unknown')]", type: 'Microsoft.Network/publicIPAddresses', name: 'pip' },
      ],
    });
    expect(r.resources.map((x) => x.name)).toEqual(['pip']);
    expect(codes(r)).toEqual([
      'warning ImportUnresolved parameters.unknown',
      'info ImportIgnored resources[0]',
      'warning ImportUnresolved resources[1].condition',
    ]);
  });

  it('flatten nested resources with their full type and name', () => {
    const r = evaluateTemplate({
      resources: [
        {
          type: 'Microsoft.Network/virtualNetworks',
          name: 'vnet',
          resources: [{ type: 'subnets', name: 'default', properties: { addressPrefix: '10.0.0.0/24' } }],
        },
      ],
    });
    expect(r.resources.map((x) => [x.path, x.type, x.name])).toEqual([
      ['resources[0]', 'Microsoft.Network/virtualNetworks', 'vnet'],
      ['resources[0].resources[0]', 'Microsoft.Network/virtualNetworks/subnets', 'vnet/default'],
    ]);
    expect('resources' in (r.resources[0]?.value ?? {})).toBe(false);
  });

  it('reference() of a resource in the template gives its properties, with ids on named child elements', () => {
    const r = evaluateTemplate({
      resources: [
        {
          type: 'Microsoft.Network/networkInterfaces',
          name: 'nic',
          properties: {
            pool: "[reference(resourceId('Microsoft.Network/loadBalancers', 'lb'), '2024-01-01').backendAddressPools[0].id]",
            sku: "[reference('lb', '2024-01-01', 'Full').sku.name]",
          },
        },
        {
          type: 'Microsoft.Network/loadBalancers',
          name: 'lb',
          sku: { name: 'Standard' },
          properties: { backendAddressPools: [{ name: 'pool1' }] },
        },
      ],
    });
    expect(r.resources[0]?.value.properties).toEqual({
      pool: `${RG}/providers/Microsoft.Network/loadBalancers/lb/backendAddressPools/pool1`,
      sku: 'Standard',
    });
    expect(r.diagnostics).toEqual([]);
  });

  it('reference() of anything else is Unresolved, with an info at the path', () => {
    const r = evaluateTemplate({
      resources: [
        {
          type: 'Microsoft.Network/networkInterfaces',
          name: 'nic',
          properties: {
            ip: "[reference(resourceId('Microsoft.Network/publicIPAddresses', 'elsewhere')).ipAddress]",
            dyn: "[reference('nic2').ipConfigurations[0].properties.privateIPAddress]",
          },
        },
        {
          type: 'Microsoft.Network/networkInterfaces',
          name: 'nic2',
          properties: { ipConfigurations: [{ name: 'c', properties: { privateIPAllocationMethod: 'Dynamic' } }] },
        },
      ],
    });
    const props = r.resources[0]?.value.properties as Record<string, Resolved>;
    expect(reason(props.ip)).toContain('a resource this template does not declare; only Azure knows it');
    expect(reason(props.dyn)).toBe("'privateIPAddress' is not set in the template, so its deployed value is known only to Azure");
    expect(codes(r)).toEqual(['info ImportUnresolved resources[0].properties.ip', 'info ImportUnresolved resources[0].properties.dyn']);
  });

  it('read languageVersion 2.0 templates (resources keyed by symbolic name)', () => {
    const r = evaluateTemplate({
      languageVersion: '2.0',
      resources: {
        lb: { type: 'Microsoft.Network/loadBalancers', name: 'lb-1', properties: { probes: [{ name: 'p' }] } },
        'the-nic': { type: 'Microsoft.Network/networkInterfaces', name: 'nic', properties: { probe: "[reference('lb').probes[0].id]" } },
      },
    });
    expect(r.resources.map((x) => [x.path, x.symbolicName])).toEqual([
      ['resources.lb', 'lb'],
      ["resources['the-nic']", 'the-nic'],
    ]);
    expect(r.resources[1]?.value.properties).toEqual({ probe: `${RG}/providers/Microsoft.Network/loadBalancers/lb-1/probes/p` });
  });

  it('pass non-expression values through unchanged; numbers written as strings stay strings', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const properties = JSON.parse(
          JSON.stringify({ v }, (_k, x: unknown) => (typeof x === 'string' && x.startsWith('[') ? `[${x}` : x)),
        ) as { v: unknown };
        const r = evaluateTemplate({ resources: [{ type: 'Microsoft.Network/loadBalancers', name: 'lb', properties }] });
        const expected = JSON.parse(
          JSON.stringify(properties, (_k, x: unknown) => (typeof x === 'string' && x.startsWith('[[') ? x.slice(1) : x)),
        ) as unknown;
        expect(r.resources[0]?.value.properties).toEqual(expected);
      }),
      { numRuns: 200 },
    );
    const r = evaluateTemplate({
      resources: [{ type: 'Microsoft.Network/loadBalancers', name: 'lb', properties: { intervalInSeconds: '5' } }],
    });
    expect(r.resources[0]?.value.properties).toEqual({ intervalInSeconds: '5' });
  });
});
