import { describe, expect, it } from 'vitest';
import { BicepMeaningError } from './syntax';
import type { BicepTemplate } from './template';
import { toArm } from './toArm.testing';
import { withEnglish } from '../withEnglish.testing';

type Obj = Record<string, unknown>;
const resources = (t: BicepTemplate) => t.template.resources as Obj[];
const variables = (t: BicepTemplate) => t.template.variables as Obj;

describe('bicepToArm expressions', () => {
  it('writes strings, operators, safe access and ternaries as ARM functions', async () => {
    const out = await toArm(
      [
        'param cfg object = {}',
        'var a = cfg.?port ?? 80',
        "var b = !(1 + 2 * 3 >= 7) || cfg.name =~ 'X'",
        "var c = 'it\\'s {literal} [x] ${cfg.name}'",
        "var d = '[not an expression'",
        'var e = cfg.enabled ? -1 : sys.max(1, 2)',
        "var f = cfg.name != 'a' && cfg.size % 2 == 0",
        "var g = '${cfg.name}'",
        "var h = [\n  1\n  'two'\n]",
        '',
      ].join('\n'),
    );
    expect(variables(out)).toEqual({
      a: "[coalesce(tryGet(parameters('cfg'), 'port'), 80)]",
      b: "[or(not(greaterOrEquals(add(1, mul(2, 3)), 7)), equals(toLower(parameters('cfg').name), toLower('X')))]",
      c: "[format('it''s {{literal}} [x] {0}', parameters('cfg').name)]",
      d: '[[not an expression',
      e: "[if(parameters('cfg').enabled, -1, max(1, 2))]",
      f: "[and(not(equals(parameters('cfg').name, 'a')), equals(mod(parameters('cfg').size, 2), 0))]",
      g: "[parameters('cfg').name]",
      h: [1, 'two'],
    });
  });

  it("passes Bicep's system functions through to ARM, also as the first element of an array", async () => {
    // tree-sitter-bicep 1.1.0 splits `[\n  string(i)\n]` into a name and "(i)" (lb-standard-create quickstart, line 91).
    const out = await toArm(
      [
        'param i int = 1',
        'var a = [\n  string(i)\n]',
        'var b = [\n  int(string(i))\n  sys.bool(i)\n]',
        "var c = toUpper(sys.concat('a', string(i)))",
        'var d = any(i)',
        "var e = [for z in [\n  string(i)\n]: 'x${z}']",
        "var f = [\n  base64('a')\n]",
        '',
      ].join('\n'),
    );
    expect(variables(out)).toEqual({
      a: ["[string(parameters('i'))]"],
      b: ["[int(string(parameters('i')))]", "[bool(parameters('i'))]"],
      c: "[toUpper(concat('a', string(parameters('i'))))]",
      d: "[parameters('i')]",
      e: ["[format('x{0}', string(parameters('i')))]"],
      f: ["[base64('a')]"],
    });
  });

  it('writes for expressions and lambdas over unknown arrays as map() with lambda()', async () => {
    const out = await toArm(
      [
        'param pools array',
        "var names = [for (p, i) in pools: '${i}-${p.name}']",
        'var ids = map(pools, x => x.id)',
        'var first = pools[?0]',
        '',
      ].join('\n'),
    );
    expect(variables(out)).toEqual({
      names: "[map(parameters('pools'), lambda('p', 'i', format('{0}-{1}', lambdaVariables('i'), lambdaVariables('p').name)))]",
      ids: "[map(parameters('pools'), lambda('x', lambdaVariables('x').id))]",
      first: "[tryGet(parameters('pools'), 0)]",
    });
  });

  it('keeps a multi-line string verbatim, ${} included', async () => {
    const out = await toArm("var s = '''\nline1\n  ${notInterpolated}'''\n");
    expect(variables(out).s).toBe('line1\n  ${notInterpolated}');
  });

  it('declares parameter types, nullability, allowed values and descriptions', async () => {
    const out = await toArm(
      [
        '@secure()',
        'param pw string',
        'param tags object?',
        "param mode 'a' | 'b' = 'a'",
        'param ids string[]',
        "@description('The SKU.')",
        "@allowed([\n  'Basic'\n  'Standard'\n])",
        "param sku string = 'Standard'",
        'param count int = 2',
        '',
      ].join('\n'),
    );
    expect(out.template.parameters).toEqual({
      pw: { type: 'securestring' },
      tags: { type: 'object', nullable: true },
      mode: { type: 'string', defaultValue: 'a' },
      ids: { type: 'array' },
      sku: { type: 'string', defaultValue: 'Standard', allowedValues: ['Basic', 'Standard'], metadata: { description: 'The SKU.' } },
      count: { type: 'int', defaultValue: 2 },
    });
  });
});

describe('bicepToArm resources', () => {
  it('turns a resource loop into a copy loop and indexes it from elsewhere', async () => {
    const out = await toArm(
      [
        'param count int = 2',
        "resource nics 'Microsoft.Network/networkInterfaces@2024-05-01' = [for i in range(0, count): {",
        "  name: 'nic-${i}'",
        '}]',
        'output firstId string = nics[0].id',
        '',
      ].join('\n'),
    );
    expect(resources(out)).toEqual([
      {
        type: 'Microsoft.Network/networkInterfaces',
        apiVersion: '2024-05-01',
        copy: { name: 'nics', count: "[length(range(0, parameters('count')))]" },
        name: "[format('nic-{0}', range(0, parameters('count'))[copyIndex()])]",
      },
    ]);
    expect(out.template.outputs).toEqual({
      firstId: {
        type: 'string',
        value: "[resourceId('Microsoft.Network/networkInterfaces', format('nic-{0}', range(0, parameters('count'))[0]))]",
      },
    });
  });

  it('unrolls a property loop over a literal array, with the item read from the literal', async () => {
    const out = await toArm(
      [
        'var ports = [',
        '  80',
        '  443',
        ']',
        "resource lb 'Microsoft.Network/loadBalancers@2024-05-01' = {",
        "  name: 'lb'",
        '  properties: {',
        '    probes: [for (p, i) in ports: {',
        "      name: 'probe${i}'",
        '      properties: {',
        "        protocol: 'Tcp'",
        '        port: p',
        '      }',
        '    }]',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
    expect((resources(out)[0]?.properties as Obj).probes).toEqual([
      { name: "[format('probe{0}', 0)]", properties: { protocol: 'Tcp', port: 80 } },
      { name: "[format('probe{0}', 1)]", properties: { protocol: 'Tcp', port: 443 } },
    ]);
  });

  it('writes a property loop over a parameter as map() over it', async () => {
    const out = await toArm(
      [
        'param pools array',
        "resource lb 'Microsoft.Network/loadBalancers@2024-05-01' = {",
        "  name: 'lb'",
        '  properties: {',
        '    backendAddressPools: [for p in pools: {',
        '      name: p',
        '    }]',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
    expect((resources(out)[0]?.properties as Obj).backendAddressPools).toBe(
      "[map(parameters('pools'), lambda('p', createObject('name', lambdaVariables('p'))))]",
    );
  });

  it('names child resources after their parent (nested or parent:) and leaves existing ones out', async () => {
    const out = await toArm(
      [
        "resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' existing = {",
        "  name: 'vnet1'",
        "  resource sn 'subnets' existing = {",
        "    name: 'sn1'",
        '  }',
        '}',
        "resource nsg 'Microsoft.Network/networkSecurityGroups@2024-05-01' = {",
        "  name: 'nsg'",
        "  resource allow 'securityRules' = {",
        "    name: 'allow'",
        '  }',
        '}',
        "resource deny 'Microsoft.Network/networkSecurityGroups/securityRules@2024-01-01' = {",
        '  parent: nsg',
        "  name: 'deny'",
        '  properties: {',
        '    subnetId: vnet::sn.id',
        '    space: vnet.properties.addressSpace',
        '    ruleName: nsg::allow.name',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
    expect(resources(out)).toEqual([
      { type: 'Microsoft.Network/networkSecurityGroups', apiVersion: '2024-05-01', name: 'nsg' },
      {
        type: 'Microsoft.Network/networkSecurityGroups/securityRules',
        apiVersion: '2024-05-01',
        name: "[format('{0}/{1}', 'nsg', 'allow')]",
      },
      {
        type: 'Microsoft.Network/networkSecurityGroups/securityRules',
        apiVersion: '2024-01-01',
        name: "[format('{0}/{1}', 'nsg', 'deny')]",
        properties: {
          subnetId: "[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet1', 'sn1')]",
          space: "[reference(resourceId('Microsoft.Network/virtualNetworks', 'vnet1'), '2024-05-01').addressSpace]",
          ruleName: 'allow',
        },
      },
    ]);
  });

  it('reads module outputs through reference() and notes that the module file is not read', async () => {
    const out = await toArm(
      [
        "module net 'network.bicep' = {",
        "  name: 'net-deploy'",
        '}',
        'var subnetId = net.outputs.subnetId',
        'var rg = az.resourceGroup().name',
        'var cond = true',
        "resource pip 'Microsoft.Network/publicIPAddresses@2024-05-01' = if (cond) {",
        "  name: 'pip'",
        '}',
        '',
      ].join('\n'),
    );
    expect(variables(out)).toEqual({
      subnetId: "[reference(resourceId('Microsoft.Resources/deployments', 'net-deploy'), '2022-09-01').outputs.subnetId.value]",
      rg: '[resourceGroup().name]',
      cond: true,
    });
    expect(resources(out)).toEqual([
      { type: 'Microsoft.Network/publicIPAddresses', apiVersion: '2024-05-01', name: 'pip', condition: "[variables('cond')]" },
    ]);
    expect(withEnglish(out.diagnostics)).toEqual([
      expect.objectContaining({
        severity: 'info',
        code: 'ImportIgnored',
        path: 'net (line 1)',
        message: expect.stringContaining("The module 'net' (network.bicep) is another file"),
      }),
    ]);
  });
});

describe('bicepToArm module loops', () => {
  it('reads one copy of a module loop through its loop variables', async () => {
    const out = await toArm(
      [
        'param names array',
        "module pips 'br/public:avm/res/network/public-ip-address:0.10.0' = [for (n, index) in names: {",
        "  name: 'pip-${index}'",
        '}]',
        'var firstId = pips[0]!.outputs.resourceId',
        '',
      ].join('\n'),
    );
    expect(variables(out).firstId).toBe(
      "[reference(resourceId('Microsoft.Resources/deployments', format('pip-{0}', 0)), '2022-09-01').outputs.resourceId.value]",
    );
  });
});

describe('bicepToArm refuses what cannot mean anything', () => {
  it('names an undeclared identifier with its line and column', async () => {
    const err = await toArm('var a = 1\nvar b = a + missing\n').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BicepMeaningError);
    expect(err).toMatchObject({ line: 2, column: 13, message: expect.stringContaining("'missing' is not declared") });
  });

  it('refuses a name declared twice', async () => {
    const err = await toArm('param a string\nvar a = 1\n').catch((e: unknown) => e);
    expect(err).toMatchObject({ line: 2, message: expect.stringContaining("'a' is declared twice") });
  });
});
