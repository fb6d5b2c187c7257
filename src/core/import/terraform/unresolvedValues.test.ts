// What the import cannot know from a Terraform file is a marked placeholder, never wrong data: a count whose
// branches agree is known, unresolved integers and references are marked on their element, a rule whose frontend,
// pool or probe cannot be read takes the only candidate, and a shortened placeholder name is the one the texts say.
import { describe, expect, it } from 'vitest';
import { messageOf } from '../../diagnostics/diagnostic';
import { validate } from '../../validation/analyze';
import { importDefinition } from '../importDefinition';
import { imported } from '../imported.testing';
import { LB, rule, TIMEOUT } from './lb.testing';
import { lbView } from '../../topology/design';

const load = async (tf: string) => imported(await importDefinition(tf, { format: 'terraform' }));
const errors = (r: Awaited<ReturnType<typeof load>>) =>
  validate(lbView(r.topology))
    .filter((d) => d.severity === 'error')
    .map((d) => d.code);

const probe = (name: string, port: string) => `
resource "azurerm_lb_probe" "${name}" {
  loadbalancer_id = azurerm_lb.lb.id
  name            = "${name}"
  port            = ${port}
}`;

describe('Terraform: unresolved values are marked placeholders', { timeout: TIMEOUT }, () => {
  it('a count whose branches are all 0 creates nothing; one whose branches differ is said and imported once', async () => {
    const r = await load(
      `${LB}${rule('zero', '  count = local.on && local.ha ? 0 : 0')}${rule('nested', '  count = local.on ? (local.ha ? 0 : 0) : 0')}` +
        `${rule('two', '  count = local.on ? 2 : 2')}${rule('maybe', '  count = local.on ? 1 : 0')}`,
    );
    expect(lbView(r.topology).rules.map((x) => x.name)).toEqual(['two', 'two', 'maybe']);
    const said = r.diagnostics.filter((d) => d.path?.endsWith('.count')).map((d) => `${d.code} ${d.path}`);
    expect(said.sort()).toEqual([
      'ImportIgnored azurerm_lb_rule.nested.count',
      'ImportIgnored azurerm_lb_rule.zero.count',
      'ImportUnresolved azurerm_lb_rule.maybe.count',
    ]);
  });

  it('an unresolved probe port and number_of_probes are marked, and validate says placeholder, not PortOutOfRange', async () => {
    const r = await load(
      `${LB}${probe('hp', 'local.hp_ports[0]')}
resource "azurerm_lb_probe" "legacy" {
  loadbalancer_id  = azurerm_lb.lb.id
  name             = "legacy"
  port             = 80
  number_of_probes = local.ha ? 4 : 2
}`,
    );
    const [hp, legacy] = lbView(r.topology).probes;
    expect(hp!.placeholders).toEqual([{ field: 'port', reason: 'unresolved', source: 'local.hp_ports[0]' }]);
    expect(legacy!.placeholders).toEqual([{ field: 'probeThreshold', reason: 'unresolved', source: 'local.ha ? 4 : 2' }]);
    expect(errors(r)).toEqual([]);
    expect(validate(lbView(r.topology)).filter((d) => d.code === 'PlaceholderValue')).toHaveLength(2);
  });

  it('marks an unresolved rule port and floating IP setting on the rule', async () => {
    const r = await load(
      `${LB}${rule('r', '  enable_floating_ip = var.floating').replace('frontend_port                  = 80', 'frontend_port = var.port')}`,
    );
    expect(lbView(r.topology).rules[0]!.placeholders?.map((p) => [p.field, p.source])).toEqual([
      ['floatingIp', 'var.floating'],
      ['frontendPort', 'var.port'],
    ]);
  });

  it('a rule whose frontend, pool and probe cannot be read takes the only ones of the load balancer, said in an info', async () => {
    const r = await load(
      `${LB}${probe('p', '80')}${rule('r', '  probe_id = azurerm_lb_probe.p[1].id')
        .replace('"fe"', 'local.fe_name')
        .replace('[azurerm_lb_backend_address_pool.pool.id]', '[local.pool_id]')}`,
    );
    expect(lbView(r.topology).rules.map((x) => [x.frontend, x.backendPool, x.probe, x.placeholders])).toEqual([
      ['fe', 'pool', 'p', undefined],
    ]);
    const infos = r.diagnostics.filter((d) => d.text.key === 'import.tf.ref.onlyOne').map((d) => messageOf(d));
    expect(infos).toHaveLength(3);
    expect(infos[0]).toContain('The load balancer has only one frontend, "fe", so that one is used.');
    expect(errors(r)).toEqual([]);
  });

  it('with several candidates the reference stays a marked placeholder: validate says placeholder, not UnknownReference', async () => {
    const r = await load(`${LB}${probe('p1', '80')}${probe('p2', '81')}${rule('r', '  probe_id = azurerm_lb_probe.p1[1].id')}`);
    const x = lbView(r.topology).rules[0]!;
    expect(x.probe).toBe('<azurerm_lb_probe.p1[1].id>');
    expect(x.placeholders).toEqual([{ field: 'probe', reason: 'unresolved', source: 'azurerm_lb_probe.p1[1].id' }]);
    expect(errors(r)).toEqual([]);
  });

  it('frontends from a dynamic block whose for_each is unknown are not "the only one": the reference stays marked', async () => {
    const r = await load(`
resource "azurerm_lb" "lb" {
  name = "lb"
  sku  = "Standard"
  dynamic "frontend_ip_configuration" {
    for_each = local.fes
    content {
      name               = frontend_ip_configuration.value.name
      subnet_id          = "x"
      private_ip_address = "10.0.0.4"
    }
  }
}
resource "azurerm_lb_backend_address_pool" "pool" {
  loadbalancer_id = azurerm_lb.lb.id
  name            = "pool"
}
${rule('r', '').replace('"fe"', 'local.fe_name')}`);
    expect(lbView(r.topology).rules[0]!.placeholders?.map((p) => p.field)).toEqual(['frontend']);
    expect(errors(r)).toEqual([]);
  });

  it('a long placeholder VM name is shortened, and the warning names the short name the VM has', async () => {
    const r = await load(`
${LB}
resource "azurerm_network_interface" "nic" {
  count = 2
  name  = "nic\${count.index}"
  ip_configuration {
    name                          = "ipconfig1"
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.0.1.\${count.index + 4}"
  }
}
resource "azurerm_linux_virtual_machine" "vm" {
  count                 = 2
  name                  = "\${random_pet.a_rather_long_generated_name_for_the_vm.id}\${count.index}"
  network_interface_ids = [azurerm_network_interface.nic[count.index].id]
}`);
    const names = r.topology.vms.map((v) => v.name);
    expect(names).toEqual(['<vm-1>', '<vm-2>']);
    const said = r.diagnostics.filter((d) => d.path === 'azurerm_linux_virtual_machine.vm[1].name').map((d) => messageOf(d));
    expect(said).toHaveLength(1);
    expect(said[0]).toContain('It is imported as "<vm-2>"');
    expect(said[0]).toContain('random_pet.a_rather_long_generated_name_for_the_vm.id');
    expect(r.topology.vms[1]!.placeholders).toContainEqual({
      field: 'name',
      reason: 'unresolved',
      source: expect.stringContaining('random_pet.a_rather_long_generated_name_for_the_vm.id'),
    });
  });
});

describe('Terraform: a long unresolved reference is a short placeholder', { timeout: TIMEOUT }, () => {
  it('two rules naming frontends by unevaluable format(…) get <frontend-ref-n>, the marker and the warning keep the expression', async () => {
    const long = (k: string) => `format("%s%s%s", var.naming.prefixes.${k}_feip, local.prefix, var.naming.separator)`;
    const r = await load(`
resource "azurerm_lb" "lb" {
  name = "lb"
  sku  = "Standard"
  frontend_ip_configuration {
    name               = "fe1"
    subnet_id          = "x"
    private_ip_address = "10.0.0.4"
  }
  frontend_ip_configuration {
    name               = "fe2"
    subnet_id          = "x"
    private_ip_address = "10.0.0.5"
  }
}
resource "azurerm_lb_backend_address_pool" "pool" {
  loadbalancer_id = azurerm_lb.lb.id
  name            = "pool"
}
${rule('a', '').replace('"fe"', long('scs'))}${rule('b', '').replace('"fe"', long('ers'))}${rule('c', '').replace('"fe"', long('scs'))}`);
    expect(lbView(r.topology).rules.map((x) => x.frontend)).toEqual(['<frontend-ref-1>', '<frontend-ref-2>', '<frontend-ref-1>']);
    expect(lbView(r.topology).rules[1]!.placeholders).toEqual([{ field: 'frontend', reason: 'unresolved', source: long('ers') }]);
    const said = r.diagnostics.filter((d) => d.path === 'azurerm_lb_rule.b.frontend_ip_configuration_name').map((d) => messageOf(d));
    expect(said[0]).toContain('It is imported as "<frontend-ref-2>"');
    expect(said[0]).toContain(long('ers'));
    expect(errors(r)).toEqual([]);
  });
});
