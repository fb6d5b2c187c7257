// azurerm_lb_nat_rule and its NIC association; what the importer leaves out, and a computation that fails.
import { describe, expect, it } from 'vitest';
import { SSH_AND_SQL_NAT_RULES } from '../natRules.testing';
import { imported as ok } from '../imported.testing';
import { importTerraform } from './importTerraform';
import { codesAt, LB, rule, TIMEOUT } from './lb.testing';
import { messageOf } from '../../diagnostics/diagnostic';
import { withEnglish } from '../withEnglish.testing';
import { lbView } from '../../topology/design';

const NIC = `
resource "azurerm_network_interface" "db1" {
  name = "db1-nic"
  ip_configuration {
    name                          = "ipconfig1"
    primary                       = true
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.0.0.4"
  }
  ip_configuration {
    name                          = "ipconfig2"
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.0.0.5"
  }
}
resource "azurerm_linux_virtual_machine" "db1" {
  name                  = "db1"
  network_interface_ids = [azurerm_network_interface.db1.id]
}
`;
const natRule = (name: string, extra: string) => `
resource "azurerm_lb_nat_rule" "${name}" {
  resource_group_name            = "rg"
  loadbalancer_id                = azurerm_lb.lb.id
  name                           = "${name}"
  frontend_ip_configuration_name = "fe"
${extra}
}`;
const natAssociation = (rule: string, config: string) => `
resource "azurerm_network_interface_nat_rule_association" "${rule}" {
  network_interface_id  = azurerm_network_interface.db1.id
  ip_configuration_name = "${config}"
  nat_rule_id           = azurerm_lb_nat_rule.${rule}.id
}`;

describe('importTerraform: inbound NAT rules', { timeout: TIMEOUT }, () => {
  it('reads azurerm_lb_nat_rule and its NIC association: the primary ipconfig is the VM, a secondary one { vm, ip }', async () => {
    const ssh = natRule(
      'ssh',
      '  protocol = "tcp"\n  frontend_port = 50022\n  backend_port = 22\n  floating_ip_enabled = false\n  tcp_reset_enabled = true\n  idle_timeout_in_minutes = 10',
    );
    const sql = natRule('sql', '  protocol = "Tcp"\n  frontend_port = 1433\n  backend_port = 1433\n  floating_ip_enabled = true');
    const r = ok(await importTerraform(LB + NIC + ssh + sql + natAssociation('ssh', 'ipconfig1') + natAssociation('sql', 'ipconfig2')));
    expect(lbView(r.topology).inboundNatRules).toEqual(SSH_AND_SQL_NAT_RULES);
    expect(r.topology.vms).toEqual([{ name: 'db1', os: 'linux', nic: { name: 'eth0', ip: '10.0.0.4', secondaryIps: ['10.0.0.5'] } }]);
    expect(r.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(
      r.diagnostics.filter(
        (d) => d.path?.startsWith('azurerm_lb_nat_rule') || d.path?.startsWith('azurerm_network_interface_nat_rule_association'),
      ),
    ).toEqual([]);
  });

  it('reads the deprecated enable_floating_ip and enable_tcp_reset; a rule with no association has no target, said like an empty pool', async () => {
    const rdp = natRule(
      'rdp',
      '  protocol = "Tcp"\n  frontend_port = 3389\n  backend_port = 3389\n  enable_floating_ip = true\n  enable_tcp_reset = true',
    );
    const r = ok(await importTerraform(LB + rdp));
    expect(lbView(r.topology).inboundNatRules).toEqual([
      { name: 'rdp', frontend: 'fe', protocol: 'Tcp', frontendPort: 3389, backendPort: 3389, floatingIp: true, enableTcpReset: true },
    ]);
    expect(withEnglish(r.diagnostics)).toContainEqual(
      expect.objectContaining({
        severity: 'info',
        code: 'ImportDefaultUsed',
        path: 'azurerm_lb_nat_rule.rdp',
        message: expect.stringMatching(/^The inbound NAT rule "rdp" has no target in this file/),
      }),
    );
  });

  it('an unresolved frontend_port is the placeholder 0 with ImportUnresolved at its HCL address', async () => {
    const r = ok(
      await importTerraform(
        `variable "port" {\n  type = number\n}\n${LB}${natRule('rdp', '  protocol = "Tcp"\n  frontend_port = var.port\n  backend_port = 3389')}`,
      ),
    );
    expect(lbView(r.topology).inboundNatRules?.[0]).toMatchObject({ frontendPort: 0, backendPort: 3389 });
    expect(codesAt(r, 'azurerm_lb_nat_rule.rdp.frontend_port')).toEqual(['ImportUnresolved']);
  });

  it('a port-range (v2) NAT rule and a NAT pool are ImportIgnored with why', async () => {
    const range = natRule(
      'range',
      '  protocol = "Tcp"\n  frontend_port_start = 50000\n  frontend_port_end = 50099\n  backend_port = 22\n  backend_address_pool_id = azurerm_lb_backend_address_pool.pool.id',
    );
    const pool = `
resource "azurerm_lb_nat_pool" "vmss" {
  loadbalancer_id                = azurerm_lb.lb.id
  name                           = "vmss-ssh"
  protocol                       = "Tcp"
  frontend_port_start            = 50000
  frontend_port_end              = 50119
  backend_port                   = 22
  frontend_ip_configuration_name = "fe"
}`;
    const r = ok(await importTerraform(LB + range + pool));
    expect(r.topology).not.toHaveProperty('inboundNatRules');
    expect(r.diagnostics.filter((d) => d.code === 'ImportIgnored').map((d) => [d.severity, d.path, messageOf(d)])).toEqual([
      [
        'info',
        'azurerm_lb_nat_rule.range',
        'azurerm_lb_nat_rule.range is a port-range (v2) NAT rule (it sets frontend_port_start, frontend_port_end, backend_address_pool_id): Azure maps one frontend port of the range to each member of a backend pool. Floatplan plans classic NAT rules only (one frontend port to one VM IP configuration), so it is not imported.',
      ],
      [
        'info',
        'azurerm_lb_nat_pool.vmss',
        'azurerm_lb_nat_pool.vmss is an inbound NAT pool, which serves virtual machine scale sets; Floatplan plans classic inbound NAT rules to individual VMs only; it is not imported.',
      ],
    ]);
  });
});

describe("importTerraform: a computation that fails stays one value's problem", { timeout: TIMEOUT }, () => {
  it('cidrsubnet with a fraction and a modulo by zero give placeholders with reasons, not a failed import', async () => {
    const tf =
      LB.replace('"10.0.0.10"', 'cidrhost(cidrsubnet("10.0.0.0/16", 8, var.n / 2), 4)').replace('name = "lb"', 'name = "lb"\n  # n') +
      `
variable "n" {
  default = 3
}` +
      rule('r', '').replace('frontend_port                  = 80', 'frontend_port                  = 80 % 0');
    const r = ok(await importTerraform(tf));
    const ip = r.diagnostics.find((d) => d.path?.startsWith('azurerm_lb.lb.frontend_ip_configuration[0].private_ip_address'));
    expect(messageOf(ip!)).toContain('cidrsubnet() expects a whole number, got 1.5');
    expect(messageOf(r.diagnostics.find((d) => d.path === 'azurerm_lb_rule.r.frontend_port')!)).toContain('modulo by zero');
  });
});
