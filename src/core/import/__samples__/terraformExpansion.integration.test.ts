// Floatplan-authored Terraform samples that count and iterate (fixtures/SOURCES.md names the public example each is
// shaped after), imported as Azure would build them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ImportOptions } from '../types';
import { imported as ok } from '../imported.testing';
import { joinTerraformFiles } from '../terraform/files';
import { importTerraform } from '../terraform/importTerraform';
import { codesAt, importSample, messageAt, TIMEOUT } from './samples.testing';
import { lbView } from '../../topology/design';

/** The text of a sample, by its path under fixtures/ (`terraform/x.tf`). */
const sample = (path: string) => readFileSync(new URL(`./fixtures/${path}`, import.meta.url), 'utf8');
const load = (path: string, options?: ImportOptions) => importSample(sample(path), path, options);

describe('terraform/counted-linux-pool.tf (count, element() over a splat, NAT rule via the LB attribute)', { timeout: TIMEOUT }, () => {
  const file = 'terraform/counted-linux-pool.tf';

  it('joins both counted NICs to the pool through element(x.*.id, count.index) and names the VMs from their own resource', async () => {
    const r = await load(file, { params: { stem: 'shop' } });
    // No sku (Basic), one frontend on azurerm_public_ip.front → public.
    expect(lbView(r.topology).loadBalancer).toEqual({ name: 'shop-lb', sku: 'Basic', type: 'Public' });
    expect(lbView(r.topology).frontends.map(({ name, ip }) => ({ name, ip }))).toEqual([{ name: 'shop-front', ip: '203.0.113.10' }]);
    // count = local.replicas (2); network_interface_id = element(azurerm_network_interface.node.*.id, count.index).
    expect(lbView(r.topology).backendPools.map((p) => [p.name, p.members])).toEqual([['shop-pool', ['shop-node0', 'shop-node1']]]);
    // azurerm_linux_virtual_machine.node: "${var.stem}-node${count.index}", Canonical image, NIC node[count.index]
    // whose address Azure allocates (Dynamic).
    expect(r.topology.vms.map((v) => [v.name, v.os, v.nic.ip])).toEqual([
      ['shop-node0', 'ubuntu', '192.0.2.10'],
      ['shop-node1', 'ubuntu', '192.0.2.11'],
    ]);
    // The NAT rule names its frontend through azurerm_lb.shop.frontend_ip_configuration[0].name.
    expect(lbView(r.topology).inboundNatRules).toEqual([
      { name: 'ssh-maint', frontend: 'shop-front', protocol: 'Tcp', frontendPort: 2222, backendPort: 22, floatingIp: false },
    ]);
    expect(lbView(r.topology).rules).toEqual([]);
    expect(r.diagnostics.filter((d) => d.code === 'ImportUnresolved')).toEqual([]);
  });

  it('without --param stem, names every counted instance with a placeholder and says so at its address', async () => {
    const r = await load(file);
    expect(r.topology.vms.map((v) => v.name)).toEqual(['<var.stem>-node0', '<var.stem>-node1']);
    expect(lbView(r.topology).backendPools[0]!.members).toEqual(['<var.stem>-node0', '<var.stem>-node1']);
    expect(codesAt(r, 'azurerm_linux_virtual_machine.node[0].name')).toEqual(['ImportUnresolved']);
    expect(codesAt(r, 'azurerm_linux_virtual_machine.node[1].name')).toEqual(['ImportUnresolved']);
    expect(messageAt(r, 'azurerm_linux_virtual_machine.node[1].name')).toContain('--param stem=<value>');
  });
});

describe('terraform/legacy-windows-pair-{variables,main}.tf (pre-0.12 "${…}" style, counted NAT rules)', { timeout: TIMEOUT }, () => {
  const text = joinTerraformFiles([
    { name: 'variables.tf', text: sample('terraform/legacy-windows-pair-variables.tf') },
    { name: 'main.tf', text: sample('terraform/legacy-windows-pair-main.tf') },
  ]);

  it('expands the counted NAT rules and VMs, Windows from os_profile_windows_config', async () => {
    const r = ok(await importTerraform(text));
    // name_prefix defaults to "legacy"; no sku, public frontend.
    expect(lbView(r.topology).loadBalancer).toEqual({ name: 'legacy-lb', sku: 'Basic', type: 'Public' });
    // count = 2, name "rdp-${count.index}", frontend_port "4000${count.index + 1}" (a text), protocol "tcp".
    expect(lbView(r.topology).inboundNatRules).toEqual([
      { name: 'rdp-0', frontend: 'PublicFront', protocol: 'Tcp', frontendPort: 40001, backendPort: 3389, floatingIp: false },
      { name: 'rdp-1', frontend: 'PublicFront', protocol: 'Tcp', frontendPort: 40002, backendPort: 3389, floatingIp: false },
    ]);
    // The old backend_address_pool_id, enable_floating_ip = false, probe by "${….id}".
    expect(lbView(r.topology).rules).toEqual([
      {
        name: 'WebRule',
        frontend: 'PublicFront',
        backendPool: 'WebFarm',
        protocol: 'Tcp',
        frontendPort: 80,
        backendPort: 8080,
        floatingIp: false,
        probe: 'webProbe',
        idleTimeoutMinutes: 10,
      },
    ]);
    expect(lbView(r.topology).probes).toEqual([
      { name: 'webProbe', protocol: 'Tcp', port: 8080, intervalInSeconds: 10, probeThreshold: 3 },
    ]);
    // azurerm_virtual_machine.win, count = 2, network_interface_ids = ["${element(….win.*.id, count.index)}"],
    // os_profile_windows_config {} → Windows.
    expect(r.topology.vms.map((v) => [v.name, v.os, v.nic.name, v.nic.ip])).toEqual([
      ['win0', 'windows', 'Ethernet', '192.0.2.10'],
      ['win1', 'windows', 'Ethernet', '192.0.2.11'],
    ]);
    // No NIC is associated with the pool: Azure would build it empty.
    expect(lbView(r.topology).backendPools).toEqual([{ name: 'WebFarm', members: [] }]);
  });

  it('says that the NAT rule associations are quoted text, not references, at each instance', async () => {
    const r = ok(await importTerraform(text));
    // nat_rule_id = "element(azurerm_lb_nat_rule.rdp.*.id, count.index)" is a literal string in quotes.
    for (const i of [0, 1]) {
      const path = `azurerm_network_interface_nat_rule_association.rdp[${i}].nat_rule_id`;
      expect(codesAt(r, path)).toEqual(['ImportUnresolved']);
      expect(messageAt(r, path)).toContain('literal resource id');
    }
    expect(lbView(r.topology).inboundNatRules!.every((n) => n.target === undefined)).toBe(true);
  });
});

describe('terraform/reusable-lb-module.tf (a load balancer module built of for_each and dynamic blocks)', { timeout: TIMEOUT }, () => {
  const text = sample('terraform/reusable-lb-module.tf');

  it('imports a file built only of for_each and dynamic blocks over its caller inputs, each unknown said at its address', async () => {
    const r = ok(await importTerraform(text));
    // The frontends are a dynamic block over var.frontends: one placeholder frontend, said.
    expect(lbView(r.topology).frontends).toHaveLength(1);
    expect(codesAt(r, 'azurerm_lb.main.dynamic.frontend_ip_configuration[0].for_each')).toEqual(['ImportUnresolved']);
    // Every for_each over an input is one instance with a warning, never silently dropped or empty.
    for (const address of [
      'azurerm_lb_backend_address_pool.pools',
      'azurerm_lb_backend_address_pool_address.members',
      'azurerm_network_interface_backend_address_pool_association.members',
      'azurerm_lb_probe.checks',
      'azurerm_lb_rule.rules',
      'azurerm_lb_nat_rule.nat',
    ])
      expect(codesAt(r, `${address}.for_each`)).toEqual(['ImportUnresolved']);
    expect(lbView(r.topology).rules.map((x) => x.name)).toEqual(['<coalesce(each.value.name, "lbrule-${var.lb_name}")>']);
    expect(codesAt(r, 'azurerm_lb_rule.rules.name')).toEqual(['ImportUnresolved']);
    expect(codesAt(r, 'azurerm_lb_rule.rules.frontend_port')).toEqual(['ImportUnresolved']);
    expect(codesAt(r, 'azurerm_network_interface_backend_address_pool_association.members.backend_address_pool_id')).toEqual([
      'ImportUnresolved',
    ]);
  });

  it('expands the frontends, pools, probes and rules once their inputs are known', async () => {
    const inputs = `
variable "lb_name" { default = "ilb-orders" }
variable "location" { default = "westeurope" }
variable "resource_group" { default = "rg-orders" }
variable "sku" { default = "Standard" }
variable "subnet_id" { default = "/subscriptions/x/subnets/app" }
variable "vnet_id" { default = null }
variable "frontends" {
  default = {
    a = { name = "fe-orders", public_ip_id = null, private_ip = "10.30.1.10", allocation = "Static", zones = ["1", "2", "3"] }
    b = { name = null, public_ip_id = null, private_ip = "10.30.1.11", allocation = "Static", zones = ["None"] }
  }
}
variable "pools" { default = { app = { name = "pool-orders", tunnels = {} } } }
variable "pool_addresses" { default = { first = { name = "orders-1", ip = "10.30.2.4", pool = "app" } } }
variable "pool_nics" { default = {} }
variable "probes" {
  default = { web = { name = "probe-orders", protocol = "Http", port = 8080, path = "/ready", interval = 10, threshold = 3 } }
}
variable "rules" {
  default = {
    web = {
      name = "rule-orders", frontend = "fe-orders", protocol = "Tcp", frontend_port = 80, backend_port = 8080,
      pools = ["app"], probe = "web", floating_ip = true
    }
  }
}
variable "nat_rules" { default = [] }
variable "outbound_rules" { default = [] }
variable "nat_pools" { default = [] }
`;
    const r = ok(
      await importTerraform(
        joinTerraformFiles([
          { name: 'inputs.tf', text: inputs },
          { name: 'main.tf', text },
        ]),
      ),
    );
    // coalesce(frontend_ip_configuration.value.name, "fe-${var.lb_name}") for the frontend whose name is null.
    expect(lbView(r.topology).frontends).toEqual([
      { name: 'fe-orders', ip: '10.30.1.10' },
      { name: 'fe-ilb-orders', ip: '10.30.1.11' },
    ]);
    expect(lbView(r.topology).loadBalancer).toEqual({ name: 'ilb-orders', sku: 'Standard', type: 'Internal' });
    expect(lbView(r.topology).backendPools.map((p) => [p.name, p.members])).toEqual([['pool-orders', ['orders-1']]]);
    expect(lbView(r.topology).probes).toEqual([
      { name: 'probe-orders', protocol: 'Http', port: 8080, requestPath: '/ready', intervalInSeconds: 10, probeThreshold: 3 },
    ]);
    // backend_address_pool_ids = [for p in each.value.pools : ….pools[p].id if …]; probe by each.value.probe.
    expect(lbView(r.topology).rules).toEqual([
      {
        name: 'rule-orders',
        frontend: 'fe-orders',
        backendPool: 'pool-orders',
        protocol: 'Tcp',
        frontendPort: 80,
        backendPort: 8080,
        floatingIp: true,
        probe: 'probe-orders',
      },
    ]);
    // The pool address is the only member: a Linux VM named after it, said.
    expect(codesAt(r, 'azurerm_lb_backend_address_pool_address.members["first"]')).toEqual(['ImportDefaultUsed']);
    expect(r.diagnostics.filter((d) => d.code === 'ImportUnresolved')).toEqual([]);
    // Empty inputs make no instance, and say so.
    expect(r.diagnostics.filter((d) => d.path?.endsWith('.for_each')).map((d) => [d.code, d.path])).toEqual([
      ['ImportIgnored', 'azurerm_lb_nat_pool.ranges.for_each'],
      ['ImportIgnored', 'azurerm_lb_nat_rule.nat.for_each'],
      ['ImportIgnored', 'azurerm_lb_outbound_rule.egress.for_each'],
      ['ImportIgnored', 'azurerm_network_interface_backend_address_pool_association.members.for_each'],
    ]);
  });
});
