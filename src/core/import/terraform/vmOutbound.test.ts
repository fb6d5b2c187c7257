import { describe, expect, it } from 'vitest';
import { outboundPaths } from '../../outbound/outbound';
import { importDefinition } from '../importDefinition';
import { errorOf } from '../text';
import { lbView } from '../../topology/design';

const nic = (name: string, subnet: string, publicIp = false) => `
resource "azurerm_network_interface" "${name}" {
  name = "${name}"
  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = azurerm_subnet.${subnet}.id
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.0.${subnet === 'legacy' ? 0 : 1}.${name === 'c' ? 5 : 4}"
${publicIp ? '    public_ip_address_id          = azurerm_public_ip.vm.id\n' : ''}  }
}
resource "azurerm_network_interface_backend_address_pool_association" "${name}" {
  network_interface_id    = azurerm_network_interface.${name}.id
  ip_configuration_name   = "ipconfig1"
  backend_address_pool_id = azurerm_lb_backend_address_pool.be.id
}`;

const hcl = `
resource "azurerm_subnet" "legacy" {
  name                            = "legacy"
  default_outbound_access_enabled = true
}
resource "azurerm_subnet" "private" {
  name                            = "private"
  default_outbound_access_enabled = false
}
resource "azurerm_public_ip" "vm" {
  name = "pip-vm"
}
resource "azurerm_lb" "lb" {
  name = "lb"
  sku  = "Basic"
  frontend_ip_configuration {
    name               = "fe"
    subnet_id          = azurerm_subnet.private.id
    private_ip_address = "10.0.1.100"
  }
}
resource "azurerm_lb_backend_address_pool" "be" {
  loadbalancer_id = azurerm_lb.lb.id
  name            = "be"
}
${nic('a', 'legacy')}
${nic('b', 'private', true)}
${nic('c', 'private')}
`;

describe('Terraform import: instance public IPs and default outbound access', () => {
  it('reads public_ip_address_id on the primary ip_configuration and the subnet’s default_outbound_access_enabled', async () => {
    const r = await importDefinition(hcl, { format: 'terraform' });
    if (!r.ok) throw new Error(errorOf(r));
    expect(r.topology.vms.map((v) => [v.name, v.nic.publicIp, v.defaultOutboundAccess])).toEqual([
      ['a', undefined, true],
      ['b', true, undefined],
      ['c', undefined, undefined],
    ]);
    expect(outboundPaths(lbView(r.topology)).map((p) => p.kind)).toEqual(['default-outbound-access', 'instance-public-ip', 'none']);
  });
});

describe('Terraform import: the provider default of default_outbound_access_enabled', () => {
  it('takes a subnet of the file that does not say as open (the azurerm default is true), one outside the file as not', async () => {
    const unsaid = hcl.replace('  default_outbound_access_enabled = true\n', '').replace(
      `${nic('c', 'private')}`,
      `${nic('c', 'private')}
resource "azurerm_network_interface" "d" {
  name = "d"
  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = data.azurerm_subnet.elsewhere.id
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.0.2.4"
  }
}
resource "azurerm_network_interface_backend_address_pool_association" "d" {
  network_interface_id    = azurerm_network_interface.d.id
  ip_configuration_name   = "ipconfig1"
  backend_address_pool_id = azurerm_lb_backend_address_pool.be.id
}`,
    );
    const r = await importDefinition(unsaid, { format: 'terraform' });
    if (!r.ok) throw new Error(errorOf(r));
    expect(r.topology.vms.map((v) => [v.name, v.defaultOutboundAccess])).toEqual([
      ['a', true],
      ['b', undefined],
      ['c', undefined],
      ['d', undefined],
    ]);
  });
});
