import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { declaredParameters } from './declaredParameters';

const real = (file: string) => readFileSync(`/work/shared/fixtures/azure-real/${file}`, 'utf8');

describe('declaredParameters', () => {
  it('ARM: name, type, default as written, description, allowed values, secure', () => {
    const template = JSON.stringify({
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      parameters: {
        sqlLBIPAddress: { type: 'string', metadata: { description: 'The listener IP' } },
        probePort: { type: 'int', defaultValue: 59999 },
        sku: { type: 'string', defaultValue: 'Standard', allowedValues: ['Basic', 'Standard'] },
        location: { type: 'string', defaultValue: '[resourceGroup().location]' },
        adminPassword: { type: 'securestring' },
      },
      resources: [],
    });
    expect(declaredParameters(template, 'arm')).toEqual([
      { name: 'sqlLBIPAddress', type: 'string', description: 'The listener IP' },
      { name: 'probePort', type: 'int', defaultValue: '59999' },
      { name: 'sku', type: 'string', defaultValue: 'Standard', allowed: ['Basic', 'Standard'] },
      { name: 'location', type: 'string', defaultValue: '[resourceGroup().location]' },
      { name: 'adminPassword', type: 'securestring', secure: true },
    ]);
  });

  it('ARM: the SQL listener template lists its parameters, the required ones without a default', () => {
    const params = declaredParameters(real('sql-alwayson-setupLBs.json'), 'arm');
    expect(params.slice(0, 4)).toEqual([
      { name: 'location', type: 'string' },
      { name: 'sqlLBName', type: 'string' },
      { name: 'sqlLBFE', type: 'string' },
      { name: 'sqlLBIPAddress', type: 'string' },
    ]);
    expect(params.every((p) => p.defaultValue === undefined)).toBe(true);
    expect(params).toHaveLength(10);
  });

  it('ARM: a parameters file, an az show document and text that is not JSON declare nothing', () => {
    expect(declaredParameters('{"$schema":"…deploymentParameters.json#","parameters":{"a":{"value":1}}}', 'arm')).toEqual([]);
    expect(declaredParameters('{"name":"lb","properties":{}}', 'arm')).toEqual([]);
    expect(declaredParameters('{ not json', 'arm')).toEqual([]);
  });

  it('Bicep: decorators over one or several lines, defaults, secure', () => {
    const bicep = [
      "@description('Frontend IP of the listener')",
      'param listenerIp string',
      '@allowed([',
      "  'Standard'",
      "  'Gateway'",
      '])',
      "param sku string = 'Standard'",
      'param probePort int = 59999 // the WSFC probe',
      '@secure()',
      'param adminPassword string',
      "resource lb 'Microsoft.Network/loadBalancers@2024-05-01' = {",
      "  name: 'lb'",
      '}',
    ].join('\n');
    expect(declaredParameters(bicep, 'bicep')).toEqual([
      { name: 'listenerIp', type: 'string', description: 'Frontend IP of the listener' },
      { name: 'sku', type: 'string', defaultValue: "'Standard'", allowed: ['Standard', 'Gateway'] },
      { name: 'probePort', type: 'int', defaultValue: '59999' },
      { name: 'adminPassword', type: 'string', secure: true },
    ]);
  });

  it('Terraform: type, default over several lines, description, sensitive; nested braces do not end the block', () => {
    const hcl = [
      'variable "lb_ip" {',
      '  type        = string',
      '  description = "The {internal} frontend"',
      '}',
      '',
      'variable "ports" {',
      '  type = map(object({ port = number }))',
      '  default = {',
      '    http = { port = 80 }',
      '  }',
      '}',
      'variable "secret" {',
      '  sensitive = true',
      '}',
      'variable "one_line" { default = 3 }',
      'resource "azurerm_lb" "lb" {',
      '  name = "lb"',
      '}',
    ].join('\n');
    expect(declaredParameters(hcl, 'terraform')).toEqual([
      { name: 'lb_ip', type: 'string', description: 'The {internal} frontend' },
      { name: 'ports', type: 'map(object({ port = number }))', defaultValue: '{ http = { port = 80 } }' },
      { name: 'secret', type: '', secure: true },
      { name: 'one_line', type: '', defaultValue: '3' },
    ]);
  });

  it('Terraform: a configuration without variable blocks declares none', () => {
    expect(declaredParameters(real('tf-sql-vm-lb.tf'), 'terraform')).toEqual([]);
  });

  it('no format, no parameters', () => {
    expect(declaredParameters('anything', undefined)).toEqual([]);
  });
});
