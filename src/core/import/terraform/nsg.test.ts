import { describe, expect, it } from 'vitest';
import { exportTopology } from '../../export/export';
import { planNsg } from '../../nsg/plan';
import { preset } from '../../testing/presets';
import { validate } from '../../validation/analyze';
import { imported as ok } from '../imported.testing';
import { importTerraform } from './importTerraform';
import { TIMEOUT } from './lb.testing';
import { lbView } from '../../topology/design';

// A public load balancer with a floating rule on 203.0.113.10:443 and one NIC in its pool, in subnet "web".
const BASE = `
resource "azurerm_lb" "lb" {
  name                = "lb"
  location            = "westeurope"
  resource_group_name = "rg"
  sku                 = "Standard"
  frontend_ip_configuration {
    name                 = "fe"
    public_ip_address_id = azurerm_public_ip.pip.id
  }
}
resource "azurerm_public_ip" "pip" {
  name              = "pip"
  allocation_method = "Static"
  sku               = "Standard"
  ip_address        = "203.0.113.10"
}
resource "azurerm_lb_backend_address_pool" "pool" {
  name            = "pool"
  loadbalancer_id = azurerm_lb.lb.id
}
resource "azurerm_lb_probe" "p443" {
  name            = "p443"
  loadbalancer_id = azurerm_lb.lb.id
  port            = 443
}
resource "azurerm_lb_rule" "https" {
  name                           = "https"
  loadbalancer_id                = azurerm_lb.lb.id
  frontend_ip_configuration_name = "fe"
  protocol                       = "Tcp"
  frontend_port                  = 443
  backend_port                   = 443
  floating_ip_enabled            = true
  probe_id                       = azurerm_lb_probe.p443.id
  backend_address_pool_ids       = [azurerm_lb_backend_address_pool.pool.id]
}
resource "azurerm_subnet" "web" {
  name                 = "web"
  resource_group_name  = "rg"
  virtual_network_name = "vnet"
  address_prefixes     = ["10.0.0.0/24"]
}
resource "azurerm_network_interface" "nic1" {
  name                = "vm1-nic"
  location            = "westeurope"
  resource_group_name = "rg"
  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = azurerm_subnet.web.id
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.0.0.4"
  }
}
resource "azurerm_network_interface_backend_address_pool_association" "m1" {
  network_interface_id    = azurerm_network_interface.nic1.id
  ip_configuration_name   = "ipconfig1"
  backend_address_pool_id = azurerm_lb_backend_address_pool.pool.id
}
resource "azurerm_network_security_group" "web" {
  name                = "web-nsg"
  location            = "westeurope"
  resource_group_name = "rg"
  security_rule {
    name                       = "https-to-nic"
    priority                   = 200
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "443"
    source_address_prefix      = "Internet"
    destination_address_prefix = "10.0.0.4"
  }
}
resource "azurerm_network_security_rule" "deny_probe" {
  name                        = "deny-probe"
  priority                    = 100
  direction                   = "Inbound"
  access                      = "Deny"
  protocol                    = "*"
  source_port_range           = "*"
  destination_port_range      = "*"
  source_address_prefix       = "AzureLoadBalancer"
  destination_address_prefix  = "*"
  resource_group_name         = "rg"
  network_security_group_name = azurerm_network_security_group.web.name
}
resource "azurerm_subnet_network_security_group_association" "web" {
  subnet_id                 = azurerm_subnet.web.id
  network_security_group_id = azurerm_network_security_group.web.id
}
`;

describe('Terraform import of NSGs', { timeout: TIMEOUT }, () => {
  it('reads inline and separate rules and a subnet association, and the checks find both blocks', async () => {
    const r = ok(await importTerraform(BASE));
    const [nsg, ...rest] = r.topology.networkSecurityGroups!;
    expect(rest).toEqual([]);
    expect(nsg!.name).toBe('web-nsg');
    expect(nsg!.attachedTo).toEqual([{ vm: 'vm1-nic', level: 'subnet' }]);
    expect(nsg!.rules.map((x) => [x.name, x.priority, x.access, x.destinationAddressPrefixes])).toEqual([
      ['https-to-nic', 200, 'Allow', ['10.0.0.4']],
      ['deny-probe', 100, 'Deny', ['*']],
    ]);
    const found = validate(lbView(r.topology)).filter((d) => d.code.startsWith('Nsg'));
    expect(found.map((d) => [d.code, d.elements])).toEqual([
      ['NsgBlocksHealthProbe', ['p443', 'vm1-nic']],
      ['NsgBlocksLoadBalancerTraffic', ['https', 'vm1-nic']],
    ]);
  });

  it('round trip: the NSG Floatplan exports (--nsg) comes back associated with every member NIC and lets the traffic in', async () => {
    const t = preset('type2-floating-ip');
    const r = ok(await importTerraform(exportTopology(t, 'terraform', undefined, { nsg: true }).text));
    const plan = planNsg(t);
    const [nsg] = r.topology.networkSecurityGroups!;
    expect(nsg!.name).toBe(plan.nsgName);
    expect(nsg!.attachedTo).toEqual(plan.vms.map((vm) => ({ vm, level: 'nic' })));
    expect(nsg!.rules.map((x) => [x.name, x.priority, x.sourceAddressPrefixes[0], x.destinationAddressPrefixes])).toEqual(
      plan.rules.map((x) => [x.name, x.priority, x.source, x.destinations]),
    );
    expect(validate(lbView(r.topology)).filter((d) => d.code.startsWith('Nsg'))).toEqual([]);
  });

  it('an export without --nsg imports without NSGs, as before', async () => {
    const r = ok(await importTerraform(exportTopology(preset('type2-floating-ip'), 'terraform').text));
    expect(r.topology.networkSecurityGroups).toBeUndefined();
  });
});
