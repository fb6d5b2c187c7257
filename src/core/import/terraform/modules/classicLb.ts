// The classic Azure load balancer module (registry `Azure/loadbalancer/azurerm`, repository
// Azure/terraform-azurerm-loadbalancer), expanded into the resources its main.tf creates (main.tf and variables.tf
// at commit a81b219 and 35cb552; docs/import.md lists the defaults with their sources).
import { itext } from '../../text';
import { entries, given, idOf, literalText, or, output, type Json, type ModuleBuild } from './build';

/** Inputs only this module takes: a local `source` with one of them (and no AVM input) is read as this module (said). */
export const CLASSIC_SHAPE = ['lb_port', 'lb_probe', 'remote_port', 'frontend_name', 'lb_sku'];

/** A map input's entries in the order Terraform's `keys()` gives them (lexical), each value a list. */
function sortedLists(b: ModuleBuild, inputs: Json, name: string, what: 'rules' | 'probes' | 'other'): [string, unknown[]][] {
  const list = entries(inputs[name]);
  if (!list) {
    b.findings.warn(
      'ImportUnresolved',
      itext('tfm.inputExpression', { path: b.input(name), expression: String(inputs[name]), what: itext(`tfm.what.${what}`) }),
      b.input(name),
    );
    return [];
  }
  const raw = inputs[name] as Json;
  return list
    .map(([k]) => String(k))
    .sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))
    .map((k) => [k, Array.isArray(raw[k]) ? (raw[k] as unknown[]) : []]);
}

/**
 * Expands one call of the classic load balancer module: one load balancer with one frontend, the pool
 * "BackEndAddressPool", a rule per `lb_port` entry, a probe per `lb_probe` entry and a NAT rule per `remote_port` entry.
 * @example expandClassic(build, { type: 'private', lb_port: { http: ['80', 'Tcp', '80'] } })
 */
export function expandClassic(b: ModuleBuild, inputs: Json): void {
  // locals: lb_name = var.name != "" ? var.name : format("%s-lb", var.prefix); prefix defaults to "azure_lb".
  const prefix = String(or(inputs.prefix, 'azure_lb'));
  const name = given(inputs.name) && inputs.name !== '' ? inputs.name : `${prefix}-lb`;
  const frontendName = or(inputs.frontend_name, 'myPublicIP');
  const type = literalText(or(inputs.type, 'public'));
  const frontend: Json = { name: frontendName };
  if (type === 'public') {
    // azurerm_public_ip.azlb (count = type == "public" ? 1 : 0), ip_version = var.pip_ip_version.
    const pip = b.add('azurerm_public_ip', 'azlb', 0, {
      name: given(inputs.pip_name) && inputs.pip_name !== '' ? inputs.pip_name : `${prefix}-publicIP`,
      ...(given(inputs.pip_ip_version) ? { ip_version: inputs.pip_ip_version } : {}),
    });
    frontend.public_ip_address_id = idOf(pip);
  } else {
    if (given(inputs.frontend_subnet_id) && inputs.frontend_subnet_id !== '') frontend.subnet_id = inputs.frontend_subnet_id;
    if (given(inputs.frontend_private_ip_address) && inputs.frontend_private_ip_address !== '')
      frontend.private_ip_address = inputs.frontend_private_ip_address;
    frontend.private_ip_address_allocation = or(inputs.frontend_private_ip_address_allocation, 'Dynamic');
  }
  const lb = b.add('azurerm_lb', 'azlb', undefined, {
    name,
    sku: or(inputs.lb_sku, 'Basic'),
    // lb_sku_tier: added by pull request #64 (CHANGELOG), default "Regional".
    sku_tier: or(inputs.lb_sku_tier, 'Regional'),
    frontend_ip_configuration: [frontend],
  });
  const lbId = idOf(lb);
  const pool = b.add('azurerm_lb_backend_address_pool', 'azlb', undefined, { loadbalancer_id: lbId, name: 'BackEndAddressPool' });
  // outputs.tf (742ea27): azurerm_lb_id, azurerm_lb_backend_address_pool_id, azurerm_lb_nat_rule_ids, azurerm_lb_probe_ids.
  output(b, 'azurerm_lb_id', lb);
  output(b, 'azurerm_lb_backend_address_pool_id', pool);

  sortedLists(b, inputs, 'remote_port', 'other').forEach(([, value], i) => {
    const nat = b.add('azurerm_lb_nat_rule', 'azlb', i, {
      loadbalancer_id: lbId,
      name: `VM-${i}`,
      protocol: 'Tcp',
      // frontend_port = "5000${count.index + 1}": text, so the tenth is 500010 (out of range, as Azure would say).
      frontend_port: `5000${i + 1}`,
      backend_port: value[1],
      frontend_ip_configuration_name: frontendName,
    });
    output(b, `azurerm_lb_nat_rule_ids[${i}]`, nat);
  });
  const probes = sortedLists(b, inputs, 'lb_probe', 'probes').map(([key, value], i) =>
    b.add('azurerm_lb_probe', 'azlb', i, {
      loadbalancer_id: lbId,
      name: key,
      protocol: value[0],
      port: value[1],
      interval_in_seconds: or(inputs.lb_probe_interval, 5),
      number_of_probes: or(inputs.lb_probe_unhealthy_threshold, 2),
      ...(given(value[2]) && value[2] !== '' ? { request_path: value[2] } : {}),
    }),
  );
  const rules = sortedLists(b, inputs, 'lb_port', 'rules');
  if (rules.length > 0 && !given(inputs.lb_floating_ip_enabled))
    b.findings.info(
      'ImportDefaultUsed',
      itext('tfm.classicFloating', { address: `module.${b.module}` }),
      b.input('lb_floating_ip_enabled'),
    );
  rules.forEach(([key, value], i) => {
    // probe_id = element(azurerm_lb_probe.azlb[*].id, count.index): the i-th probe by key order, wrapping round.
    const probe = probes.length > 0 ? probes[i % probes.length] : undefined;
    b.add('azurerm_lb_rule', 'azlb', i, {
      loadbalancer_id: lbId,
      name: key,
      protocol: value[1],
      frontend_port: value[0],
      backend_port: value[2],
      frontend_ip_configuration_name: frontendName,
      backend_address_pool_ids: [idOf(pool)],
      // Hard-coded false at a81b219; the input lb_floating_ip_enabled since pull request #66.
      enable_floating_ip: or(inputs.lb_floating_ip_enabled, false),
      idle_timeout_in_minutes: 5,
      ...(probe ? { probe_id: idOf(probe) } : {}),
    });
  });
}
