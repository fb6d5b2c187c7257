// Terraform for the azurerm provider v4 (`floating_ip_enabled`, not the deprecated `enable_floating_ip`).
import { comment, headerLines } from './comments';
import { identifiers } from './names';
import { memberLabels, type ExportPlan } from './plan';

/**
 * An HCL quoted string: `\`, `"` and control characters escaped, and `${`/`%{` doubled so a name is
 * never read as an interpolation or template directive.
 * @example hclString('a${b}') // '"a$${b}"'
 */
export function hclString(s: string): string {
  // eslint-disable-next-line no-control-regex -- escaping control characters is the point
  const body = s.replace(/[\\"\u0000-\u001f\u007f-\u009f\u2028\u2029]|\$\{|%\{/g, (c) => {
    switch (c) {
      case '\\': return '\\\\';
      case '"': return '\\"';
      case '${': return '$${';
      case '%{': return '%%{';
      case '\n': return '\\n';
      case '\r': return '\\r';
      case '\t': return '\\t';
      default: return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    }
  });
  return `"${body}"`;
}

/** `key = value` lines with the `=` aligned, as `terraform fmt` writes them. */
function attrs(pairs: readonly (readonly [string, string])[], indent: string): string[] {
  const w = Math.max(...pairs.map(([k]) => k.length));
  return pairs.map(([k, v]) => `${indent}${k.padEnd(w)} = ${v}`);
}

function block(head: string, pairs: readonly (readonly [string, string])[], nested: readonly string[] = []): string[] {
  return [`${head} {`, ...attrs(pairs, '  '), ...nested, '}', ''];
}

/**
 * The Terraform configuration (azurerm ~> 4.0) for the plan: `azurerm_lb`, pools, probes and rules.
 * @example terraformExport(plan).includes('floating_ip_enabled') // true when there is a rule
 */
export function terraformExport(plan: ExportPlan): string {
  const out = [...comment(headerLines('Terraform configuration (azurerm provider v4)', plan.topologyName, plan.notes), '#'), ''];
  out.push(
    'terraform {',
    '  required_providers {',
    '    azurerm = {',
    '      source  = "hashicorp/azurerm"',
    '      version = "~> 4.0"',
    '    }',
    '  }',
    '}',
    '',
    '# Remove this block when the file is used as a module; the root module configures the provider.',
    'provider "azurerm" {',
    '  features {}',
    '}',
    '',
  );
  const fe = identifiers(plan.frontends.map((f) => f.name), 'fe');
  const pools = identifiers(plan.pools.map((p) => p.name), 'pool');
  const probes = identifiers(plan.probes.map((p) => p.probe.name), 'probe');
  const rules = identifiers(plan.rules.map((r) => r.rule.name), 'rule');
  const variable = (name: string, description: string) => block(`variable "${name}"`, [['type', 'string'], ['description', hclString(description)]]);
  out.push(...variable('resource_group_name', 'Name of the resource group for the load balancer.'), ...variable('location', 'Azure region of the load balancer.'));
  if (plan.internal) out.push(...variable('subnet_id', 'Resource id of the subnet that holds the frontend addresses.'));
  else for (const f of plan.frontends) out.push(...variable(`public_ip_address_id_${fe.get(f.name)!}`, `Resource id of the Standard public IP for the frontend ${f.name} (planned address ${f.ip}; Azure assigns it).`));

  const frontendBlocks = plan.frontends.flatMap((f) => [
    '',
    '  frontend_ip_configuration {',
    ...attrs(
      plan.internal
        ? [
            ['name', hclString(f.name)],
            ['subnet_id', 'var.subnet_id'],
            ['private_ip_address', hclString(f.ip)],
            ['private_ip_address_allocation', '"Static"'],
            ['private_ip_address_version', f.v6 ? '"IPv6"' : '"IPv4"'],
          ]
        : [
            ['name', hclString(f.name)],
            ['public_ip_address_id', `var.public_ip_address_id_${fe.get(f.name)!}`],
          ],
      '    ',
    ),
    '  }',
  ]);
  out.push(
    ...block(
      'resource "azurerm_lb" "lb"',
      [
        ['name', hclString(plan.lbName)],
        ['resource_group_name', 'var.resource_group_name'],
        ['location', 'var.location'],
        ['sku', '"Standard"'],
        ['sku_tier', '"Regional"'],
      ],
      frontendBlocks,
    ),
  );
  for (const p of plan.pools) {
    if (p.members.length > 0) {
      out.push(...comment([`Members (set on each VM NIC, e.g. azurerm_network_interface_backend_address_pool_association): ${memberLabels(p).map((m) => JSON.stringify(m)).join(', ')}`], '#'));
    }
    out.push(...block(`resource "azurerm_lb_backend_address_pool" "${pools.get(p.name)!}"`, [['loadbalancer_id', 'azurerm_lb.lb.id'], ['name', hclString(p.name)]]));
  }
  for (const p of plan.probes) {
    out.push(
      ...block(`resource "azurerm_lb_probe" "${probes.get(p.probe.name)!}"`, [
        ['loadbalancer_id', 'azurerm_lb.lb.id'],
        ['name', hclString(p.probe.name)],
        ['protocol', hclString(p.probe.protocol)],
        ['port', String(p.probe.port)],
        ...(p.requestPath !== undefined ? [['request_path', hclString(p.requestPath)] as const] : []),
        ['interval_in_seconds', String(p.intervalInSeconds)],
        ['probe_threshold', String(p.probeThreshold)],
      ]),
    );
  }
  for (const r of plan.rules) {
    out.push(
      ...block(`resource "azurerm_lb_rule" "${rules.get(r.rule.name)!}"`, [
        ['loadbalancer_id', 'azurerm_lb.lb.id'],
        ['name', hclString(r.rule.name)],
        ['protocol', hclString(r.rule.protocol)],
        ['frontend_port', String(r.rule.frontendPort)],
        ['backend_port', String(r.rule.backendPort)],
        ['frontend_ip_configuration_name', hclString(r.rule.frontend)],
        ['backend_address_pool_ids', `[azurerm_lb_backend_address_pool.${pools.get(r.rule.backendPool)!}.id]`],
        ...(r.probe !== undefined ? [['probe_id', `azurerm_lb_probe.${probes.get(r.probe)!}.id`] as const] : []),
        ['floating_ip_enabled', String(r.rule.floatingIp)],
        ['tcp_reset_enabled', String(r.enableTcpReset)],
        ['disable_outbound_snat', String(r.disableOutboundSnat)],
        ['idle_timeout_in_minutes', String(r.idleTimeoutMinutes)],
        ['load_distribution', hclString(r.loadDistribution)],
      ]),
    );
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
