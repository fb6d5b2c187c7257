import { describe, expect, it } from 'vitest';
import { detectFormat } from '../detect';
import { importDefinition } from '../importDefinition';
import type { ImportOutcome, ImportSuccess } from '../types';
import { errorOf } from '../text';
import { withEnglish } from '../withEnglish.testing';
import { STANDARD_STATIC_FRONTEND } from './hcl.testing';
import { lbView } from '../../topology/design';

const ok = (r: ImportOutcome): ImportSuccess => {
  if (!r.ok) throw new Error(errorOf(r));
  return r;
};

// The same configuration in HCL and in Terraform's JSON syntax (as `cdktf synth` writes it: a "//" metadata key,
// single nested blocks as objects or one-element lists, expressions as "${…}" strings).
const HCL = `
variable "ip" {
  default = "10.0.1.9"
}
locals {
  port = 1433
}
resource "azurerm_lb" "sql" {
  name = "sql-lb"
${STANDARD_STATIC_FRONTEND}
}
resource "azurerm_lb_backend_address_pool" "pool" {
  loadbalancer_id = azurerm_lb.sql.id
  name            = "pool"
}
resource "azurerm_lb_probe" "probe" {
  loadbalancer_id = azurerm_lb.sql.id
  name            = "p59999"
  port            = 59999
}
resource "azurerm_lb_rule" "listener" {
  loadbalancer_id                = azurerm_lb.sql.id
  name                           = "listener"
  protocol                       = "Tcp"
  frontend_port                  = local.port
  backend_port                   = local.port
  frontend_ip_configuration_name = "fe"
  backend_address_pool_ids       = [azurerm_lb_backend_address_pool.pool.id]
  probe_id                       = azurerm_lb_probe.probe.id
  floating_ip_enabled            = true
}
`;
const JSON_SYNTAX = JSON.stringify(
  {
    '//': { metadata: { backend: 'local', stackName: 'sql' } },
    variable: { ip: { default: '10.0.1.9' } },
    locals: { port: 1433 },
    resource: {
      azurerm_lb: {
        sql: {
          name: 'sql-lb',
          sku: 'Standard',
          frontend_ip_configuration: {
            name: 'fe',
            subnet_id: '/subscriptions/x/subnets/s',
            private_ip_address_allocation: 'Static',
            private_ip_address: '${var.ip}',
          },
        },
      },
      azurerm_lb_backend_address_pool: { pool: { loadbalancer_id: '${azurerm_lb.sql.id}', name: 'pool' } },
      azurerm_lb_probe: { probe: { loadbalancer_id: '${azurerm_lb.sql.id}', name: 'p59999', port: 59999 } },
      azurerm_lb_rule: {
        listener: {
          loadbalancer_id: '${azurerm_lb.sql.id}',
          name: 'listener',
          protocol: 'Tcp',
          frontend_port: '${local.port}',
          backend_port: '${local.port}',
          frontend_ip_configuration_name: 'fe',
          backend_address_pool_ids: ['${azurerm_lb_backend_address_pool.pool.id}'],
          probe_id: '${azurerm_lb_probe.probe.id}',
          floating_ip_enabled: true,
        },
      },
    },
  },
  null,
  2,
);

describe('Terraform JSON syntax (.tf.json)', () => {
  it('is detected as Terraform, not as an ARM template', () => {
    expect(detectFormat(JSON_SYNTAX)).toBe('terraform');
    expect(detectFormat('{"$schema": "…deploymentTemplate.json#", "resources": [{"type": "Microsoft.Network/loadBalancers"}]}')).toBe(
      'arm',
    );
    expect(detectFormat('{"name": "lb", "frontendIPConfigurations": []}')).toBe('arm');
    // Another provider's resource first, and a half-typed file, are still Terraform.
    expect(detectFormat('{"resource": {"azapi_resource": {"x": {}}, "azurerm_lb": {"lb": {}}}}')).toBe('terraform');
    expect(detectFormat('{"resource": {"azapi_resource": {"x": {}}, "azurerm_lb": {"lb": {"name": ')).toBe('terraform');
  });

  it('imports the same topology and diagnostics as the HCL it stands for', async () => {
    const fromJson = ok(await importDefinition(JSON_SYNTAX));
    const fromHcl = ok(await importDefinition(HCL));
    expect(fromJson.format).toBe('terraform');
    expect(fromJson.topology).toEqual(fromHcl.topology);
    expect(lbView(fromJson.topology).rules).toEqual([
      {
        name: 'listener',
        frontend: 'fe',
        backendPool: 'pool',
        protocol: 'Tcp',
        frontendPort: 1433,
        backendPort: 1433,
        floatingIp: true,
        probe: 'p59999',
      },
    ]);
    expect(lbView(fromJson.topology).frontends).toEqual([{ name: 'fe', ip: '10.0.1.9' }]);
    expect(fromJson.diagnostics.map((d) => [d.code, d.path])).toEqual(fromHcl.diagnostics.map((d) => [d.code, d.path]));
  });

  it('says where malformed JSON breaks, and refuses JSON that is not an object of blocks', async () => {
    const broken = await importDefinition('{ "resource": { "azurerm_lb": { "x": { "name": } } } }', { format: 'terraform' });
    expect(withEnglish(broken)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^This is not valid JSON \(line 1, column \d+\)/),
    });
    expect(withEnglish(await importDefinition('[1, 2]', { format: 'terraform' }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not an object of blocks/),
    });
  });
});
