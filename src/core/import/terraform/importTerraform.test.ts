import { describe, expect, it } from 'vitest';
import { imported as ok } from '../imported.testing';
import { importTerraform } from './importTerraform';
import { codesAt, LB, rule, TIMEOUT } from './lb.testing';
import { messageOf } from '../../diagnostics/diagnostic';
import { errorOf } from '../text';
import { withEnglish } from '../withEnglish.testing';
import { lbView } from '../../topology/design';

describe('importTerraform: rules', { timeout: TIMEOUT }, () => {
  it('reads floating_ip_enabled and the deprecated enable_floating_ip alike', async () => {
    const r = ok(
      await importTerraform(
        LB +
          rule('v4', 'floating_ip_enabled = true') +
          rule('v3', 'enable_floating_ip = true') +
          rule('off', 'floating_ip_enabled = false'),
      ),
    );
    expect(lbView(r.topology).rules.map((x) => [x.name, x.floatingIp])).toEqual([
      ['v4', true],
      ['v3', true],
      ['off', false],
    ]);
    expect(r.diagnostics.filter((d) => d.path?.endsWith('floating_ip_enabled'))).toEqual([]);
  });

  it('reads HA ports, TCP reset (old and new names), idle timeout, SNAT and load distribution', async () => {
    const ha = rule(
      'ha',
      'enable_tcp_reset = true\n  idle_timeout_in_minutes = 15\n  disable_outbound_snat = true\n  load_distribution = "SourceIPProtocol"',
    )
      .replace('"Tcp"', '"all"')
      .replace(/= 80/g, '= 0');
    const r = ok(await importTerraform(LB + ha + rule('new', 'tcp_reset_enabled = true')));
    expect(lbView(r.topology).rules[0]).toEqual({
      name: 'ha',
      frontend: 'fe',
      backendPool: 'pool',
      protocol: 'All',
      frontendPort: 0,
      backendPort: 0,
      floatingIp: false,
      idleTimeoutMinutes: 15,
      enableTcpReset: true,
      disableOutboundSnat: true,
      loadDistribution: 'SourceIPProtocol',
    });
    expect(lbView(r.topology).rules[1]!.enableTcpReset).toBe(true);
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
    expect(lbView(noValue.topology).probes).toEqual([{ name: 'hp-8080', protocol: 'Tcp', port: 8080 }]);
    expect(lbView(noValue.topology).rules[0]!.probe).toBe('hp-8080');
    // var.fip has no default: false (azurerm's default) with a warning that names the variable and the fix.
    expect(lbView(noValue.topology).rules[0]!.floatingIp).toBe(false);
    const fip = noValue.diagnostics.find((d) => d.path === 'azurerm_lb_rule.r.floating_ip_enabled')!;
    expect(fip.code).toBe('ImportUnresolved');
    expect(messageOf(fip)).toContain('--param fip=<value>');
    const given = ok(await importTerraform(text, { params: { port: '9000', fip: 'true' } }));
    expect(lbView(given.topology).probes[0]).toMatchObject({ name: 'hp-9000', port: 9000 });
    expect(lbView(given.topology).rules[0]!.floatingIp).toBe(true);
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
    expect(lbView(r.topology).loadBalancer.name).toBe('sql-lb');
    expect(lbView(r.topology).frontends).toEqual([{ name: 'fe', ip: '10.0.1.9' }]);
    expect(lbView(r.topology).backendPools.map((p) => p.name)).toEqual(['sql-pool']);
    expect(lbView(r.topology).rules[0]).toMatchObject({
      frontendPort: 1433,
      backendPort: 1433,
      floatingIp: true,
      idleTimeoutMinutes: 10,
      backendPool: 'sql-pool',
    });
    expect(r.diagnostics.filter((d) => d.code === 'ImportUnresolved')).toEqual([]);

    // --param feeds the same computation; a call that cannot be computed says why, at its HCL address.
    const other = ok(
      await importTerraform(tf.replace('cidrhost(local.subnet, 9)', 'cidrhost(local.subnet, 300)'), {
        params: { prefix: 'Web', ha: 'false' },
      }),
    );
    expect(lbView(other.topology).loadBalancer.name).toBe('web-lb');
    expect(lbView(other.topology).rules[0]!.floatingIp).toBe(false);
    const ip = other.diagnostics.find((d) => d.path?.startsWith('azurerm_lb.lb.frontend_ip_configuration[0].private_ip_address'));
    expect(ip).toMatchObject({ code: 'ImportUnresolved' });
    expect(messageOf(ip!)).toContain('cidrhost() host number 300 does not fit in 10.0.1.0/24');
  });

  it('keeps a rule whose probe comes from another module, with a placeholder and the HCL address', async () => {
    const r = ok(
      await importTerraform(
        LB +
          rule('r', 'probe_id = module.probes.probe_id\n  frontend_port = file("port.txt")').replace(
            '  frontend_port                  = 80\n',
            '',
          ),
      ),
    );
    expect(lbView(r.topology).rules).toHaveLength(1);
    expect(lbView(r.topology).rules[0]!.probe).toBe('<module.probes.probe_id>');
    expect(lbView(r.topology).rules[0]!.frontendPort).toBe(0);
    expect(codesAt(r, 'azurerm_lb_rule.r.probe_id')).toEqual(['ImportUnresolved']);
    expect(messageOf(r.diagnostics.find((d) => d.path === 'azurerm_lb_rule.r.frontend_port')!)).toContain('function calls (file');
  });

  it('matches an id built as text by its last part, and says so', async () => {
    const r = ok(
      await importTerraform(`${LB}
resource "azurerm_lb_probe" "p" {
  loadbalancer_id = azurerm_lb.lb.id
  name            = "p59999"
  port            = 59999
}
${rule('r', 'probe_id = "${azurerm_lb.lb.id}/probes/p59999"')}`),
    );
    expect(lbView(r.topology).rules[0]!.probe).toBe('p59999');
    expect(codesAt(r, 'azurerm_lb_rule.r.probe_id')).toEqual(['ImportDefaultUsed']);
  });

  it('expands count, with count.index in names and indexed references', async () => {
    const r = ok(
      await importTerraform(`${LB}
resource "azurerm_lb_probe" "p" {
  count           = 2
  loadbalancer_id = azurerm_lb.lb.id
  name            = "probe-\${count.index}"
  port            = 8000
}
${rule('r', 'probe_id = azurerm_lb_probe.p[1].id')}`),
    );
    expect(lbView(r.topology).probes.map((p) => p.name)).toEqual(['probe-0', 'probe-1']);
    expect(lbView(r.topology).rules[0]!.probe).toBe('probe-1');
  });

  it('expands a for_each resource into one instance per key, each.key and each.value set', async () => {
    const r = ok(
      await importTerraform(`${LB}
resource "azurerm_lb_probe" "p" {
  for_each        = toset(["b", "a"])
  loadbalancer_id = azurerm_lb.lb.id
  name            = "probe-\${each.key}"
  port            = each.value == "a" ? 8000 : 8001
}`),
    );
    // Terraform orders set elements lexically: a before b.
    expect(lbView(r.topology).probes.map((p) => [p.name, p.port])).toEqual([
      ['probe-a', 8000],
      ['probe-b', 8001],
    ]);
    expect(codesAt(r, 'azurerm_lb_probe.p.for_each')).toEqual([]);
  });

  it('imports a for_each resource once and says so when its for_each is not known', async () => {
    const r = ok(
      await importTerraform(`${LB}
resource "azurerm_lb_probe" "p" {
  for_each        = var.probes
  loadbalancer_id = azurerm_lb.lb.id
  name            = "probe-\${each.key}"
  port            = 8000
}`),
    );
    expect(lbView(r.topology).probes.map((p) => p.name)).toEqual(['probe-<each.key>']);
    expect(codesAt(r, 'azurerm_lb_probe.p.for_each')).toEqual(['ImportUnresolved']);
  });
});

describe('importTerraform: VMs and pool membership', { timeout: TIMEOUT }, () => {
  it('reads NIC associations, VM names and OS from the VM resources', async () => {
    const r = ok(
      await importTerraform(`${LB}
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
}`),
    );
    expect(r.topology.vms).toEqual([
      { name: 'sql1', os: 'windows', nic: { name: 'Ethernet', ip: '10.0.0.4', secondaryIps: ['10.0.0.14'] } },
      { name: 'web-nic', os: 'linux', nic: { name: 'eth0', ip: '10.0.0.5' } },
    ]);
    expect(lbView(r.topology).backendPools[0]!.members).toEqual(['sql1', { vm: 'sql1', ip: '10.0.0.14' }, 'web-nic']);
    expect(codesAt(r, 'azurerm_network_interface.n2')).toEqual(['ImportDefaultUsed']);
  });

  it('reads IP-based pool addresses', async () => {
    const r = ok(
      await importTerraform(`${LB}
resource "azurerm_lb_backend_address_pool_address" "vm9" {
  name                    = "vm9"
  backend_address_pool_id = azurerm_lb_backend_address_pool.pool.id
  virtual_network_id      = "/subscriptions/x/virtualNetworks/v"
  ip_address              = "10.0.0.9"
}`),
    );
    expect(r.topology.vms).toEqual([{ name: 'vm9', os: 'linux', nic: { name: 'eth0', ip: '10.0.0.9' } }]);
    expect(lbView(r.topology).backendPools[0]!.members).toEqual(['vm9']);
  });
});

describe('importTerraform: what cannot be read', { timeout: TIMEOUT }, () => {
  it('refuses malformed HCL with the parser line and column', async () => {
    const r = await importTerraform('resource "azurerm_lb" "lb" {\n  name = \n}\n');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.format).toBe('terraform');
    expect(errorOf(r)).toContain('line 2, column 10');
    expect(errorOf(r)).toContain('Invalid expression');
  });

  it('refuses a file without any load balancer resource', async () => {
    const r = await importTerraform('resource "azurerm_resource_group" "rg" {\n  name = "rg"\n}\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics.map((d) => d.code)).toEqual(['ImportNoLoadBalancer']);
  });

  it('imports rules whose load balancer is in another file, with placeholders and a warning', async () => {
    const children = LB.slice(LB.indexOf('resource "azurerm_lb_backend_address_pool"')).replace('azurerm_lb.lb.id', 'var.lb_id');
    const r = ok(await importTerraform(children + rule('r', '').replace('azurerm_lb.lb.id', 'var.lb_id')));
    expect(lbView(r.topology).loadBalancer.name).toBe('<load balancer>');
    expect(lbView(r.topology).rules.map((x) => [x.name, x.frontend, x.backendPool])).toEqual([['r', 'fe', 'pool']]);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ severity: 'warning', code: 'ImportNoLoadBalancer' }));
  });

  it('imports both of two load balancers (one name: each goes by its address); --lb picks one, the other said', async () => {
    const second = `${LB.replace('"azurerm_lb" "lb"', '"azurerm_lb" "other"').replace('"azurerm_lb_backend_address_pool" "pool"', '"azurerm_lb_backend_address_pool" "other_pool"').replace('azurerm_lb.lb.id', 'azurerm_lb.other.id')}`;
    const r = ok(await importTerraform(LB + second));
    expect(r.topology.loadBalancers.map((lb) => [lb.name, lb.backendPools.map((p) => p.name)])).toEqual([
      ['azurerm_lb.lb', ['pool']],
      ['azurerm_lb.other', ['pool']],
    ]);
    expect([r.loadBalancers, r.loadBalancer]).toEqual([['azurerm_lb.lb', 'azurerm_lb.other'], undefined]);
    const first = ok(await importTerraform(LB + second, { loadBalancer: 'lb' }));
    expect(codesAt(first, 'azurerm_lb.other')).toEqual(['ImportIgnored']);
    expect(codesAt(first, 'azurerm_lb_backend_address_pool.other_pool.loadbalancer_id')).toEqual(['ImportIgnored']);
    expect(messageOf(first.diagnostics.find((d) => d.path === 'azurerm_lb.other')!)).toBe(
      'azurerm_lb.other is another load balancer; only azurerm_lb.lb is imported (--lb picked it). Import without --lb to get every load balancer in one topology.',
    );

    // The other one on request, by address or by its local name; the first is then the one said to be left out.
    for (const pick of ['azurerm_lb.other', 'OTHER']) {
      const other = ok(await importTerraform(LB + second, { loadBalancer: pick }));
      expect(lbView(other.topology).backendPools.map((p) => p.name)).toEqual(['pool']);
      expect(other.diagnostics.map((d) => d.path)).toContain('azurerm_lb.lb');
      expect(codesAt(other, 'azurerm_lb_backend_address_pool.pool.loadbalancer_id')).toEqual(['ImportIgnored']);
      expect(other.loadBalancer).toBe('azurerm_lb.other');
    }
    const wrong = await importTerraform(LB + second, { loadBalancer: 'nope' });
    expect(withEnglish(wrong)).toMatchObject({
      ok: false,
      error: 'There is no load balancer "nope" in this file; it has "azurerm_lb.lb", "azurerm_lb.other". Give one of those names.',
    });
    // A file with one load balancer says nothing about a choice.
    expect(ok(await importTerraform(LB))).not.toHaveProperty('loadBalancers');
  });

  it('gives an unknown variable a placeholder and a diagnostic naming it', async () => {
    const r = ok(
      await importTerraform(
        rule('r', '').replace('"r"\n', 'var.rule_name\n').replace('name                           = "r"', 'name = var.rule_name') + LB,
      ),
    );
    expect(lbView(r.topology).rules[0]!.name).toBe('<var.rule_name>');
    const d = r.diagnostics.find((x) => x.path === 'azurerm_lb_rule.r.name')!;
    expect(d.code).toBe('ImportUnresolved');
    expect(messageOf(d)).toContain('"rule_name" is not declared');
  });
});
