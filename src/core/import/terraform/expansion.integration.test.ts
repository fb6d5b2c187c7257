// Real, public load balancer files that count and iterate (issue 16), imported as Azure would build them:
// fixtures/expansion/SOURCES.md names each file's repository, path, commit and licence.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { messageOf } from '../../diagnostics/diagnostic';
import { imported as ok } from '../imported.testing';
import { joinTerraformFiles } from './files';
import { importTerraform } from './importTerraform';
import { codesAt, TIMEOUT } from './lb.testing';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/expansion/${name}`, import.meta.url), 'utf8');

describe('linux-load-balanced-main.tf (azurerm examples/virtual-machines/linux/load-balanced)', { timeout: TIMEOUT }, () => {
  const text = fixture('linux-load-balanced-main.tf');

  it('joins both counted NICs to the pool through element(x.*.id, count.index) and names the VMs from their own resource', async () => {
    const r = ok(await importTerraform(text, { params: { prefix: 'web' } }));
    // l.89-97: no sku (Basic), one frontend on azurerm_public_ip.pip → public.
    expect(r.topology.loadBalancer).toEqual({ name: 'web-lb', sku: 'Basic', type: 'Public' });
    expect(r.topology.frontends).toEqual([{ name: 'PublicIPAddress', ip: '203.0.113.10' }]);
    // l.115-120: count = local.instance_count (2), network_interface_id = element(azurerm_network_interface.main.*.id, count.index).
    expect(r.topology.backendPools.map((p) => [p.name, p.members])).toEqual([['BackEndAddressPool', ['web-vm0', 'web-vm1']]]);
    // l.122-147: azurerm_linux_virtual_machine.main[count.index], name "${var.prefix}-vm${count.index}", Canonical image;
    // its NIC is azurerm_network_interface.main[count.index] (l.132-134), whose address Azure allocates (Dynamic).
    expect(r.topology.vms.map((v) => [v.name, v.os, v.nic.ip])).toEqual([
      ['web-vm0', 'ubuntu', '192.0.2.10'],
      ['web-vm1', 'ubuntu', '192.0.2.11'],
    ]);
    // l.105-113: the NAT rule names its frontend through azurerm_lb.example.frontend_ip_configuration[0].name.
    expect(r.topology.inboundNatRules).toEqual([
      { name: 'HTTPSAccess', frontend: 'PublicIPAddress', protocol: 'Tcp', frontendPort: 443, backendPort: 443, floatingIp: false },
    ]);
    expect(r.topology.rules).toEqual([]);
    expect(r.diagnostics.filter((d) => d.code === 'ImportUnresolved')).toEqual([]);
  });

  it('without --param prefix, names every counted instance with a placeholder and says so at its address', async () => {
    const r = ok(await importTerraform(text));
    expect(r.topology.vms.map((v) => v.name)).toEqual(['<var.prefix>-vm0', '<var.prefix>-vm1']);
    expect(r.topology.backendPools[0]!.members).toEqual(['<var.prefix>-vm0', '<var.prefix>-vm1']);
    expect(codesAt(r, 'azurerm_linux_virtual_machine.main[0].name')).toEqual(['ImportUnresolved']);
    expect(codesAt(r, 'azurerm_linux_virtual_machine.main[1].name')).toEqual(['ImportUnresolved']);
    expect(messageOf(r.diagnostics.find((d) => d.path === 'azurerm_linux_virtual_machine.main[1].name')!)).toContain(
      '--param prefix=<value>',
    );
  });
});

describe('2-vms-lbrules (azurerm examples/virtual-machines/virtual_machine/2-vms-loadbalancer-lbrules)', { timeout: TIMEOUT }, () => {
  const text = joinTerraformFiles([
    { name: 'variables.tf', text: fixture('2-vms-lbrules-variables.tf') },
    { name: 'main.tf', text: fixture('2-vms-lbrules-main.tf') },
  ]);

  it('expands the counted NAT rules and VMs, Windows from os_profile_windows_config', async () => {
    const r = ok(await importTerraform(text));
    // variables.tf: rg_prefix defaults to "rg"; main.tf l.52-60: no sku, public frontend.
    expect(r.topology.loadBalancer).toEqual({ name: 'rglb', sku: 'Basic', type: 'Public' });
    // l.68-77: count = 2, name "RDP-VM-${count.index}", frontend_port "5000${count.index + 1}" (a text), protocol "tcp".
    expect(r.topology.inboundNatRules).toEqual([
      { name: 'RDP-VM-0', frontend: 'LoadBalancerFrontEnd', protocol: 'Tcp', frontendPort: 50001, backendPort: 3389, floatingIp: false },
      { name: 'RDP-VM-1', frontend: 'LoadBalancerFrontEnd', protocol: 'Tcp', frontendPort: 50002, backendPort: 3389, floatingIp: false },
    ]);
    // l.79-93: the old backend_address_pool_id, enable_floating_ip = false, probe by "${….id}".
    expect(r.topology.rules).toEqual([
      {
        name: 'LBRule',
        frontend: 'LoadBalancerFrontEnd',
        backendPool: 'BackendPool1',
        protocol: 'Tcp',
        frontendPort: 80,
        backendPort: 80,
        floatingIp: false,
        probe: 'tcpProbe',
        idleTimeoutMinutes: 5,
      },
    ]);
    expect(r.topology.probes).toEqual([{ name: 'tcpProbe', protocol: 'Tcp', port: 80, intervalInSeconds: 5, probeThreshold: 2 }]);
    // l.130-160: azurerm_virtual_machine.vm, count = 2, network_interface_ids = ["${element(….nic.*.id, count.index)}"],
    // os_profile_windows_config {} → Windows.
    expect(r.topology.vms.map((v) => [v.name, v.os, v.nic.name, v.nic.ip])).toEqual([
      ['vm0', 'windows', 'Ethernet', '192.0.2.10'],
      ['vm1', 'windows', 'Ethernet', '192.0.2.11'],
    ]);
    // The file associates no NIC with the pool: Azure would build it empty.
    expect(r.topology.backendPools).toEqual([{ name: 'BackendPool1', members: [] }]);
  });

  it('says that the NAT rule associations are quoted text, not references (an upstream bug), at each instance', async () => {
    const r = ok(await importTerraform(text));
    // l.122-127: nat_rule_id = "element(azurerm_lb_nat_rule.tcp.*.id, count.index)" is a literal string in quotes.
    for (const i of [0, 1]) {
      const path = `azurerm_network_interface_nat_rule_association.natrule[${i}].nat_rule_id`;
      expect(codesAt(r, path)).toEqual(['ImportUnresolved']);
      expect(messageOf(r.diagnostics.find((d) => d.path === path)!)).toContain('literal resource id');
    }
    expect(r.topology.inboundNatRules!.every((n) => n.target === undefined)).toBe(true);
  });
});

describe('avm-loadbalancer-module-main.tf (the AVM load balancer module itself)', { timeout: TIMEOUT }, () => {
  const text = fixture('avm-loadbalancer-module-main.tf');

  it('imports a file built only of for_each and dynamic blocks over its caller inputs, each unknown said at its address', async () => {
    const r = ok(await importTerraform(text));
    // l.10-25: the frontends are a dynamic block over var.frontend_ip_configurations: one placeholder frontend, said.
    expect(r.topology.frontends).toHaveLength(1);
    expect(codesAt(r, 'azurerm_lb.this.dynamic.frontend_ip_configuration[0].for_each')).toEqual(['ImportUnresolved']);
    // Every for_each over an input of the module is one instance with a warning, never silently dropped or empty.
    for (const address of [
      'azurerm_lb_backend_address_pool.this',
      'azurerm_lb_backend_address_pool_address.this',
      'azurerm_network_interface_backend_address_pool_association.this',
      'azurerm_lb_probe.this',
      'azurerm_lb_rule.this',
      'azurerm_lb_nat_rule.this',
    ])
      expect(codesAt(r, `${address}.for_each`)).toEqual(['ImportUnresolved']);
    expect(r.topology.rules.map((x) => x.name)).toEqual(['<coalesce(each.value.name, "rule-${var.name}")>']);
    expect(codesAt(r, 'azurerm_lb_rule.this.frontend_port')).toEqual(['ImportUnresolved']);
    expect(codesAt(r, 'azurerm_network_interface_backend_address_pool_association.this.backend_address_pool_id')).toEqual([
      'ImportUnresolved',
    ]);
  });

  it('expands the frontends, pools, probes and rules once their inputs are known', async () => {
    const inputs = `
variable "name" { default = "lb-avm" }
variable "sku" { default = "Standard" }
variable "frontend_subnet_resource_id" { default = "/subscriptions/x/subnets/s" }
variable "frontend_ip_configurations" {
  default = {
    one = {
      name = "fe-one", frontend_private_ip_address = "10.0.0.10", frontend_private_ip_address_allocation = "Static", create_public_ip_address = false,
      zones = ["1"], public_ip_address_resource_id = null, gateway_load_balancer_frontend_ip_configuration_id = null,
      frontend_private_ip_address_version = null, frontend_private_ip_subnet_resource_id = null
    }
    two = {
      name = null, frontend_private_ip_address = "10.0.0.11", frontend_private_ip_address_allocation = "Static", create_public_ip_address = false,
      zones = ["None"], public_ip_address_resource_id = null, gateway_load_balancer_frontend_ip_configuration_id = null,
      frontend_private_ip_address_version = null, frontend_private_ip_subnet_resource_id = null
    }
  }
}
variable "backend_address_pools" {
  default = { pool1 = { name = "be-pool", tunnel_interfaces = {}, virtual_network_resource_id = null } }
}
variable "backend_address_pool_addresses" {
  default = { a = { name = "member-a", ip_address = "10.0.1.4", backend_address_pool_object_name = "pool1", virtual_network_resource_id = null } }
}
variable "backend_address_pool_network_interfaces" { default = {} }
variable "backend_address_pool_configuration" { default = null }
variable "lb_probes" {
  default = {
    tcp = { name = "probe-tcp", port = 443, protocol = "Tcp", interval_in_seconds = 5, probe_threshold = 2, number_of_probes_before_removal = null, request_path = null }
  }
}
variable "lb_rules" {
  default = {
    https = {
      name = "rule-https", frontend_ip_configuration_name = "fe-one", frontend_port = 443, backend_port = 443, protocol = "Tcp",
      backend_address_pool_object_names = ["pool1"], probe_object_name = "tcp", enable_floating_ip = true,
      backend_address_pool_resource_ids = null, probe_resource_id = null, disable_outbound_snat = null, enable_tcp_reset = null,
      idle_timeout_in_minutes = null, load_distribution = null
    }
  }
}
variable "lb_nat_rules" { default = {} }
variable "lb_outbound_rules" { default = {} }
variable "lb_nat_pools" { default = {} }
`;
    // Terraform fills an input's optional attributes with null; these defaults write them out, as the module's types would.
    const r = ok(
      await importTerraform(
        joinTerraformFiles([
          { name: 'inputs.tf', text: inputs },
          { name: 'main.tf', text },
        ]),
      ),
    );
    // coalesce(frontend_ip_configuration.value.name, "frontend-${var.name}") for the frontend whose name is null.
    expect(r.topology.frontends).toEqual([
      { name: 'fe-one', ip: '10.0.0.10' },
      { name: 'frontend-lb-avm', ip: '10.0.0.11' },
    ]);
    expect(r.topology.loadBalancer).toEqual({ name: 'lb-avm', sku: 'Standard', type: 'Internal' });
    expect(r.topology.backendPools.map((p) => [p.name, p.members])).toEqual([['be-pool', ['member-a']]]);
    expect(r.topology.probes).toEqual([{ name: 'probe-tcp', protocol: 'Tcp', port: 443, intervalInSeconds: 5, probeThreshold: 2 }]);
    expect(r.topology.rules).toEqual([
      {
        name: 'rule-https',
        frontend: 'fe-one',
        backendPool: 'be-pool',
        protocol: 'Tcp',
        frontendPort: 443,
        backendPort: 443,
        floatingIp: true,
        probe: 'probe-tcp',
      },
    ]);
    // The pool address is the only member: a Linux VM named after it, said.
    expect(codesAt(r, 'azurerm_lb_backend_address_pool_address.this["a"]')).toEqual(['ImportDefaultUsed']);
    expect(r.diagnostics.filter((d) => d.code === 'ImportUnresolved')).toEqual([]);
    // Empty inputs make no instance, and say so.
    expect(r.diagnostics.filter((d) => d.path?.endsWith('.for_each')).map((d) => [d.code, d.path])).toEqual([
      ['ImportIgnored', 'azurerm_lb_nat_pool.this.for_each'],
      ['ImportIgnored', 'azurerm_lb_nat_rule.this.for_each'],
      ['ImportIgnored', 'azurerm_lb_outbound_rule.this.for_each'],
      ['ImportIgnored', 'azurerm_network_interface_backend_address_pool_association.this.for_each'],
    ]);
  });
});
