// Counted and iterated resources as people write them (issue 16): count.index, splats, element(), for_each over maps
// and sets, for expressions, dynamic blocks, and the associations and VMs that reach NICs through them.
import { describe, expect, it } from 'vitest';
import { importTerraform } from './importTerraform';
import { errorOf } from '../text';
import type { ImportOutcome, ImportSuccess } from '../types';
import { LB, codesAt, TIMEOUT } from './lb.testing';
import { messageOf } from '../../diagnostics/diagnostic';
import { lbView } from '../../topology/design';

function ok(r: ImportOutcome): ImportSuccess {
  if (!r.ok) throw new Error(errorOf(r));
  return r;
}

/** Two NICs `web-nic0/1` at 10.0.1.4/5, each written with `extra` lines, and their pool associations written by `join`. */
const nics = (join: string) => `
resource "azurerm_network_interface" "nic" {
  count = 2
  name  = "web-nic\${count.index}"
  ip_configuration {
    name                          = "ipconfig1"
    private_ip_address_allocation = "Static"
    private_ip_address            = cidrhost("10.0.1.0/24", 4 + count.index)
  }
}
${join}`;

const vmsAndMembers = (r: ImportSuccess) => ({
  vms: r.topology.vms.map((v) => [v.name, v.os, v.nic.ip]),
  members: lbView(r.topology).backendPools[0]!.members,
});

describe('Terraform counted and iterated resources', { timeout: TIMEOUT }, () => {
  it('resolves x[count.index].id, element(x.*.id, count.index) and names VMs from their own resource', async () => {
    const r = ok(
      await importTerraform(
        `${LB}${nics(`
resource "azurerm_network_interface_backend_address_pool_association" "a" {
  count                   = 2
  network_interface_id    = azurerm_network_interface.nic[count.index].id
  ip_configuration_name   = "ipconfig1"
  backend_address_pool_id = azurerm_lb_backend_address_pool.pool.id
}
resource "azurerm_linux_virtual_machine" "vm" {
  count                 = 2
  name                  = "web-vm\${count.index}"
  network_interface_ids = [element(azurerm_network_interface.nic.*.id, count.index)]
  source_image_reference {
    publisher = "Canonical"
    offer     = "0001-com-ubuntu-server-jammy"
  }
}`)}`,
      ),
    );
    expect(vmsAndMembers(r)).toEqual({
      vms: [
        ['web-vm0', 'ubuntu', '10.0.1.4'],
        ['web-vm1', 'ubuntu', '10.0.1.5'],
      ],
      members: ['web-vm0', 'web-vm1'],
    });
    expect(r.diagnostics.filter((d) => d.code === 'ImportUnresolved')).toEqual([]);
  });

  it('reads splats (x[*], x.*.id[1]), for expressions and for_each over a resource (each.value.id)', async () => {
    const r = ok(
      await importTerraform(
        `${LB}${nics(`
resource "azurerm_network_interface_backend_address_pool_association" "a" {
  for_each                = { for i, n in azurerm_network_interface.nic : n.name => n.id }
  network_interface_id    = each.value
  ip_configuration_name   = "ipconfig1"
  backend_address_pool_id = azurerm_lb_backend_address_pool.pool.id
}
resource "azurerm_windows_virtual_machine" "first" {
  name                  = "app-vm0"
  network_interface_ids = [for n in azurerm_network_interface.nic[*] : n.id if n.name == "web-nic0"]
}
resource "azurerm_virtual_machine" "second" {
  name                  = "app-vm1"
  network_interface_ids = [azurerm_network_interface.nic.*.id[1]]
  storage_image_reference {
    publisher = "RedHat"
    offer     = "RHEL"
  }
}`)}`,
      ),
    );
    expect(vmsAndMembers(r)).toEqual({
      vms: [
        ['app-vm0', 'windows', '10.0.1.4'],
        ['app-vm1', 'rhel', '10.0.1.5'],
      ],
      members: ['app-vm0', 'app-vm1'],
    });
  });

  it('expands for_each over a map of VMs: names, addresses, OS and associations by each.key', async () => {
    const r = ok(
      await importTerraform(`${LB}
variable "vms" {
  default = {
    sql1 = { ip = "10.0.2.4", os = "windows" }
    sql2 = { ip = "10.0.2.5", os = "windows" }
  }
}
resource "azurerm_network_interface" "nic" {
  for_each = var.vms
  name     = "\${each.key}-nic"
  ip_configuration {
    name                          = "primary"
    private_ip_address_allocation = "Static"
    private_ip_address            = each.value.ip
  }
}
resource "azurerm_network_interface_backend_address_pool_association" "a" {
  for_each                = var.vms
  network_interface_id    = azurerm_network_interface.nic[each.key].id
  ip_configuration_name   = "primary"
  backend_address_pool_id = azurerm_lb_backend_address_pool.pool.id
}
resource "azurerm_windows_virtual_machine" "vm" {
  for_each              = var.vms
  name                  = each.key
  network_interface_ids = [azurerm_network_interface.nic[each.key].id]
}`),
    );
    expect(vmsAndMembers(r)).toEqual({
      vms: [
        ['sql1', 'windows', '10.0.2.4'],
        ['sql2', 'windows', '10.0.2.5'],
      ],
      members: ['sql1', 'sql2'],
    });
  });

  it('reads count = cond ? 1 : 0, count = length(var.x) and count from a variable', async () => {
    const r = ok(
      await importTerraform(`${LB}
variable "ha" { default = false }
variable "ports" { default = [80, 443] }
resource "azurerm_lb_probe" "optional" {
  count           = var.ha ? 1 : 0
  loadbalancer_id = azurerm_lb.lb.id
  name            = "ha"
  port            = 9000
}
resource "azurerm_lb_probe" "p" {
  count           = length(var.ports)
  loadbalancer_id = azurerm_lb.lb.id
  name            = "probe-\${var.ports[count.index]}"
  port            = var.ports[count.index]
}`),
    );
    expect(lbView(r.topology).probes.map((p) => [p.name, p.port])).toEqual([
      ['probe-80', 80],
      ['probe-443', 443],
    ]);
    expect(codesAt(r, 'azurerm_lb_probe.optional.count')).toEqual(['ImportIgnored']);
  });

  it('expands dynamic frontend_ip_configuration blocks, with their iterator', async () => {
    const r = ok(
      await importTerraform(`
variable "frontends" {
  default = [{ name = "fe-a", ip = "10.0.0.10" }, { name = "fe-b", ip = "10.0.0.11" }]
}
resource "azurerm_lb" "lb" {
  name = "lb"
  sku  = "Standard"
  dynamic "frontend_ip_configuration" {
    for_each = var.frontends
    iterator = fe
    content {
      name                          = fe.value.name
      subnet_id                     = "/subscriptions/x/subnets/s"
      private_ip_address_allocation = "Static"
      private_ip_address            = fe.value.ip
    }
  }
}`),
    );
    expect(lbView(r.topology).frontends).toEqual([
      { name: 'fe-a', ip: '10.0.0.10' },
      { name: 'fe-b', ip: '10.0.0.11' },
    ]);
    expect(lbView(r.topology).loadBalancer.type).toBe('Internal');
    expect(r.diagnostics.some((d) => d.path === 'azurerm_lb.lb')).toBe(false);
  });

  it('imports a dynamic block whose for_each is unknown once, with placeholders and a warning at its address', async () => {
    const r = ok(
      await importTerraform(`
resource "azurerm_lb" "lb" {
  name = "lb"
  sku  = "Standard"
  dynamic "frontend_ip_configuration" {
    for_each = var.frontends
    content {
      name               = frontend_ip_configuration.value.name
      private_ip_address = frontend_ip_configuration.value.ip
      subnet_id          = "/subscriptions/x/subnets/s"
    }
  }
}`),
    );
    expect(lbView(r.topology).frontends).toHaveLength(1);
    expect(lbView(r.topology).frontends[0]!.ip).toBe('198.51.100.10');
    const d = r.diagnostics.find((x) => x.path === 'azurerm_lb.lb.dynamic.frontend_ip_configuration[0].for_each')!;
    expect(d.code).toBe('ImportUnresolved');
    expect(messageOf(d)).toContain('var.frontends');
    expect(messageOf(d, 'ja')).toContain('var.frontends');
  });

  it('says when a VM names a NIC it cannot resolve, instead of naming the VM after the NIC silently', async () => {
    const r = ok(
      await importTerraform(
        `${LB}${nics(`
resource "azurerm_linux_virtual_machine" "vm" {
  count                 = 2
  name                  = "web-vm\${count.index}"
  network_interface_ids = [data.azurerm_network_interface.nic.id]
}`)}`,
      ),
    );
    expect(r.topology.vms.map((v) => v.name)).toEqual(['web-nic0', 'web-nic1']);
    expect(codesAt(r, 'azurerm_linux_virtual_machine.vm[0].network_interface_ids')).toEqual(['ImportUnresolved']);
    expect(codesAt(r, 'azurerm_linux_virtual_machine.vm[1].network_interface_ids')).toEqual(['ImportUnresolved']);
  });

  it('says when a VM names no NIC, and when its image publisher is unknown', async () => {
    const r = ok(
      await importTerraform(
        `${LB}${nics(`
resource "azurerm_virtual_machine" "vm" {
  count                 = 2
  name                  = "vm\${count.index}"
  network_interface_ids = [azurerm_network_interface.nic[count.index].id]
  storage_image_reference {
    publisher = var.image_publisher
    offer     = "x"
  }
}
resource "azurerm_linux_virtual_machine" "lonely" {
  name = "lonely"
}`)}`,
      ),
    );
    expect(r.topology.vms.map((v) => [v.name, v.os])).toEqual([
      ['vm0', 'linux'],
      ['vm1', 'linux'],
    ]);
    expect(codesAt(r, 'azurerm_virtual_machine.vm[1].storage_image_reference[0].publisher')).toEqual(['ImportUnresolved']);
    expect(codesAt(r, 'azurerm_linux_virtual_machine.lonely.network_interface_ids')).toEqual(['ImportUnresolved']);
    expect(
      messageOf(
        r.diagnostics.find((d) => d.path === 'azurerm_linux_virtual_machine.lonely.network_interface_ids')!,
        'ja',
      ),
    ).toContain('lonely');
  });

  it('says when two VMs claim the same NIC (Azure attaches a NIC to one VM), keeping the first', async () => {
    const r = ok(
      await importTerraform(
        `${LB}${nics(`
resource "azurerm_linux_virtual_machine" "vm" {
  count                 = 2
  name                  = "vm\${count.index}"
  network_interface_ids = azurerm_network_interface.nic[*].id
}`)}`,
      ),
    );
    // vm0 has both NICs; the second becomes a VM of its own, named apart (never two VMs with one name).
    expect(r.topology.vms.map((v) => v.name)).toEqual(['vm0', 'vm0-2']);
    expect(codesAt(r, 'azurerm_linux_virtual_machine.vm[1].network_interface_ids')).toEqual(['ImportInvalid', 'ImportInvalid']);
  });

  it('reads IP-based pool members (azurerm_lb_backend_address_pool_address) made with for_each', async () => {
    const r = ok(
      await importTerraform(`${LB}
resource "azurerm_lb_backend_address_pool_address" "ip" {
  for_each                = { a = "10.0.3.4", b = "10.0.3.5" }
  name                    = "member-\${each.key}"
  backend_address_pool_id = azurerm_lb_backend_address_pool.pool.id
  virtual_network_id      = "/subscriptions/x/virtualNetworks/v"
  ip_address              = each.value
}`),
    );
    expect(vmsAndMembers(r)).toEqual({
      vms: [
        ['member-a', 'linux', '10.0.3.4'],
        ['member-b', 'linux', '10.0.3.5'],
      ],
      members: ['member-a', 'member-b'],
    });
    expect(codesAt(r, 'azurerm_lb_backend_address_pool_address.ip["a"]')).toEqual(['ImportDefaultUsed']);
  });

  it("reads a NIC's private_ip_address (its primary ipconfig's) for IP-based members, so the member is that NIC's VM", async () => {
    const r = ok(
      await importTerraform(
        `${LB}${nics(`
resource "azurerm_lb_backend_address_pool_address" "ip" {
  count                   = 2
  name                    = "member-\${count.index}"
  backend_address_pool_id = azurerm_lb_backend_address_pool.pool.id
  virtual_network_id      = "/subscriptions/x/virtualNetworks/v"
  ip_address              = azurerm_network_interface.nic[count.index].private_ip_address
}`)}`,
      ),
    );
    expect(lbView(r.topology).backendPools[0]!.members).toEqual(['web-nic0', 'web-nic1']);
    expect(r.topology.vms).toHaveLength(2);
  });

  it('targets counted NAT rules through counted associations (element of both splats)', async () => {
    const r = ok(
      await importTerraform(
        `${LB}${nics(`
resource "azurerm_lb_nat_rule" "ssh" {
  count                          = 2
  loadbalancer_id                = azurerm_lb.lb.id
  name                           = "ssh-\${count.index}"
  protocol                       = "Tcp"
  frontend_port                  = 50000 + count.index
  backend_port                   = 22
  frontend_ip_configuration_name = "fe"
}
resource "azurerm_network_interface_nat_rule_association" "ssh" {
  count                 = 2
  network_interface_id  = element(azurerm_network_interface.nic.*.id, count.index)
  ip_configuration_name = "ipconfig1"
  nat_rule_id           = element(azurerm_lb_nat_rule.ssh[*].id, count.index)
}`)}`,
      ),
    );
    expect(lbView(r.topology).inboundNatRules!.map((n) => [n.name, n.frontendPort, n.target])).toEqual([
      ['ssh-0', 50000, 'web-nic0'],
      ['ssh-1', 50001, 'web-nic1'],
    ]);
  });

  it('says which instance a reference misses: x[5] of a count of 2', async () => {
    const r = ok(
      await importTerraform(
        `${LB}${nics(`
resource "azurerm_network_interface_backend_address_pool_association" "a" {
  network_interface_id    = azurerm_network_interface.nic[5].id
  ip_configuration_name   = "ipconfig1"
  backend_address_pool_id = azurerm_lb_backend_address_pool.pool.id
}`)}`,
      ),
    );
    const d = r.diagnostics.find((x) => x.path === 'azurerm_network_interface_backend_address_pool_association.a.network_interface_id')!;
    expect(d.code).toBe('ImportUnresolved');
    expect(messageOf(d)).toContain('azurerm_network_interface.nic has no instance [5]');
  });
});

describe('Terraform VMs with several network interfaces', { timeout: TIMEOUT }, () => {
  it('keeps one VM per NIC, the second named apart and said, with both NICs in the pool', async () => {
    const r = ok(
      await importTerraform(
        `${LB}${nics(`
resource "azurerm_network_interface_backend_address_pool_association" "a" {
  count                   = 2
  network_interface_id    = azurerm_network_interface.nic[count.index].id
  ip_configuration_name   = "ipconfig1"
  backend_address_pool_id = azurerm_lb_backend_address_pool.pool.id
}
resource "azurerm_linux_virtual_machine" "nva" {
  name                  = "nva"
  network_interface_ids = azurerm_network_interface.nic[*].id
}`)}`,
      ),
    );
    expect(vmsAndMembers(r)).toEqual({
      vms: [
        ['nva', 'linux', '10.0.1.4'],
        ['nva-2', 'linux', '10.0.1.5'],
      ],
      members: ['nva', 'nva-2'],
    });
    expect(codesAt(r, 'azurerm_network_interface.nic[1]')).toContain('ImportDefaultUsed');
    expect(messageOf(r.diagnostics.find((d) => d.text.key === 'import.tf.vmSecondNic')!)).toContain('"nva-2"');
  });
});
