import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDefinition } from './importDefinition';
import type { ElementOrigin } from './origins';
import { joinTerraformFiles } from './terraform/files';
import { lbView } from '../topology/design';

const fixture = (path: string) => readFileSync(new URL(`../check/__fixtures__/${path}`, import.meta.url), 'utf8');
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

async function originsOf(text: string): Promise<ElementOrigin[]> {
  const r = await importDefinition(text);
  if (!r.ok) throw new Error('import failed');
  return r.origins ?? [];
}

describe('element origins of an import', () => {
  it('ARM: the JSON path of each element of the load balancer', async () => {
    const origins = await originsOf(fixture('arm/azuredeploy.json'));
    expect(origins).toContainEqual({ kind: 'loadBalancer', name: 'lb-app', path: 'resources[0]' });
    expect(origins).toContainEqual({ kind: 'rule', name: 'rule-ha', path: 'resources[0].properties.loadBalancingRules[1]' });
    expect(origins).toContainEqual({ kind: 'probe', name: 'probe-app', path: 'resources[0].properties.probes[0]' });
  });

  it('Bicep: the line of each element in the Bicep file', async () => {
    const text = fixture('bicep/main.bicep');
    const origins = await originsOf(text);
    const rule = origins.find((o) => o.kind === 'rule' && o.name === 'rule-endpoint');
    // The element's object opens on the line before its name.
    expect(rule?.line).toBe(lineOf(text, "name: 'rule-endpoint'") - 1);
    expect(origins.find((o) => o.kind === 'loadBalancer')?.line).toBe(lineOf(text, 'resource lb '));
  });

  it('Terraform: resource addresses, a frontend as its block of the azurerm_lb', async () => {
    const files = ['main.tf', 'variables.tf'].map((f) => ({ name: f, text: fixture(`terraform/${f}`) }));
    const origins = await originsOf(joinTerraformFiles(files));
    expect(origins).toContainEqual({ kind: 'rule', name: 'rule-admin', path: 'azurerm_lb_rule.admin' });
    expect(origins).toContainEqual({ kind: 'backendPool', name: 'pool-web', path: 'azurerm_lb_backend_address_pool.web' });
    expect(origins).toContainEqual({ kind: 'frontend', name: 'fe-api', path: 'azurerm_lb.web.frontend_ip_configuration[1]' });
  });

  it('names the importer shortened (`<rule-1>` for an unreadable name) keep their place', async () => {
    const text = readFileSync(new URL('./__samples__/fixtures/terraform/reusable-lb-module.tf', import.meta.url), 'utf8');
    const r = await importDefinition(text);
    if (!r.ok) throw new Error('import failed');
    const rule = lbView(r.topology).rules[0]!.name;
    expect(rule).toMatch(/^<rule-1>$/);
    expect(r.origins).toContainEqual({ kind: 'rule', name: rule, path: 'azurerm_lb_rule.rules' });
  });

  it("Terraform: a VM known only by its NIC (Floatplan's export) is at the NIC", async () => {
    const nic = 'resource "azurerm_network_interface" "n" {\n  name = "app1-nic"\n  tags = { "floatplan-vm" = "app1" }\n}\n';
    const lb = fixture('terraform/main.tf');
    const join =
      'resource "azurerm_network_interface_backend_address_pool_association" "a" {\n  network_interface_id = azurerm_network_interface.n.id\n  ip_configuration_name = "ipconfig1"\n  backend_address_pool_id = azurerm_lb_backend_address_pool.web.id\n}\n';
    const origins = await originsOf(`${lb}\n${nic}${join}`);
    expect(origins).toContainEqual({ kind: 'vm', name: 'app1', path: 'azurerm_network_interface.n' });
  });
});
