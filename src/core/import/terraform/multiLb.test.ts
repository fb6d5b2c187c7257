// A configuration of several azurerm_lb imports into one v2 topology: every load balancer, the NICs in both pools once.
import { describe, expect, it } from 'vitest';
import { lbView } from '../../topology/design';
import { importDefinition } from '../importDefinition';
import { imported } from '../imported.testing';

const hcl = `
resource "azurerm_lb" "pub" {
  name = "lb-pub"
  sku  = "Standard"
  frontend_ip_configuration {
    name                 = "fe-pub"
    public_ip_address_id = azurerm_public_ip.pip.id
  }
}
resource "azurerm_public_ip" "pip" {
  name              = "pip"
  allocation_method = "Static"
  sku               = "Standard"
  ip_address        = "203.0.113.90"
}
resource "azurerm_lb" "int" {
  name = "lb-int"
  sku  = "Standard"
  frontend_ip_configuration {
    name                          = "fe-int"
    subnet_id                     = "subnet"
    private_ip_address            = "10.40.0.100"
    private_ip_address_allocation = "Static"
  }
}
resource "azurerm_lb_backend_address_pool" "untrust" {
  name            = "untrust"
  loadbalancer_id = azurerm_lb.pub.id
}
resource "azurerm_lb_backend_address_pool" "trust" {
  name            = "trust"
  loadbalancer_id = azurerm_lb.int.id
}
resource "azurerm_network_interface" "nva" {
  name                 = "nva-nic"
  ip_forwarding_enabled = true
  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = "subnet"
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.40.0.4"
  }
}
resource "azurerm_network_interface_backend_address_pool_association" "u" {
  network_interface_id    = azurerm_network_interface.nva.id
  ip_configuration_name   = "ipconfig1"
  backend_address_pool_id = azurerm_lb_backend_address_pool.untrust.id
}
resource "azurerm_network_interface_backend_address_pool_association" "t" {
  network_interface_id    = azurerm_network_interface.nva.id
  ip_configuration_name   = "ipconfig1"
  backend_address_pool_id = azurerm_lb_backend_address_pool.trust.id
}
`;

describe('Terraform: several azurerm_lb', () => {
  it('imports every load balancer into one topology, the NIC in both pools once', async () => {
    const r = imported(await importDefinition(hcl, { format: 'terraform' }));
    expect(r.topology.loadBalancers.map((lb) => [lb.name, lb.type])).toEqual([
      ['lb-pub', 'Public'],
      ['lb-int', 'Internal'],
    ]);
    expect(r.topology.vms.map((vm) => [vm.name, vm.nic.ip])).toEqual([['nva-nic', '10.40.0.4']]);
    expect(lbView(r.topology, 'lb-pub').backendPools).toEqual([expect.objectContaining({ name: 'untrust', members: ['nva-nic'] })]);
    expect(lbView(r.topology, 'lb-int').backendPools).toEqual([expect.objectContaining({ name: 'trust', members: ['nva-nic'] })]);
    expect(r.loadBalancers).toEqual(['azurerm_lb.pub', 'azurerm_lb.int']);
    expect(r.diagnostics.map((d) => d.text.key)).not.toContain('import.tf.secondLoadBalancer');
    expect(new Set(r.origins!.filter((o) => o.kind === 'frontend').map((o) => o.loadBalancer))).toEqual(new Set(['lb-pub', 'lb-int']));
  });

  it('--lb picks one and says the other is left out', async () => {
    const r = imported(await importDefinition(hcl, { format: 'terraform', loadBalancer: 'int' }));
    expect(r.topology.loadBalancers.map((lb) => lb.name)).toEqual(['lb-int']);
    expect(r.diagnostics.map((d) => d.text.key)).toContain('import.tf.secondLoadBalancer');
  });
});
