// The Azure Verified Module for load balancers (registry `Azure/avm-res-network-loadbalancer/azurerm`), expanded into
// the resources its main.tf creates. Defaults are the module's own (variables.tf at commit b44a3ad, main.tf at 609e6f9
// of Azure/terraform-azurerm-avm-res-network-loadbalancer; docs/import.md lists them with their sources).
import { itext } from '../../text';
import {
  asObject,
  entries,
  given,
  idOf,
  keyed,
  literallyTrue,
  or,
  output,
  prefixed,
  type Json,
  type ModuleBuild,
  type ModuleResource,
} from './build';

/** The inputs that only this module takes: a local `source` with them is read as this module (said). */
export const AVM_SHAPE = ['frontend_ip_configurations', 'lb_rules', 'lb_probes', 'backend_address_pools'];

/** `entries` of a map input, saying so when it is an expression whose elements cannot be seen. */
function elements(
  b: ModuleBuild,
  inputs: Json,
  name: string,
  what: 'frontends' | 'pools' | 'probes' | 'rules' | 'other',
): [string | number, Json][] {
  const list = entries(inputs[name]);
  if (list) return list;
  b.findings.warn(
    'ImportUnresolved',
    itext('tfm.inputExpression', { path: b.input(name), expression: String(inputs[name]), what: itext(`tfm.what.${what}`) }),
    b.input(name),
  );
  return [];
}

/**
 * Expands one call of the AVM load balancer module: the load balancer, its public IPs, pools, pool addresses and
 * NIC associations, probes, rules, NAT rules, and (to be named as not modelled) outbound rules and NAT pools.
 * @example expandAvm(build, { name: 'lb', frontend_ip_configurations: { fe: { name: 'fe' } } })
 */
export function expandAvm(b: ModuleBuild, inputs: Json): void {
  const lbName = inputs.name;
  // main.tf: `sku = var.sku`, `sku_tier = var.sku_tier`; variables.tf: defaults "Standard" and "Regional".
  const pipConfig = asObject(inputs.public_ip_address_configuration);
  const frontends: Json[] = [];
  for (const [key, fe] of elements(b, inputs, 'frontend_ip_configurations', 'frontends')) {
    let publicIp: unknown = fe.public_ip_address_resource_id;
    if (literallyTrue(fe.create_public_ip_address)) {
      // main.public_ip.tf: one azurerm_public_ip per frontend with create_public_ip_address, ip_version from
      // public_ip_address_configuration (default "IPv4").
      const pip = b.add('azurerm_public_ip', 'this', key, {
        name: or(fe.public_ip_address_resource_name, prefixed('pip-', lbName)),
        ip_version: or(pipConfig.ip_version, 'IPv4'),
      });
      publicIp = idOf(pip);
    }
    // main.tf: subnet_id = coalesce(frontend_private_ip_subnet_resource_id, var.frontend_subnet_resource_id), or none.
    const subnet = or(fe.frontend_private_ip_subnet_resource_id, inputs.frontend_subnet_resource_id);
    frontends.push(
      compact({
        name: or(fe.name, prefixed('frontend-', lbName)),
        private_ip_address: fe.frontend_private_ip_address,
        private_ip_address_allocation: or(fe.frontend_private_ip_address_allocation, 'Dynamic'),
        private_ip_address_version: fe.frontend_private_ip_address_version,
        public_ip_address_id: publicIp,
        subnet_id: subnet,
        gateway_load_balancer_frontend_ip_configuration_id: fe.gateway_load_balancer_frontend_ip_configuration_id,
      }),
    );
  }
  const lb = b.add('azurerm_lb', 'this', undefined, {
    name: lbName,
    sku: or(inputs.sku, 'Standard'),
    sku_tier: or(inputs.sku_tier, 'Regional'),
    frontend_ip_configuration: frontends,
  });
  const lbId = idOf(lb);
  // README outputs: `azurerm_lb` and `resource` (the load balancer), `resource_id`, `azurerm_lb_backend_address_pool`
  // and `azurerm_lb_nat_rule` (maps of the resources by key); a reference to one of them in the caller resolves.
  for (const e of ['azurerm_lb.id', 'resource.id', 'resource_id']) output(b, e, lb);

  const pools = new Map<string, ModuleResource>();
  for (const [key, pool] of elements(b, inputs, 'backend_address_pools', 'pools')) {
    const tunnels = entries(pool.tunnel_interfaces) ?? [];
    const r = b.add('azurerm_lb_backend_address_pool', 'this', key, {
      loadbalancer_id: lbId,
      // variables.tf: name = optional(string, "bepool-1").
      name: or(pool.name, 'bepool-1'),
      ...(tunnels.length > 0 ? { tunnel_interface: tunnels.map(([, t]) => t) } : {}),
    });
    pools.set(String(key), r);
    for (const e of keyed('azurerm_lb_backend_address_pool', key)) output(b, e, r);
  }
  const poolId = (path: string, name: unknown): string | undefined => {
    if (!given(name)) return undefined;
    const pool = pools.get(String(name));
    if (pool) return idOf(pool);
    b.findings.warn('ImportInvalid', itext('tfm.noPoolKey', { path, name: String(name) }), path);
    return undefined;
  };
  for (const [key, a] of elements(b, inputs, 'backend_address_pool_addresses', 'other')) {
    b.add('azurerm_lb_backend_address_pool_address', 'this', key, {
      name: a.name,
      backend_address_pool_id: poolId(b.input('backend_address_pool_addresses', key), a.backend_address_pool_object_name),
      ip_address: a.ip_address,
    });
  }
  for (const [key, a] of elements(b, inputs, 'backend_address_pool_network_interfaces', 'other')) {
    b.add('azurerm_network_interface_backend_address_pool_association', 'this', key, {
      backend_address_pool_id: poolId(b.input('backend_address_pool_network_interfaces', key), a.backend_address_pool_object_name),
      ip_configuration_name: a.ip_configuration_name,
      network_interface_id: a.network_interface_resource_id,
    });
  }
  const probes = new Map<string, ModuleResource>();
  for (const [key, p] of elements(b, inputs, 'lb_probes', 'probes')) {
    const protocol = or(p.protocol, 'Tcp');
    const http = typeof protocol === 'string' && /^https?$/i.test(protocol);
    const r = b.add('azurerm_lb_probe', 'this', key, {
      loadbalancer_id: lbId,
      name: or(p.name, prefixed('probe-', lbName)),
      protocol,
      port: or(p.port, 80),
      interval_in_seconds: or(p.interval_in_seconds, 15),
      probe_threshold: or(p.probe_threshold, 1),
      // main.tf sends request_path for Http and Https probes only.
      ...(http && given(p.request_path) ? { request_path: p.request_path } : {}),
    });
    probes.set(String(key), r);
  }
  for (const [key, rule] of elements(b, inputs, 'lb_rules', 'rules')) {
    const path = b.input('lb_rules', key);
    const ruleName = or(rule.name, prefixed('rule-', lbName));
    const poolIds = Array.isArray(rule.backend_address_pool_resource_ids)
      ? rule.backend_address_pool_resource_ids
      : Array.isArray(rule.backend_address_pool_object_names)
        ? rule.backend_address_pool_object_names.flatMap((n) => poolId(`${path}.backend_address_pool_object_names`, n) ?? [])
        : undefined;
    const probe = given(rule.probe_object_name) ? probes.get(String(rule.probe_object_name)) : undefined;
    if (given(rule.probe_object_name) && !probe)
      b.findings.warn(
        'ImportInvalid',
        itext('tfm.noProbeKey', { path, name: String(rule.probe_object_name) }),
        `${path}.probe_object_name`,
      );
    if (!given(rule.enable_floating_ip))
      b.findings.info(
        'ImportDefaultUsed',
        itext('tfm.floatingDefault', { name: typeof ruleName === 'string' ? ruleName : String(key), path }),
        `${path}.enable_floating_ip`,
      );
    b.add('azurerm_lb_rule', 'this', key, {
      loadbalancer_id: lbId,
      name: ruleName,
      frontend_ip_configuration_name: rule.frontend_ip_configuration_name,
      protocol: or(rule.protocol, 'Tcp'),
      frontend_port: or(rule.frontend_port, 3389),
      backend_port: or(rule.backend_port, 3389),
      ...(poolIds ? { backend_address_pool_ids: poolIds } : {}),
      ...(probe ? { probe_id: idOf(probe) } : given(rule.probe_resource_id) ? { probe_id: rule.probe_resource_id } : {}),
      enable_floating_ip: or(rule.enable_floating_ip, false),
      idle_timeout_in_minutes: or(rule.idle_timeout_in_minutes, 4),
      load_distribution: or(rule.load_distribution, 'Default'),
      disable_outbound_snat: or(rule.disable_outbound_snat, false),
      enable_tcp_reset: or(rule.enable_tcp_reset, false),
    });
  }
  for (const [key, nat] of elements(b, inputs, 'lb_nat_rules', 'other')) {
    // main.tf keys NAT rules by their name: `for nat_rule in var.lb_nat_rules : nat_rule.name => nat_rule`.
    const natKey = typeof nat.name === 'string' ? nat.name : key;
    const pool = poolId(b.input('lb_nat_rules', key), nat.backend_address_pool_object_name);
    const natRule = b.add('azurerm_lb_nat_rule', 'this', natKey, {
      loadbalancer_id: lbId,
      ...compact({
        name: or(nat.name, prefixed('nat-rule-', lbName)),
        frontend_ip_configuration_name: nat.frontend_ip_configuration_name,
        protocol: nat.protocol,
        frontend_port: nat.frontend_port,
        backend_port: nat.backend_port,
        frontend_port_start: nat.frontend_port_start,
        frontend_port_end: nat.frontend_port_end,
        backend_address_pool_id: pool ?? nat.backend_address_pool_resource_id,
      }),
      idle_timeout_in_minutes: or(nat.idle_timeout_in_minutes, 4),
      enable_floating_ip: or(nat.enable_floating_ip, false),
      enable_tcp_reset: or(nat.enable_tcp_reset, false),
    });
    for (const e of keyed('azurerm_lb_nat_rule', natKey)) output(b, e, natRule);
  }
  // Not modelled by Floatplan: created so the import names each (loadBalancer.ts says what they are).
  for (const [input, type, prefix] of [
    ['lb_outbound_rules', 'azurerm_lb_outbound_rule', 'outbound-rule-'],
    ['lb_nat_pools', 'azurerm_lb_nat_pool', 'nat-pool-'],
  ] as const) {
    for (const [key, x] of elements(b, inputs, input, 'other')) {
      b.add(type, 'this', typeof x.name === 'string' ? x.name : key, { loadbalancer_id: lbId, name: or(x.name, prefixed(prefix, lbName)) });
    }
  }
}

/** The object without the attributes the input leaves unset (so the importer sees them as not written). */
function compact(o: Json): Json {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => given(v)));
}
