// hcl2json gives a parenthesised expression as a node with no type and no meta around the inner one; the
// evaluator read `meta.value` of it and crashed the import (found by the import fuzzer).
import { describe, expect, it } from 'vitest';
import { importTerraform } from './importTerraform';
import { errorOf } from '../text';
import { lbView } from '../../topology/design';

describe('Terraform parentheses', () => {
  it('evaluate to what they hold, in templates, function arguments and operators', async () => {
    const tf = `locals {\n  b = join("-", [("ab"), ("cd")])\n  n = (40 + 2)\n}\nresource "azurerm_lb" "lb" {\n  name = "\${(local.b)}"\n  sku = "Standard"\n  frontend_ip_configuration {\n    name = "fe"\n    private_ip_address = "10.0.0.\${(local.n)}"\n  }\n}\n`;
    const r = await importTerraform(tf);
    if (!r.ok) throw new Error(errorOf(r));
    expect(lbView(r.topology).loadBalancer.name).toBe('ab-cd');
    expect(lbView(r.topology).frontends[0]!.ip).toBe('10.0.0.42');
  }, 60_000);

  it('evaluate in every position: names, count, for_each, indexes, splat sources and for expressions', async () => {
    const tf = `resource "azurerm_lb" "lb" {
  name = ("lb")
  sku  = ("Standard")
  frontend_ip_configuration {
    name               = ("fe")
    private_ip_address = ((("10.0.0.4")))
    subnet_id          = ("/subscriptions/x/subnets/s")
  }
}
resource "azurerm_lb_backend_address_pool" "pool" {
  loadbalancer_id = (azurerm_lb.lb.id)
  name            = ("pool")
}
resource "azurerm_network_interface" "nic" {
  count = (1 + 1)
  name  = ("nic\${(count.index)}")
  ip_configuration {
    name               = ("ipconfig1")
    private_ip_address = (["10.0.1.4", "10.0.1.5"])[(count.index)]
  }
}
resource "azurerm_network_interface_backend_address_pool_association" "a" {
  for_each                = (toset(["0", "1"]))
  network_interface_id    = (azurerm_network_interface.nic)[(tonumber(each.key))].id
  ip_configuration_name   = ("ipconfig1")
  backend_address_pool_id = (azurerm_lb_backend_address_pool.pool).id
}
resource "azurerm_linux_virtual_machine" "vm" {
  count                 = (2)
  name                  = ("vm\${count.index}")
  network_interface_ids = [for i, id in (azurerm_network_interface.nic[*].id) : (id) if (i == count.index)]
}
`;
    const r = await importTerraform(tf);
    if (!r.ok) throw new Error(errorOf(r));
    expect(lbView(r.topology).loadBalancer).toEqual({ name: 'lb', sku: 'Standard', type: 'Internal' });
    expect(lbView(r.topology).frontends).toEqual([{ name: 'fe', ip: '10.0.0.4' }]);
    expect(lbView(r.topology).backendPools).toEqual([{ name: 'pool', members: ['vm0', 'vm1'] }]);
    expect(r.topology.vms.map((v) => [v.name, v.nic.ip])).toEqual([
      ['vm0', '10.0.1.4'],
      ['vm1', '10.0.1.5'],
    ]);
  }, 60_000);
});
