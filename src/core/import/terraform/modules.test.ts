import { describe, expect, it } from 'vitest';
import { messageOf } from '../../diagnostics/diagnostic';
import { imported as ok } from '../imported.testing';
import { errorOf } from '../text';
import { importTerraform } from './importTerraform';
import { codesAt, TIMEOUT } from './lb.testing';
import { lbView } from '../../topology/design';

const NIC = `
resource "azurerm_network_interface" "vm1" {
  name = "vm1-nic"
  ip_configuration {
    name                          = "ipconfig1"
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.1.1.4"
  }
}
`;

describe('importTerraform: the Azure Verified Module for load balancers', { timeout: TIMEOUT }, () => {
  it('imports what the module creates, with its documented defaults for what the call leaves out', async () => {
    const text = `${NIC}
module "lb" {
  source  = "Azure/avm-res-network-loadbalancer/azurerm"
  version = "0.4.1"
  name    = var.lb_name
  frontend_subnet_resource_id = "/subscriptions/x/subnets/s"
  frontend_ip_configurations = {
    fe1 = { name = "fe", frontend_private_ip_address = "10.1.1.10", frontend_private_ip_address_allocation = "Static" }
  }
  backend_address_pools = { pool1 = { name = "pool" }, pool2 = {} }
  backend_address_pool_network_interfaces = {
    node1 = {
      backend_address_pool_object_name = "pool1"
      ip_configuration_name            = "ipconfig1"
      network_interface_resource_id    = azurerm_network_interface.vm1.id
    }
  }
  lb_probes = { tcp1 = { name = "probe" }, http = { protocol = "Http", request_path = "/health", port = 8080 } }
  lb_rules = {
    sql = {
      name                              = "sql"
      frontend_ip_configuration_name    = "fe"
      backend_address_pool_object_names = ["pool1"]
      frontend_port                     = 1433
      backend_port                      = 1433
      probe_object_name                 = "tcp1"
      enable_floating_ip                = true
    }
    rdp = { frontend_ip_configuration_name = "fe", backend_address_pool_object_names = ["pool1"] }
  }
  lb_nat_rules = { ssh = { name = "ssh", frontend_ip_configuration_name = "fe", protocol = "Tcp", frontend_port = 50001, backend_port = 22 } }
}
variable "lb_name" { default = "ilb" }
`;
    const r = ok(await importTerraform(text));
    // variables.tf: sku defaults to "Standard"; a frontend with a subnet is internal.
    expect(lbView(r.topology).loadBalancer).toEqual({ name: 'ilb', sku: 'Standard', type: 'Internal' });
    expect(lbView(r.topology).frontends).toEqual([{ name: 'fe', ip: '10.1.1.10' }]);
    // backend_address_pools: name = optional(string, "bepool-1").
    expect(lbView(r.topology).backendPools.map((p) => [p.name, p.members])).toEqual([
      ['pool', ['vm1-nic']],
      ['bepool-1', []],
    ]);
    // lb_probes: protocol "Tcp", port 80, interval 15, probe_threshold 1; request_path only for Http(s).
    // for_each takes map keys in lexical order: http, tcp1.
    expect(lbView(r.topology).probes).toEqual([
      { name: 'probe-ilb', protocol: 'Http', port: 8080, requestPath: '/health', intervalInSeconds: 15, probeThreshold: 1 },
      { name: 'probe', protocol: 'Tcp', port: 80, intervalInSeconds: 15, probeThreshold: 1 },
    ]);
    // lb_rules: protocol "Tcp", ports 3389, floating IP false, idle 4, Default, SNAT and TCP reset false; name "rule-<lb>".
    const defaults = { idleTimeoutMinutes: 4, enableTcpReset: false, loadDistribution: 'Default', disableOutboundSnat: false };
    expect(lbView(r.topology).rules).toEqual([
      {
        name: 'rule-ilb',
        frontend: 'fe',
        backendPool: 'pool',
        protocol: 'Tcp',
        frontendPort: 3389,
        backendPort: 3389,
        floatingIp: false,
        ...defaults,
      },
      {
        name: 'sql',
        frontend: 'fe',
        backendPool: 'pool',
        protocol: 'Tcp',
        frontendPort: 1433,
        backendPort: 1433,
        floatingIp: true,
        probe: 'probe',
        ...defaults,
      },
    ]);
    expect(lbView(r.topology).inboundNatRules).toEqual([
      {
        name: 'ssh',
        frontend: 'fe',
        protocol: 'Tcp',
        frontendPort: 50001,
        backendPort: 22,
        floatingIp: false,
        idleTimeoutMinutes: 4,
        enableTcpReset: false,
      },
    ]);
    // Said: the call is expanded, and the rule that leaves floating IP to the module's default.
    expect(codesAt(r, 'module.lb')).toEqual(['ImportDefaultUsed']);
    expect(codesAt(r, 'module.lb.lb_rules["rdp"].enable_floating_ip')).toEqual(['ImportDefaultUsed']);
    expect(codesAt(r, 'module.lb.lb_rules["sql"].enable_floating_ip')).toEqual([]);
    // Diagnostics about the created resources carry Terraform's module addresses.
    expect(codesAt(r, 'module.lb.azurerm_lb_nat_rule.this["ssh"]')).toEqual(['ImportDefaultUsed']);
  });

  it('reads a public frontend the module creates, a local source by its inputs, and an input it cannot see', async () => {
    const text = `
module "pub" {
  source = "../../"
  name   = "web"
  frontend_ip_configurations = { fe = { name = "fe", create_public_ip_address = true } }
  public_ip_address_configuration = { ip_version = "IPv6" }
  lb_rules = var.rules
}
`;
    const r = ok(await importTerraform(text));
    expect(lbView(r.topology).loadBalancer).toEqual({ name: 'web', sku: 'Standard', type: 'Public' });
    expect(lbView(r.topology).frontends).toEqual([{ name: 'fe', ip: '2001:db8::a' }]);
    expect(lbView(r.topology).rules).toEqual([]);
    expect(messageOf(r.diagnostics.find((d) => d.path === 'module.pub')!)).toContain('Azure/avm-res-network-loadbalancer/azurerm');
    expect(codesAt(r, 'module.pub.lb_rules')).toEqual(['ImportUnresolved']);
  });
});

describe('importTerraform: the classic Azure/loadbalancer/azurerm module', { timeout: TIMEOUT }, () => {
  it('creates a rule per lb_port key, the probe of the same position, a NAT rule per remote_port, with its defaults', async () => {
    const text = `
module "mylb" {
  source = "Azure/loadbalancer/azurerm"
  prefix = "app"
  remote_port = { ssh = ["Tcp", "22"], rdp = ["Tcp", "3389"] }
  lb_port  = { https = ["443", "Tcp", "443"], http = ["80", "Tcp", "8080"] }
  lb_probe = { b = ["Http", "8080", "/"], a = ["Tcp", "443", ""] }
}
`;
    const r = ok(await importTerraform(text));
    // locals: "<prefix>-lb"; lb_sku "Basic"; type "public" → a public IP; frontend_name "myPublicIP".
    expect(lbView(r.topology).loadBalancer).toEqual({ name: 'app-lb', sku: 'Basic', type: 'Public' });
    expect(lbView(r.topology).frontends).toEqual([{ name: 'myPublicIP', ip: '203.0.113.10' }]);
    expect(lbView(r.topology).backendPools.map((p) => p.name)).toEqual(['BackEndAddressPool']);
    // keys() order: a, b; interval 5, number_of_probes 2 (read as probeThreshold).
    expect(lbView(r.topology).probes).toEqual([
      { name: 'a', protocol: 'Tcp', port: 443, intervalInSeconds: 5, probeThreshold: 2 },
      { name: 'b', protocol: 'Http', port: 8080, requestPath: '/', intervalInSeconds: 5, probeThreshold: 2 },
    ]);
    // keys() order: http, https; rule i uses probe i; floating IP false; idle 5.
    expect(
      lbView(r.topology).rules.map((x) => [x.name, x.frontendPort, x.backendPort, x.probe, x.floatingIp, x.idleTimeoutMinutes]),
    ).toEqual([
      ['http', 80, 8080, 'a', false, 5],
      ['https', 443, 443, 'b', false, 5],
    ]);
    // NAT rules VM-0, VM-1 in key order (rdp, ssh), frontend ports "5000${count.index + 1}".
    expect(lbView(r.topology).inboundNatRules!.map((n) => [n.name, n.frontendPort, n.backendPort])).toEqual([
      ['VM-0', 50001, 3389],
      ['VM-1', 50002, 22],
    ]);
    expect(codesAt(r, 'module.mylb.lb_floating_ip_enabled')).toEqual(['ImportDefaultUsed']);
  });

  it('takes lb_floating_ip_enabled, a private frontend, and --lb by module name', async () => {
    const text = `
module "a" {
  source = "Azure/loadbalancer/azurerm"
  name   = "first"
}
module "b" {
  source                                 = "Azure/loadbalancer/azurerm"
  name                                   = "sql"
  type                                   = "private"
  frontend_subnet_id                     = "/subscriptions/x/subnets/s"
  frontend_private_ip_address_allocation = "Static"
  frontend_private_ip_address            = "10.0.1.6"
  lb_sku                                 = "Standard"
  lb_floating_ip_enabled                 = true
  lb_port  = { sql = ["1433", "Tcp", "1433"] }
  lb_probe = { sql = ["Tcp", "59999", ""] }
}
`;
    const first = ok(await importTerraform(text));
    expect(first.loadBalancers).toEqual(['module.a.azurerm_lb.azlb', 'module.b.azurerm_lb.azlb']);
    expect(lbView(first.topology).loadBalancer.name).toBe('first');
    const r = ok(await importTerraform(text, { loadBalancer: 'b' }));
    expect(lbView(r.topology).loadBalancer).toEqual({ name: 'sql', sku: 'Standard', type: 'Internal' });
    expect(lbView(r.topology).frontends).toEqual([{ name: 'myPublicIP', ip: '10.0.1.6' }]);
    expect(lbView(r.topology).rules.map((x) => [x.name, x.floatingIp, x.probe])).toEqual([['sql', true, 'sql']]);
    expect(lbView(ok(await importTerraform(text, { loadBalancer: 'module.b' })).topology).loadBalancer.name).toBe('sql');
  });

  it('reads the short source Azure/lb/azurerm (with a version pin) as the same module', async () => {
    const text = `
module "lb" {
  source  = "Azure/lb/azurerm"
  version = "4.4.0"
  name    = "web"
  lb_port = { http = ["80", "Tcp", "80"] }
}
`;
    const r = ok(await importTerraform(text));
    expect(lbView(r.topology).loadBalancer).toEqual({ name: 'web', sku: 'Basic', type: 'Public' });
    expect(lbView(r.topology).rules.map((x) => [x.name, x.frontendPort])).toEqual([['http', 80]]);
  });
});

describe('importTerraform: files without a load balancer say what they have', { timeout: TIMEOUT }, () => {
  it('names the other module calls, with their sources', async () => {
    const r = await importTerraform(
      'module "net" {\n  source = "Azure/network/azurerm"\n}\nresource "azurerm_resource_group" "rg" { name = "rg" }\n',
    );
    if (r.ok) throw new Error('imported');
    expect(errorOf(r)).toContain('module.net ("Azure/network/azurerm")');
  });

  it('says a file of variables and outputs only is one part of a configuration', async () => {
    const r = await importTerraform(
      'variable "a" {}\nvariable "b" { default = 1 }\noutput "o" { value = var.a }\nprovider "azurerm" {\n  features {}\n}\n',
    );
    if (r.ok) throw new Error('imported');
    expect(errorOf(r)).toContain('only 2 variable(s), 1 output(s) and 1 other block(s)');
  });
});

describe('importTerraform: module inputs of the wrong shape', { timeout: TIMEOUT }, () => {
  it('never throws: inputs that are not maps are said, elements that are not lists import as missing values', async () => {
    const text = `
module "avm" {
  source                     = "Azure/avm-res-network-loadbalancer/azurerm"
  name                       = 5
  frontend_ip_configurations = "fe"
  backend_address_pools      = [1, "x", null]
  lb_rules                   = { r = "not an object" }
  lb_nat_rules               = 7
}
module "classic" {
  source   = "Azure/loadbalancer/azurerm"
  lb_port  = { a = "80", b = [] }
  lb_probe = [1, 2]
}
`;
    const r = ok(await importTerraform(text));
    expect(r.loadBalancers).toEqual(['module.avm.azurerm_lb.this', 'module.classic.azurerm_lb.azlb']);
    expect(codesAt(r, 'module.avm.frontend_ip_configurations')).toEqual(['ImportUnresolved']);
    expect(codesAt(r, 'module.avm.lb_nat_rules')).toEqual(['ImportUnresolved']);
    // Pools without a name take the module's "bepool-1"; the rule without a frontend is said by the rule reader.
    expect(lbView(r.topology).backendPools.map((p) => p.name)).toEqual(['bepool-1', 'bepool-1', 'bepool-1']);
    expect(lbView(r.topology).rules.map((x) => [x.name, x.frontendPort])).toEqual([['rule-5', 3389]]);
    const classic = ok(await importTerraform(text, { loadBalancer: 'classic' }));
    // lb_port entries that are not lists: rules with missing ports, each said.
    expect(lbView(classic.topology).rules.map((x) => [x.name, x.frontendPort])).toEqual([
      ['a', 0],
      ['b', 0],
    ]);
    expect(codesAt(classic, 'module.classic.azurerm_lb_rule.azlb[0].frontend_port')).toEqual(['ImportInvalid']);
  });
});

describe('importTerraform: associations outside the module that use its outputs', { timeout: TIMEOUT }, () => {
  it('finds the pool and NAT rule of the module through its documented outputs', async () => {
    const text = `${NIC}
module "lb" {
  source = "Azure/avm-res-network-loadbalancer/azurerm"
  name   = "ilb"
  frontend_ip_configurations = { fe = { name = "fe", frontend_private_ip_address = "10.1.1.10", frontend_private_ip_subnet_resource_id = "/s" } }
  backend_address_pools = { pool1 = { name = "pool" } }
  lb_nat_rules = { ssh = { name = "ssh", frontend_ip_configuration_name = "fe", protocol = "Tcp", frontend_port = 50001, backend_port = 22 } }
}
resource "azurerm_network_interface_backend_address_pool_association" "vm1" {
  network_interface_id    = azurerm_network_interface.vm1.id
  ip_configuration_name   = "ipconfig1"
  backend_address_pool_id = module.lb.azurerm_lb_backend_address_pool["pool1"].id
}
resource "azurerm_network_interface_nat_rule_association" "vm1" {
  network_interface_id  = azurerm_network_interface.vm1.id
  ip_configuration_name = "ipconfig1"
  nat_rule_id           = module.lb.azurerm_lb_nat_rule.ssh.id
}
module "classic" {
  source = "Azure/loadbalancer/azurerm"
  remote_port = { ssh = ["Tcp", "22"] }
}
resource "azurerm_network_interface_backend_address_pool_association" "classic" {
  network_interface_id    = azurerm_network_interface.vm1.id
  ip_configuration_name   = "ipconfig1"
  backend_address_pool_id = module.classic.azurerm_lb_backend_address_pool_id
}
resource "azurerm_network_interface_nat_rule_association" "classic" {
  network_interface_id  = azurerm_network_interface.vm1.id
  ip_configuration_name = "ipconfig1"
  nat_rule_id           = module.classic.azurerm_lb_nat_rule_ids[0]
}
`;
    const r = ok(await importTerraform(text));
    expect(lbView(r.topology).backendPools.map((p) => [p.name, p.members])).toEqual([['pool', ['vm1-nic']]]);
    expect(lbView(r.topology).inboundNatRules!.map((n) => [n.name, n.target])).toEqual([['ssh', 'vm1-nic']]);
    const classic = ok(await importTerraform(text, { loadBalancer: 'classic' }));
    expect(lbView(classic.topology).backendPools.map((p) => [p.name, p.members])).toEqual([['BackEndAddressPool', ['vm1-nic']]]);
    expect(lbView(classic.topology).inboundNatRules!.map((n) => [n.name, n.target])).toEqual([['VM-0', 'vm1-nic']]);
  });
});
