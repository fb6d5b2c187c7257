// The planned NSG (core/nsg/plan.ts) in the four export formats, added after the load balancer when asked for
// (`exportTopology(…, { nsg: true })`, `floatplan export --nsg`). One NSG with the inbound Allow rules, associated
// with the member NICs where the format creates them (Terraform) and as commented or noted steps where it does not.
// Every name is from core/nsg/names.ts (a safe alphabet) and every address a parsed IP, CIDR or service tag; they
// are still quoted for each format.
import { planNsg, type NsgPlan, type NsgPlanRule } from '../nsg/plan';
import type { LbTopology } from '../topology/schema';
import { bashQuote, opt } from './azcli';
import { identifiers } from './names';
import { API_VERSION, bicepString, bicepValue } from './resource';
import { hclString } from './terraform';
import type { ExportFormat } from './types';

const HEAD = [
  'Network security group: a Standard load balancer is closed to inbound traffic unless an NSG allows it. With floating IP',
  'the NSG sees the frontend IP as the destination; probes come from the AzureLoadBalancer service tag (Floatplan, docs/nsg.md).',
];

/** The ARM/Bicep shape of one security rule. */
function armRule(r: NsgPlanRule) {
  const many = r.destinations.length > 1;
  return {
    name: r.name,
    properties: {
      priority: r.priority,
      direction: 'Inbound',
      access: 'Allow',
      protocol: r.protocol,
      sourceAddressPrefix: r.source,
      sourcePortRange: '*',
      ...(many ? { destinationAddressPrefixes: r.destinations } : { destinationAddressPrefix: r.destinations[0] }),
      destinationPortRange: r.ports,
    },
  };
}

const nicNote = (plan: NsgPlan) =>
  `Associate ${plan.nsgName} with the NICs of ${plan.vms.join(', ')} (networkInterfaces properties.networkSecurityGroup.id), or with their subnet.`;

function arm(text: string, plan: NsgPlan): string {
  const t = JSON.parse(text) as { metadata: Record<string, unknown>; resources: unknown[] };
  t.metadata.floatplanNsgNote = `${HEAD.join(' ')} ${nicNote(plan)}`;
  t.resources.push({
    type: 'Microsoft.Network/networkSecurityGroups',
    apiVersion: API_VERSION,
    name: plan.nsgName,
    location: "[parameters('location')]",
    properties: { securityRules: plan.rules.map(armRule) },
  });
  return `${JSON.stringify(t, null, 2)}\n`;
}

function bicep(plan: NsgPlan): string[] {
  const body = `{\n  name: ${bicepString(plan.nsgName)}\n  location: location\n  properties: ${bicepValue({ securityRules: plan.rules.map(armRule) }, '  ')}\n}`;
  return [
    ...[...HEAD, nicNote(plan)].map((l) => `// ${l}`),
    `resource nsg 'Microsoft.Network/networkSecurityGroups@${API_VERSION}' = ${body}`,
  ];
}

/** `key = value` lines aligned as `terraform fmt` writes them. */
function hclAttrs(pairs: readonly (readonly [string, string])[], indent: string): string[] {
  const w = Math.max(...pairs.map(([k]) => k.length));
  return pairs.map(([k, v]) => `${indent}${k.padEnd(w)} = ${v}`);
}

function terraform(plan: NsgPlan, topology: LbTopology): string[] {
  const rules = plan.rules.flatMap((r) => [
    '',
    '  security_rule {',
    ...hclAttrs(
      [
        ['name', hclString(r.name)],
        ['priority', String(r.priority)],
        ['direction', '"Inbound"'],
        ['access', '"Allow"'],
        ['protocol', hclString(r.protocol)],
        ['source_address_prefix', hclString(r.source)],
        ['source_port_range', '"*"'],
        r.destinations.length > 1
          ? ['destination_address_prefixes', `[${r.destinations.map(hclString).join(', ')}]`]
          : ['destination_address_prefix', hclString(r.destinations[0]!)],
        ['destination_port_range', hclString(r.ports)],
      ],
      '    ',
    ),
    '  }',
  ]);
  const out = [
    ...HEAD.map((l) => `# ${l}`),
    'resource "azurerm_network_security_group" "nsg" {',
    ...hclAttrs(
      [
        ['name', hclString(plan.nsgName)],
        ['location', 'var.location'],
        ['resource_group_name', 'var.resource_group_name'],
      ],
      '  ',
    ),
    ...rules,
    '}',
  ];
  // The Terraform export creates one NIC per VM, labelled `nic_<identifier>` (terraform.ts, networkInterfaces).
  const seen = new Set<string>();
  const keys = topology.vms.map((v, i) => (seen.has(v.name) ? `${v.name}_${i}` : (seen.add(v.name), v.name)));
  const labels = identifiers(keys, 'vm');
  for (const vm of plan.vms) {
    const label = labels.get(vm);
    if (label === undefined) continue;
    out.push(
      '',
      `resource "azurerm_network_interface_security_group_association" "nsg_nic_${label}" {`,
      ...hclAttrs(
        [
          ['network_interface_id', `azurerm_network_interface.nic_${label}.id`],
          ['network_security_group_id', 'azurerm_network_security_group.nsg.id'],
        ],
        '  ',
      ),
      '}',
    );
  }
  return out;
}

function azcli(plan: NsgPlan): string[] {
  const RG = '--resource-group "$RESOURCE_GROUP"';
  const cmd = (head: string, args: string[]) => [`${head} \\`, ...args.map((a, i) => `  ${a}${i < args.length - 1 ? ' \\' : ''}`)];
  const out = [...HEAD.map((l) => `# ${l}`), `NSG_NAME=${bashQuote(plan.nsgName)}`, ''];
  out.push(...cmd('az network nsg create', [RG, '--name "$NSG_NAME"', '--location "$LOCATION"']), '');
  for (const r of plan.rules) {
    out.push(
      ...cmd('az network nsg rule create', [
        RG,
        '--nsg-name "$NSG_NAME"',
        opt('--name', r.name),
        `--priority ${r.priority}`,
        '--direction Inbound',
        '--access Allow',
        `--protocol ${bashQuote(r.protocol)}`,
        `--source-address-prefixes ${bashQuote(r.source)}`,
        "--source-port-ranges '*'",
        `--destination-address-prefixes ${r.destinations.map(bashQuote).join(' ')}`,
        `--destination-port-ranges ${bashQuote(r.ports)}`,
      ]),
      '',
    );
  }
  out.push(
    "# Associate the NSG with the NICs of the VMs. The NIC names below are GUESSES (the Terraform export's names): check",
    '# them with `az network nic list --resource-group "$RESOURCE_GROUP" --output table`, then uncomment.',
    ...plan.vms.map((vm) => `# az network nic update ${RG} ${opt('--name', `${vm}-nic`)} --network-security-group "$NSG_NAME"`),
  );
  return out;
}

/**
 * The export text with the planned NSG added (ARM: a second resource and a metadata note; the others: a section
 * after the load balancer). Unchanged when no rule needs an NSG.
 * @example withNsg('terraform', text, topology).includes('azurerm_network_security_group') // true
 */
export function withNsg(format: ExportFormat, text: string, topology: LbTopology, plan: NsgPlan = planNsg(topology)): string {
  if (plan.rules.length === 0) return text;
  if (format === 'arm') return arm(text, plan);
  const lines = format === 'bicep' ? bicep(plan) : format === 'terraform' ? terraform(plan, topology) : azcli(plan);
  return `${text.replace(/\n*$/, '')}\n\n${lines.join('\n')}\n`;
}
