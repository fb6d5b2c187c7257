// Scale sets whose instances join the load balancer's pool are named and, when their capacity is known, imported as
// example VMs with marked addresses; never silently left out.
import { describe, expect, it } from 'vitest';
import { messageOf } from '../../diagnostics/diagnostic';
import { importDefinition } from '../importDefinition';
import { imported } from '../imported.testing';
import { LB, TIMEOUT } from './lb.testing';
import { lbView } from '../../topology/design';

const load = async (tf: string) => imported(await importDefinition(tf, { format: 'terraform' }));
const said = (r: Awaited<ReturnType<typeof load>>, address: string) =>
  r.diagnostics.filter((d) => d.path === address).map((d) => `${d.severity} ${messageOf(d)}`);

const linux = (type: string, capacity: string, extra = '') => `
resource "${type}" "ss" {
  name      = "web"
  ${capacity}
  source_image_reference {
    publisher = "Canonical"
    offer     = "0001-com-ubuntu-server-jammy"
  }
  network_interface {
    name    = "nic"
    primary = true
    ip_configuration {
      name                                   = "internal"
      primary                                = true
      load_balancer_backend_address_pool_ids = [azurerm_lb_backend_address_pool.pool.id]
    }
  }
${extra}
}`;

describe('Terraform: virtual machine scale sets in a backend pool', { timeout: TIMEOUT }, () => {
  it('imports a scale set of 3 instances as 3 VMs named as Azure names them, in the pool, addresses marked', async () => {
    const r = await load(`${LB}${linux('azurerm_linux_virtual_machine_scale_set', 'instances = 3')}`);
    expect(r.topology.vms.map((v) => [v.name, v.os, v.nic.ip])).toEqual([
      ['web_0', 'ubuntu', '192.0.2.10'],
      ['web_1', 'ubuntu', '192.0.2.11'],
      ['web_2', 'ubuntu', '192.0.2.12'],
    ]);
    expect(lbView(r.topology).backendPools[0]!.members).toEqual(['web_0', 'web_1', 'web_2']);
    expect(r.topology.vms.map((v) => v.placeholders?.map((p) => [p.field, p.reason]))).toEqual([
      [['nic.ip', 'allocatedByAzure']],
      [['nic.ip', 'allocatedByAzure']],
      [['nic.ip', 'allocatedByAzure']],
    ]);
    const words = said(r, 'azurerm_linux_virtual_machine_scale_set.ss');
    expect(words).toHaveLength(1);
    expect(words[0]).toContain('scale set of 3 instance(s) in the backend pool "pool"');
    expect(words[0]).toContain('"web_0", "web_1", "web_2"');
    // The pool is not called empty.
    expect(r.diagnostics.some((d) => d.text.key === 'import.tf.emptyPool')).toBe(false);
  });

  it('imports at most 10 instances of a large scale set and says how many there are', async () => {
    const r = await load(`${LB}${linux('azurerm_linux_virtual_machine_scale_set', 'instances = 25')}`);
    expect(r.topology.vms).toHaveLength(10);
    expect(said(r, 'azurerm_linux_virtual_machine_scale_set.ss')[0]).toContain('only the first 10 of the 25 are imported');
  });

  it('a Windows scale set and the legacy azurerm_virtual_machine_scale_set (sku capacity) are Windows VMs', async () => {
    const r = await load(
      `${LB}${linux('azurerm_windows_virtual_machine_scale_set', 'instances = 1')
        .replace('"ss"', '"win"')
        .replace('"web"', '"win"')}${linux(
        'azurerm_virtual_machine_scale_set',
        '',
        '  os_profile_windows_config {}\n  sku {\n    name = "Standard_F2"\n    capacity = 2\n  }',
      )
        .replace('"ss"', '"old"')
        .replace('"web"', '"old"')}`,
    );
    expect(r.topology.vms.map((v) => [v.name, v.os, v.nic.name])).toEqual([
      ['win_0', 'windows', 'Ethernet'],
      ['old_0', 'windows', 'Ethernet'],
      ['old_1', 'windows', 'Ethernet'],
    ]);
  });

  it('a scale set whose capacity is not known is named with why, and the pool is not called empty', async () => {
    const r = await load(`${LB}${linux('azurerm_orchestrated_virtual_machine_scale_set', 'instances = var.n')}`);
    expect(r.topology.vms).toEqual([]);
    const words = said(r, 'azurerm_orchestrated_virtual_machine_scale_set.ss');
    expect(words).toHaveLength(1);
    expect(words[0]).toMatch(/^warning .*scale set whose instances join the backend pool "pool", but var\.n could not be evaluated/);
    expect(r.diagnostics.some((d) => d.text.key === 'import.tf.emptyPool')).toBe(false);
  });

  it('a scale set that joins no pool of this load balancer is not imported', async () => {
    const r = await load(
      `${LB}${linux('azurerm_linux_virtual_machine_scale_set', 'instances = 2').replace(
        '[azurerm_lb_backend_address_pool.pool.id]',
        '[]',
      )}`,
    );
    expect(r.topology.vms).toEqual([]);
    expect(said(r, 'azurerm_linux_virtual_machine_scale_set.ss')).toEqual([]);
  });

  it('instances of a scale set whose name is not known have marked placeholder names', async () => {
    const r = await load(
      `${LB}${linux('azurerm_linux_virtual_machine_scale_set', 'instances = 2').replace('"web"', '"${var.prefix}-vmss"')}`,
    );
    expect(r.topology.vms.map((v) => [v.name, v.placeholders?.map((p) => [p.field, p.reason, p.source])])).toEqual([
      [
        '<var.prefix>-vmss_0',
        [
          ['name', 'unresolved', '"${var.prefix}-vmss"'],
          ['nic.ip', 'allocatedByAzure', expect.any(String)],
        ],
      ],
      [
        '<var.prefix>-vmss_1',
        [
          ['name', 'unresolved', '"${var.prefix}-vmss"'],
          ['nic.ip', 'allocatedByAzure', expect.any(String)],
        ],
      ],
    ]);
  });
});
