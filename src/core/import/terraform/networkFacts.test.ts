import { describe, expect, it } from 'vitest';
import { imported as ok } from '../imported.testing';
import { messageOf } from '../../diagnostics/diagnostic';
import { validate } from '../../validation/analyze';
import { importTerraform } from './importTerraform';
import { codesAt, TIMEOUT } from './lb.testing';
import { lbView } from '../../topology/design';

// A dual-stack internal load balancer: one IPv4 and one IPv6 frontend, both dynamic, and one NIC with an IPv4 and an
// IPv6 configuration, both dynamic, in a pool that an IPv6 rule uses.
const DUAL_STACK = `
resource "azurerm_subnet" "app" {
  name             = "app"
  address_prefixes = ["10.0.1.0/24", "fd00:db8:deca::/64"]
}
resource "azurerm_lb" "lb" {
  name = "lb"
  sku  = "Standard"
  frontend_ip_configuration {
    name      = "fe4"
    subnet_id = azurerm_subnet.app.id
  }
  frontend_ip_configuration {
    name                       = "fe6"
    subnet_id                  = azurerm_subnet.app.id
    private_ip_address_version = "IPv6"
  }
}
resource "azurerm_lb_backend_address_pool" "pool" {
  loadbalancer_id = azurerm_lb.lb.id
  name            = "pool"
}
resource "azurerm_lb_rule" "web6" {
  loadbalancer_id                = azurerm_lb.lb.id
  name                           = "web6"
  protocol                       = "Tcp"
  frontend_port                  = 80
  backend_port                   = 80
  frontend_ip_configuration_name = "fe6"
  backend_address_pool_ids       = [azurerm_lb_backend_address_pool.pool.id]
  floating_ip_enabled            = false
}
resource "azurerm_network_interface" "vm1" {
  name = "vm1-nic"
  ip_configuration {
    name                          = "ipv4"
    subnet_id                     = azurerm_subnet.app.id
    private_ip_address_allocation = "Dynamic"
    primary                       = true
  }
  ip_configuration {
    name                          = "ipv6"
    subnet_id                     = azurerm_subnet.app.id
    private_ip_address_allocation = "Dynamic"
    private_ip_address_version    = "IPv6"
  }
}
resource "azurerm_network_interface_backend_address_pool_association" "vm1v6" {
  network_interface_id    = azurerm_network_interface.vm1.id
  ip_configuration_name   = "ipv6"
  backend_address_pool_id = azurerm_lb_backend_address_pool.pool.id
}
`;

describe('importTerraform: IPv6 placeholders', { timeout: TIMEOUT }, () => {
  it('gives dynamic IPv6 frontends and NIC configurations IPv6 documentation addresses (RFC 3849)', async () => {
    const r = ok(await importTerraform(DUAL_STACK));
    expect(lbView(r.topology).frontends).toEqual([
      { name: 'fe4', ip: '198.51.100.10' },
      { name: 'fe6', ip: '2001:db8:0:1::a' },
    ]);
    expect(r.topology.vms.map((v) => v.nic)).toEqual([{ name: 'eth0', ip: '192.0.2.10', secondaryIps: ['2001:db8:0:2::a'] }]);
    expect(lbView(r.topology).backendPools[0]!.members).toEqual([{ vm: 'vm1-nic', ip: '2001:db8:0:2::a' }]);
    // The IPv6 rule reaches the IPv6 configuration: no false version mismatch.
    expect(validate(lbView(r.topology)).filter((d) => d.code === 'IpVersionMismatch')).toEqual([]);
  });
});

describe('importTerraform: NAT gateway of a subnet', { timeout: TIMEOUT }, () => {
  it('marks natGateway on the VMs whose primary NIC configuration is in a subnet with a NAT gateway', async () => {
    const text = `
resource "azurerm_subnet" "nat" { name = "nat" }
resource "azurerm_subnet" "plain" { name = "plain" }
resource "azurerm_nat_gateway" "gw" { name = "gw" }
resource "azurerm_subnet_nat_gateway_association" "a" {
  subnet_id      = azurerm_subnet.nat.id
  nat_gateway_id = azurerm_nat_gateway.gw.id
}
resource "azurerm_lb" "lb" {
  name = "lb"
  sku  = "Standard"
  frontend_ip_configuration {
    name                          = "fe"
    subnet_id                     = azurerm_subnet.plain.id
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.0.0.10"
  }
}
resource "azurerm_network_interface" "a" {
  name = "a"
  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = azurerm_subnet.nat.id
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.0.1.4"
  }
}
resource "azurerm_network_interface" "b" {
  name = "b"
  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = azurerm_subnet.plain.id
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.0.0.4"
  }
}
resource "azurerm_subnet_nat_gateway_association" "elsewhere" {
  subnet_id      = module.vnet.subnet_id
  nat_gateway_id = azurerm_nat_gateway.gw.id
}
`;
    const r = ok(await importTerraform(text));
    expect(r.topology.vms.map((v) => [v.name, v.natGateway ?? false])).toEqual([
      ['a', true],
      ['b', false],
    ]);
    // An association whose subnet is not in the file is said, not guessed.
    expect(codesAt(r, 'azurerm_subnet_nat_gateway_association.elsewhere.subnet_id')).toEqual(['ImportUnresolved']);
  });
});

describe('importTerraform: gateway chaining and the Global tier are read, tunnel interfaces said', { timeout: TIMEOUT }, () => {
  it('reads the chains and the tier, and names what the topology cannot hold', async () => {
    const text = `
resource "azurerm_lb" "gw" {
  name     = "gw"
  sku      = "Gateway"
  frontend_ip_configuration {
    name                          = "gwfe"
    subnet_id                     = "/subscriptions/x/subnets/s"
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.0.0.10"
  }
}
resource "azurerm_lb_backend_address_pool" "nva" {
  loadbalancer_id = azurerm_lb.gw.id
  name            = "nva"
  tunnel_interface {
    identifier = 800
    type       = "Internal"
    protocol   = "VXLAN"
    port       = 10800
  }
  tunnel_interface {
    identifier = 801
    type       = "External"
    protocol   = "VXLAN"
    port       = 10801
  }
}
resource "azurerm_lb" "web" {
  name     = "web"
  sku      = "Standard"
  sku_tier = "Global"
  frontend_ip_configuration {
    name                 = "pub"
    public_ip_address_id = "/subscriptions/x/publicIPAddresses/p"
    gateway_load_balancer_frontend_ip_configuration_id = azurerm_lb.gw.frontend_ip_configuration[0].id
  }
}
resource "azurerm_network_interface" "nva" {
  name = "nva"
  ip_configuration {
    name                                               = "ipconfig1"
    private_ip_address_allocation                      = "Static"
    private_ip_address                                 = "10.0.0.4"
    gateway_load_balancer_frontend_ip_configuration_id = azurerm_lb.gw.frontend_ip_configuration[0].id
  }
}
`;
    const gw = ok(await importTerraform(text));
    const tunnels = gw.diagnostics.find((d) => d.path === 'azurerm_lb_backend_address_pool.nva.tunnel_interface')!;
    expect(tunnels.code).toBe('ImportIgnored');
    expect(messageOf(tunnels)).toContain('Internal/VXLAN/10800/800, External/VXLAN/10801/801');
    // Both chains name the Gateway load balancer's frontend, imported with it: read, nothing said.
    const chained = { loadBalancer: 'gw', frontend: 'gwfe' };
    expect(gw.topology.vms[0]!.nic.gatewayLoadBalancer).toEqual(chained);
    expect(gw.topology.loadBalancers[1]).toEqual(expect.objectContaining({ name: 'web', tier: 'Global' }));
    expect(gw.topology.loadBalancers[1]!.frontends[0]!.gatewayLoadBalancer).toEqual(chained);
    expect(gw.diagnostics.filter((d) => d.text.key.startsWith('import.ref.'))).toEqual([]);

    // Alone, the web load balancer keeps its tier; its chain names a load balancer left out, which is said.
    const web = ok(await importTerraform(text, { loadBalancer: 'web' }));
    expect(lbView(web.topology, 0).loadBalancer.tier).toBe('Global');
    expect(lbView(web.topology, 0).frontends[0]!.gatewayLoadBalancer).toBeUndefined();
    const chain = web.diagnostics.find((d) => d.text.key === 'import.ref.unresolved' && d.path === 'azurerm_lb.web')!;
    expect(chain.code).toBe('ImportUnresolved');
    expect(messageOf(chain)).toContain('"pub"');
    // The Gateway pool's tunnels belong to the other load balancer: not said for this one.
    expect(codesAt(web, 'azurerm_lb_backend_address_pool.nva.tunnel_interface')).toEqual([]);
  });
});
