import { describe, expect, it } from 'vitest';
import type { ImportOutcome, ImportSuccess } from '../types';
import { importTerraform } from './importTerraform';

// The first import in a worker starts the wasm parser (seconds on a busy 2-core machine).
const TIMEOUT = 60_000;

function ok(r: ImportOutcome): ImportSuccess {
  if (!r.ok) throw new Error(r.error);
  return r;
}
const codesAt = (r: ImportSuccess, path: string) => r.diagnostics.filter((d) => d.path === path).map((d) => d.code);

const LB = `
resource "azurerm_lb" "lb" {
  name = "lb"
  sku  = "Standard"
  frontend_ip_configuration {
    name                          = "fe"
    subnet_id                     = "/subscriptions/x/subnets/s"
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.0.0.10"
  }
}
resource "azurerm_lb_backend_address_pool" "pool" {
  loadbalancer_id = azurerm_lb.lb.id
  name            = "pool"
}
`;
const rule = (name: string, extra: string) => `
resource "azurerm_lb_rule" "${name}" {
  loadbalancer_id                = azurerm_lb.lb.id
  name                           = "${name}"
  protocol                       = "Tcp"
  frontend_port                  = 80
  backend_port                   = 80
  frontend_ip_configuration_name = "fe"
  backend_address_pool_ids       = [azurerm_lb_backend_address_pool.pool.id]
${extra}
}`;

describe('importTerraform: rules', { timeout: TIMEOUT }, () => {
  it('reads floating_ip_enabled and the deprecated enable_floating_ip alike', async () => {
    const r = ok(await importTerraform(LB + rule('v4', 'floating_ip_enabled = true') + rule('v3', 'enable_floating_ip = true') + rule('off', 'floating_ip_enabled = false')));
    expect(r.topology.rules.map((x) => [x.name, x.floatingIp])).toEqual([['v4', true], ['v3', true], ['off', false]]);
    expect(r.diagnostics.filter((d) => d.path?.endsWith('floating_ip_enabled'))).toEqual([]);
  });

  it('reads HA ports, TCP reset (old and new names), idle timeout, SNAT and load distribution', async () => {
    const ha = rule('ha', 'enable_tcp_reset = true\n  idle_timeout_in_minutes = 15\n  disable_outbound_snat = true\n  load_distribution = "SourceIPProtocol"').replace('"Tcp"', '"all"').replace(/= 80/g, '= 0');
    const r = ok(await importTerraform(LB + ha + rule('new', 'tcp_reset_enabled = true')));
    expect(r.topology.rules[0]).toEqual({
      name: 'ha', frontend: 'fe', backendPool: 'pool', protocol: 'All', frontendPort: 0, backendPort: 0, floatingIp: false,
      idleTimeoutMinutes: 15, enableTcpReset: true, disableOutboundSnat: true, loadDistribution: 'SourceIPProtocol',
    });
    expect(r.topology.rules[1]!.enableTcpReset).toBe(true);
  });

  it('uses variable defaults, locals and --param overrides, and coerces --param to the declared type', async () => {
    const text = `
variable "port" {
  type    = number
  default = 8080
}
variable "fip" { type = bool }
locals {
  probe_name = "hp-\${var.port}"
}
${LB}
resource "azurerm_lb_probe" "p" {
  loadbalancer_id = azurerm_lb.lb.id
  name            = local.probe_name
  port            = var.port
}
${rule('r', 'probe_id = azurerm_lb_probe.p.id\n  floating_ip_enabled = var.fip')}`;
    const noValue = ok(await importTerraform(text));
    expect(noValue.topology.probes).toEqual([{ name: 'hp-8080', protocol: 'Tcp', port: 8080 }]);
    expect(noValue.topology.rules[0]!.probe).toBe('hp-8080');
    // var.fip has no default: false (azurerm's default) with a warning that names the variable and the fix.
    expect(noValue.topology.rules[0]!.floatingIp).toBe(false);
    const fip = noValue.diagnostics.find((d) => d.path === 'azurerm_lb_rule.r.floating_ip_enabled')!;
    expect(fip.code).toBe('ImportUnresolved');
    expect(fip.message).toContain('--param fip=<value>');
    const given = ok(await importTerraform(text, { params: { port: '9000', fip: 'true' } }));
    expect(given.topology.probes[0]).toMatchObject({ name: 'hp-9000', port: 9000 });
    expect(given.topology.rules[0]!.floatingIp).toBe(true);
  });

  it('computes functions, operators and conditionals the way Terraform does (names, ports, addresses)', async () => {
    const tf = `
variable "prefix" {
  default = "SQL"
}
variable "ports" {
  default = { sql = 1433, mirror = 5022 }
}
variable "ha" {
  default = true
}
locals {
  subnet = "10.0.1.0/24"
}
resource "azurerm_lb" "lb" {
  name = format("%s-lb", lower(var.prefix))
  sku  = "Standard"
  frontend_ip_configuration {
    name                          = "fe"
    subnet_id                     = "/subscriptions/x/subnets/s"
    private_ip_address_allocation = "Static"
    private_ip_address            = cidrhost(local.subnet, 9)
  }
}
resource "azurerm_lb_backend_address_pool" "pool" {
  loadbalancer_id = azurerm_lb.lb.id
  name            = join("-", [lower(var.prefix), "pool"])
}
resource "azurerm_lb_rule" "r" {
  loadbalancer_id                = azurerm_lb.lb.id
  name                           = "listener"
  protocol                       = "Tcp"
  frontend_port                  = lookup(var.ports, "sql")
  backend_port                   = var.ports.sql + 0
  frontend_ip_configuration_name = "fe"
  backend_address_pool_ids       = [azurerm_lb_backend_address_pool.pool.id]
  floating_ip_enabled            = var.ha ? true : false
  idle_timeout_in_minutes        = max(4, 2 * 5)
}`;
    const r = ok(await importTerraform(tf));
    expect(r.topology.loadBalancer.name).toBe('sql-lb');
    expect(r.topology.frontends).toEqual([{ name: 'fe', ip: '10.0.1.9' }]);
    expect(r.topology.backendPools.map((p) => p.name)).toEqual(['sql-pool']);
    expect(r.topology.rules[0]).toMatchObject({ frontendPort: 1433, backendPort: 1433, floatingIp: true, idleTimeoutMinutes: 10, backendPool: 'sql-pool' });
    expect(r.diagnostics.filter((d) => d.code === 'ImportUnresolved')).toEqual([]);

    // --param feeds the same computation; a call that cannot be computed says why, at its HCL address.
    const other = ok(await importTerraform(tf.replace('cidrhost(local.subnet, 9)', 'cidrhost(local.subnet, 300)'), { params: { prefix: 'Web', ha: 'false' } }));
    expect(other.topology.loadBalancer.name).toBe('web-lb');
    expect(other.topology.rules[0]!.floatingIp).toBe(false);
    const ip = other.diagnostics.find((d) => d.path?.startsWith('azurerm_lb.lb.frontend_ip_configuration[0].private_ip_address'));
    expect(ip).toMatchObject({ code: 'ImportUnresolved' });
    expect(ip!.message).toContain('cidrhost() host number 300 does not fit in 10.0.1.0/24');
  });

  it('keeps a rule whose probe comes from another module, with a placeholder and the HCL address', async () => {
    const r = ok(await importTerraform(LB + rule('r', 'probe_id = module.probes.probe_id\n  frontend_port = file("port.txt")').replace('  frontend_port                  = 80\n', '')));
    expect(r.topology.rules).toHaveLength(1);
    expect(r.topology.rules[0]!.probe).toBe('<module.probes.probe_id>');
    expect(r.topology.rules[0]!.frontendPort).toBe(0);
    expect(codesAt(r, 'azurerm_lb_rule.r.probe_id')).toEqual(['ImportUnresolved']);
    expect(r.diagnostics.find((d) => d.path === 'azurerm_lb_rule.r.frontend_port')!.message).toContain('function calls (file');
  });

  it('matches an id built as text by its last part, and says so', async () => {
    const r = ok(await importTerraform(`${LB}
resource "azurerm_lb_probe" "p" {
  loadbalancer_id = azurerm_lb.lb.id
  name            = "p59999"
  port            = 59999
}
${rule('r', 'probe_id = "${azurerm_lb.lb.id}/probes/p59999"')}`));
    expect(r.topology.rules[0]!.probe).toBe('p59999');
    expect(codesAt(r, 'azurerm_lb_rule.r.probe_id')).toEqual(['ImportDefaultUsed']);
  });

  it('expands count, with count.index in names and indexed references', async () => {
    const r = ok(await importTerraform(`${LB}
resource "azurerm_lb_probe" "p" {
  count           = 2
  loadbalancer_id = azurerm_lb.lb.id
  name            = "probe-\${count.index}"
  port            = 8000
}
${rule('r', 'probe_id = azurerm_lb_probe.p[1].id')}`));
    expect(r.topology.probes.map((p) => p.name)).toEqual(['probe-0', 'probe-1']);
    expect(r.topology.rules[0]!.probe).toBe('probe-1');
  });

  it('imports a for_each resource once and says so', async () => {
    const r = ok(await importTerraform(`${LB}
resource "azurerm_lb_probe" "p" {
  for_each        = toset(["a", "b"])
  loadbalancer_id = azurerm_lb.lb.id
  name            = "probe-\${each.key}"
  port            = 8000
}`));
    expect(r.topology.probes.map((p) => p.name)).toEqual(['probe-<each.key>']);
    expect(codesAt(r, 'azurerm_lb_probe.p.for_each')).toEqual(['ImportUnresolved']);
  });
});

describe('importTerraform: VMs and pool membership', { timeout: TIMEOUT }, () => {
  it('reads NIC associations, VM names and OS from the VM resources', async () => {
    const r = ok(await importTerraform(`${LB}
resource "azurerm_network_interface" "n1" {
  name = "sql1-nic"
  ip_configuration {
    name                          = "ipconfig1"
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.0.0.4"
  }
  ip_configuration {
    name               = "listener"
    private_ip_address = "10.0.0.14"
  }
}
resource "azurerm_network_interface" "n2" {
  name = "web-nic"
  ip_configuration {
    name               = "ipconfig1"
    private_ip_address = "10.0.0.5"
  }
}
resource "azurerm_windows_virtual_machine" "sql1" {
  name                  = "sql1"
  network_interface_ids = [azurerm_network_interface.n1.id]
}
resource "azurerm_network_interface_backend_address_pool_association" "a1" {
  network_interface_id    = azurerm_network_interface.n1.id
  ip_configuration_name   = "ipconfig1"
  backend_address_pool_id = azurerm_lb_backend_address_pool.pool.id
}
resource "azurerm_network_interface_backend_address_pool_association" "a2" {
  network_interface_id    = azurerm_network_interface.n1.id
  ip_configuration_name   = "listener"
  backend_address_pool_id = azurerm_lb_backend_address_pool.pool.id
}
resource "azurerm_network_interface_backend_address_pool_association" "a3" {
  network_interface_id    = azurerm_network_interface.n2.id
  ip_configuration_name   = "ipconfig1"
  backend_address_pool_id = azurerm_lb_backend_address_pool.pool.id
}`));
    expect(r.topology.vms).toEqual([
      { name: 'sql1', os: 'windows', nic: { name: 'Ethernet', ip: '10.0.0.4', secondaryIps: ['10.0.0.14'] } },
      { name: 'web-nic', os: 'linux', nic: { name: 'eth0', ip: '10.0.0.5' } },
    ]);
    expect(r.topology.backendPools[0]!.members).toEqual(['sql1', { vm: 'sql1', ip: '10.0.0.14' }, 'web-nic']);
    expect(codesAt(r, 'azurerm_network_interface.n2')).toEqual(['ImportDefaultUsed']);
  });

  it('reads IP-based pool addresses', async () => {
    const r = ok(await importTerraform(`${LB}
resource "azurerm_lb_backend_address_pool_address" "vm9" {
  name                    = "vm9"
  backend_address_pool_id = azurerm_lb_backend_address_pool.pool.id
  virtual_network_id      = "/subscriptions/x/virtualNetworks/v"
  ip_address              = "10.0.0.9"
}`));
    expect(r.topology.vms).toEqual([{ name: 'vm9', os: 'linux', nic: { name: 'eth0', ip: '10.0.0.9' } }]);
    expect(r.topology.backendPools[0]!.members).toEqual(['vm9']);
  });
});

describe('importTerraform: what cannot be read', { timeout: TIMEOUT }, () => {
  it('refuses malformed HCL with the parser line and column', async () => {
    const r = await importTerraform('resource "azurerm_lb" "lb" {\n  name = \n}\n');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.format).toBe('terraform');
    expect(r.error).toContain('line 2, column 10');
    expect(r.error).toContain('Invalid expression');
  });

  it('refuses a file without any load balancer resource', async () => {
    const r = await importTerraform('resource "azurerm_resource_group" "rg" {\n  name = "rg"\n}\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics.map((d) => d.code)).toEqual(['ImportNoLoadBalancer']);
  });

  it('imports rules whose load balancer is in another file, with placeholders and a warning', async () => {
    const children = LB.slice(LB.indexOf('resource "azurerm_lb_backend_address_pool"')).replace('azurerm_lb.lb.id', 'var.lb_id');
    const r = ok(await importTerraform(children + rule('r', '').replace('azurerm_lb.lb.id', 'var.lb_id')));
    expect(r.topology.loadBalancer.name).toBe('<load balancer>');
    expect(r.topology.rules.map((x) => [x.name, x.frontend, x.backendPool])).toEqual([['r', 'fe', 'pool']]);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ severity: 'warning', code: 'ImportNoLoadBalancer' }));
  });

  it('imports the first of two load balancers and leaves the other one out, said', async () => {
    const second = `${LB.replace('"azurerm_lb" "lb"', '"azurerm_lb" "other"').replace('"azurerm_lb_backend_address_pool" "pool"', '"azurerm_lb_backend_address_pool" "other_pool"').replace('azurerm_lb.lb.id', 'azurerm_lb.other.id')}`;
    const r = ok(await importTerraform(LB + second));
    expect(r.topology.backendPools.map((p) => p.name)).toEqual(['pool']);
    expect(codesAt(r, 'azurerm_lb.other')).toEqual(['ImportIgnored']);
    expect(codesAt(r, 'azurerm_lb_backend_address_pool.other_pool.loadbalancer_id')).toEqual(['ImportIgnored']);
    expect(r.diagnostics.find((d) => d.path === 'azurerm_lb.other')?.message).toBe(
      'azurerm_lb.other is another load balancer; only azurerm_lb.lb is imported. To import it instead, choose it in the Import dialog or run import with --lb azurerm_lb.other.',
    );
    expect([r.loadBalancers, r.loadBalancer]).toEqual([['azurerm_lb.lb', 'azurerm_lb.other'], 'azurerm_lb.lb']);

    // The other one on request, by address or by its local name; the first is then the one said to be left out.
    for (const pick of ['azurerm_lb.other', 'OTHER']) {
      const other = ok(await importTerraform(LB + second, { loadBalancer: pick }));
      expect(other.topology.backendPools.map((p) => p.name)).toEqual(['pool']);
      expect(other.diagnostics.map((d) => d.path)).toContain('azurerm_lb.lb');
      expect(codesAt(other, 'azurerm_lb_backend_address_pool.pool.loadbalancer_id')).toEqual(['ImportIgnored']);
      expect(other.loadBalancer).toBe('azurerm_lb.other');
    }
    const wrong = await importTerraform(LB + second, { loadBalancer: 'nope' });
    expect(wrong).toMatchObject({ ok: false, error: 'There is no load balancer "nope" in this file; it has "azurerm_lb.lb", "azurerm_lb.other". Give one of those names.' });
    // A file with one load balancer says nothing about a choice.
    expect(ok(await importTerraform(LB))).not.toHaveProperty('loadBalancers');
  });

  it('gives an unknown variable a placeholder and a diagnostic naming it', async () => {
    const r = ok(await importTerraform(rule('r', '').replace('"r"\n', 'var.rule_name\n').replace('name                           = "r"', 'name = var.rule_name') + LB));
    expect(r.topology.rules[0]!.name).toBe('<var.rule_name>');
    const d = r.diagnostics.find((x) => x.path === 'azurerm_lb_rule.r.name')!;
    expect(d.code).toBe('ImportUnresolved');
    expect(d.message).toContain('"rule_name" is not declared');
  });
});

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
    const ssh = natRule('ssh', '  protocol = "tcp"\n  frontend_port = 50022\n  backend_port = 22\n  floating_ip_enabled = false\n  tcp_reset_enabled = true\n  idle_timeout_in_minutes = 10');
    const sql = natRule('sql', '  protocol = "Tcp"\n  frontend_port = 1433\n  backend_port = 1433\n  floating_ip_enabled = true');
    const r = ok(await importTerraform(LB + NIC + ssh + sql + natAssociation('ssh', 'ipconfig1') + natAssociation('sql', 'ipconfig2')));
    expect(r.topology.inboundNatRules).toEqual([
      { name: 'ssh', frontend: 'fe', protocol: 'Tcp', frontendPort: 50022, backendPort: 22, floatingIp: false, target: 'db1', idleTimeoutMinutes: 10, enableTcpReset: true },
      { name: 'sql', frontend: 'fe', protocol: 'Tcp', frontendPort: 1433, backendPort: 1433, floatingIp: true, target: { vm: 'db1', ip: '10.0.0.5' } },
    ]);
    expect(r.topology.vms).toEqual([{ name: 'db1', os: 'linux', nic: { name: 'eth0', ip: '10.0.0.4', secondaryIps: ['10.0.0.5'] } }]);
    expect(r.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(r.diagnostics.filter((d) => d.path?.startsWith('azurerm_lb_nat_rule') || d.path?.startsWith('azurerm_network_interface_nat_rule_association'))).toEqual([]);
  });

  it('reads the deprecated enable_floating_ip and enable_tcp_reset; a rule with no association has no target, said like an empty pool', async () => {
    const rdp = natRule('rdp', '  protocol = "Tcp"\n  frontend_port = 3389\n  backend_port = 3389\n  enable_floating_ip = true\n  enable_tcp_reset = true');
    const r = ok(await importTerraform(LB + rdp));
    expect(r.topology.inboundNatRules).toEqual([{ name: 'rdp', frontend: 'fe', protocol: 'Tcp', frontendPort: 3389, backendPort: 3389, floatingIp: true, enableTcpReset: true }]);
    expect(r.diagnostics).toContainEqual(
      expect.objectContaining({ severity: 'info', code: 'ImportDefaultUsed', path: 'azurerm_lb_nat_rule.rdp', message: expect.stringMatching(/^The inbound NAT rule "rdp" has no target in this file/) }),
    );
  });

  it('an unresolved frontend_port is the placeholder 0 with ImportUnresolved at its HCL address', async () => {
    const r = ok(await importTerraform(`variable "port" {\n  type = number\n}\n${LB}${natRule('rdp', '  protocol = "Tcp"\n  frontend_port = var.port\n  backend_port = 3389')}`));
    expect(r.topology.inboundNatRules?.[0]).toMatchObject({ frontendPort: 0, backendPort: 3389 });
    expect(codesAt(r, 'azurerm_lb_nat_rule.rdp.frontend_port')).toEqual(['ImportUnresolved']);
  });

  it('a port-range (v2) NAT rule and a NAT pool are ImportIgnored with why', async () => {
    const range = natRule('range', '  protocol = "Tcp"\n  frontend_port_start = 50000\n  frontend_port_end = 50099\n  backend_port = 22\n  backend_address_pool_id = azurerm_lb_backend_address_pool.pool.id');
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
    expect(r.diagnostics.filter((d) => d.code === 'ImportIgnored').map((d) => [d.severity, d.path, d.message])).toEqual([
      [
        'info',
        'azurerm_lb_nat_rule.range',
        'azurerm_lb_nat_rule.range is a port-range (v2) NAT rule (it sets frontend_port_start, frontend_port_end, backend_address_pool_id): Azure maps one frontend port of the range to each member of a backend pool. Floatplan plans classic NAT rules only (one frontend port to one VM IP configuration), so it is not imported.',
      ],
      ['info', 'azurerm_lb_nat_pool.vmss', 'azurerm_lb_nat_pool.vmss is an inbound NAT pool, which serves virtual machine scale sets; Floatplan plans classic inbound NAT rules to individual VMs only; it is not imported.'],
    ]);
  });
});

describe('importTerraform: a computation that fails stays one value\'s problem', { timeout: TIMEOUT }, () => {
  it('cidrsubnet with a fraction and a modulo by zero give placeholders with reasons, not a failed import', async () => {
    const tf = LB.replace('"10.0.0.10"', 'cidrhost(cidrsubnet("10.0.0.0/16", 8, var.n / 2), 4)').replace('name = "lb"', 'name = "lb"\n  # n') + `
variable "n" {
  default = 3
}` + rule('r', '').replace('frontend_port                  = 80', 'frontend_port                  = 80 % 0');
    const r = ok(await importTerraform(tf));
    const ip = r.diagnostics.find((d) => d.path?.startsWith('azurerm_lb.lb.frontend_ip_configuration[0].private_ip_address'));
    expect(ip?.message).toContain('cidrsubnet() expects a whole number, got 1.5');
    expect(r.diagnostics.find((d) => d.path === 'azurerm_lb_rule.r.frontend_port')?.message).toContain('modulo by zero');
  });
});
