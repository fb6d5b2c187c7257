// The load balancer's outbound rules (topology `outboundRules`) in the four export formats, added to what the
// load balancer writer produced: ARM and Bicep put them in the load balancer's `properties.outboundRules` (REST
// names: frontendIPConfigurations, backendAddressPool, protocol, allocatedOutboundPorts, idleTimeoutInMinutes,
// enableTcpReset); Terraform writes `azurerm_lb_outbound_rule` resources; the Azure CLI export
// `az network lb outbound-rule create`. A topology without outbound rules exports exactly as before.
import type { OutboundRule, LbTopology } from '../topology/schema';
import { bashQuote, opt } from './azcli';
import { identifiers } from './names';
import { armString, BicepExpression, bicepString, bicepValue } from './resource';
import { hclString } from './terraform';
import type { ExportFormat } from './types';

const FRONTEND = 'Microsoft.Network/loadBalancers/frontendIPConfigurations';
const POOL = 'Microsoft.Network/loadBalancers/backendAddressPools';
// Outbound rules idle out after 4 minutes unless told otherwise (Learn, Outbound rules: "Outbound idle timeouts default to 4 minutes").
const DEFAULT_IDLE = 4;

/**
 * The outbound rules an export can write: those whose frontends and pool exist (validation reports the others).
 * @example exportableOutboundRules(t).map((r) => r.name) // ['egress']
 */
export function exportableOutboundRules(topology: LbTopology): OutboundRule[] {
  const frontends = new Set(topology.frontends.map((f) => f.name));
  const pools = new Set(topology.backendPools.map((p) => p.name));
  return (topology.outboundRules ?? []).filter(
    (r) => r.frontends.length > 0 && r.frontends.every((f) => frontends.has(f)) && pools.has(r.backendPool),
  );
}

/**
 * The export text with the topology's outbound rules added; unchanged when it has none.
 * @example withOutboundRules('terraform', text, t).includes('resource "azurerm_lb_outbound_rule"') // true
 */
export function withOutboundRules(format: ExportFormat, text: string, topology: LbTopology): string {
  const rules = exportableOutboundRules(topology);
  if (rules.length === 0) return text;
  if (format === 'arm') return arm(text, rules);
  if (format === 'bicep') return bicep(text, rules);
  const lines = format === 'terraform' ? terraform(rules, topology) : azcli(rules, topology);
  return `${text.replace(/\n+$/, '')}\n\n${lines.join('\n')}\n`;
}

/** One rule's properties; `id` writes a child resource id in the format's expression syntax. */
function properties<Id>(r: OutboundRule, id: (type: string, name: string) => Id) {
  return {
    frontendIPConfigurations: r.frontends.map((f) => ({ id: id(FRONTEND, f) })),
    backendAddressPool: { id: id(POOL, r.backendPool) },
    protocol: r.protocol,
    ...(r.allocatedOutboundPorts !== undefined ? { allocatedOutboundPorts: r.allocatedOutboundPorts } : {}),
    idleTimeoutInMinutes: r.idleTimeoutMinutes ?? DEFAULT_IDLE,
    enableTcpReset: r.enableTcpReset ?? false,
  };
}

function arm(text: string, rules: readonly OutboundRule[]): string {
  const t = JSON.parse(text) as { resources: { type: string; properties: Record<string, unknown> }[] };
  const lb = t.resources.find((r) => r.type === 'Microsoft.Network/loadBalancers');
  if (!lb) return text;
  const id = (type: string, name: string) => `[resourceId('${type}', variables('lbName'), ${armString(name)})]`;
  lb.properties.outboundRules = rules.map((r) => ({ name: r.name, properties: properties(r, id) }));
  return `${JSON.stringify(t, null, 2)}\n`;
}

function bicep(text: string, rules: readonly OutboundRule[]): string {
  // The Bicep writer ends with the load balancer resource, whose last property is `properties`: "\n  }\n}\n".
  const end = text.lastIndexOf('\n  }\n}\n');
  if (end < 0) return text;
  const id = (type: string, name: string) => new BicepExpression(`resourceId('${type}', lbName, ${bicepString(name)})`);
  const value = bicepValue(
    rules.map((r) => ({ name: r.name, properties: properties(r, id) })),
    '    ',
  );
  return `${text.slice(0, end)}\n    outboundRules: ${value}${text.slice(end)}`;
}

function terraform(rules: readonly OutboundRule[], topology: LbTopology): string[] {
  const names = identifiers(
    rules.map((r) => r.name),
    'outbound',
  );
  // The same identifiers the Terraform writer gave the pools (export/terraform.ts: every pool, in order).
  const pools = identifiers(
    topology.backendPools.map((p) => p.name),
    'pool',
  );
  const out: string[] = ['# Outbound rules: the frontends whose public IPs the pool uses for its outbound flows (docs/outbound.md).'];
  for (const r of rules) {
    const attrs: [string, string][] = [
      ['name', hclString(r.name)],
      ['loadbalancer_id', 'azurerm_lb.lb.id'],
      ['protocol', hclString(r.protocol)],
      ['backend_address_pool_id', `azurerm_lb_backend_address_pool.${pools.get(r.backendPool)!}.id`],
      ...(r.allocatedOutboundPorts !== undefined
        ? [['allocated_outbound_ports', String(r.allocatedOutboundPorts)] as [string, string]]
        : []),
      ['idle_timeout_in_minutes', String(r.idleTimeoutMinutes ?? DEFAULT_IDLE)],
      ['tcp_reset_enabled', String(r.enableTcpReset ?? false)],
    ];
    const w = Math.max(...attrs.map(([k]) => k.length));
    out.push(
      `resource "azurerm_lb_outbound_rule" "${names.get(r.name)!}" {`,
      ...attrs.map(([k, v]) => `  ${k.padEnd(w)} = ${v}`),
      ...r.frontends.flatMap((f) => ['', '  frontend_ip_configuration {', `    name = ${hclString(f)}`, '  }']),
      '}',
      '',
    );
  }
  return out;
}

function azcli(rules: readonly OutboundRule[], topology: LbTopology): string[] {
  // `=` keeps a load balancer name that starts with `-` a value (export/azcli.ts, lbOpt).
  const lb = `--lb-name${topology.loadBalancer.name.startsWith('-') ? '=' : ' '}"$LB_NAME"`;
  const out: string[] = ['# Outbound rules: the frontends whose public IPs the pool uses for its outbound flows.'];
  for (const r of rules) {
    const args = [
      '--resource-group "$RESOURCE_GROUP"',
      lb,
      opt('--name', r.name),
      `--frontend-ip-configs ${r.frontends.map(bashQuote).join(' ')}`,
      opt('--address-pool', r.backendPool),
      `--protocol ${/^[A-Za-z]+$/.test(r.protocol) ? r.protocol : bashQuote(r.protocol)}`,
      ...(r.allocatedOutboundPorts !== undefined ? [`--outbound-ports ${r.allocatedOutboundPorts}`] : []),
      `--idle-timeout ${r.idleTimeoutMinutes ?? DEFAULT_IDLE}`,
      `--enable-tcp-reset ${r.enableTcpReset ? 'true' : 'false'}`,
    ];
    out.push(`az network lb outbound-rule create \\`, ...args.map((a, i) => `  ${a}${i < args.length - 1 ? ' \\' : ''}`), '');
  }
  return out;
}
