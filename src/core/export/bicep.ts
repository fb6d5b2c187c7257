// Bicep: the same resource tree as the ARM export, with the notes as `//` comments.
import { frontendIpHolder } from '../model/holder';
import { comment, headerLines } from './comments';
import { memberLabels, natTargetLabels, type ExportPlan } from './plan';
import { API_VERSION, bicepString, Expr, lbTemplate, type Value } from './resource';

function render(v: Value, indent: string): string {
  if (v instanceof Expr) return v.bicep;
  if (typeof v === 'string') return bicepString(v);
  if (typeof v !== 'object') return String(v);
  const inner = `${indent}  `;
  if (Array.isArray(v)) return v.length === 0 ? '[]' : `[\n${v.map((x: Value) => `${inner}${render(x, inner)}`).join('\n')}\n${indent}]`;
  const entries = Object.entries(v);
  // Property names are fixed Azure schema names, all valid Bicep identifiers.
  return entries.length === 0 ? '{}' : `{\n${entries.map(([k, x]) => `${inner}${k}: ${render(x as Value, inner)}`).join('\n')}\n${indent}}`;
}

/**
 * Who holds each pool's frontend IP, as file metadata the import reads back (Bicep compiles `metadata x = …` into the
 * template's metadata); only when some pool is not every-member, so other exports stay as they were.
 */
function holderLines(plan: ExportPlan): string[] {
  if (!plan.pools.some((p) => frontendIpHolder(p) !== 'every-member')) return [];
  const appliances = plan.pools.filter((p) => frontendIpHolder(p) === 'appliance').map((p) => JSON.stringify(p.name));
  return [
    ...comment(
      [
        "Who holds each pool's frontend IP in the guests (Floatplan reads this back on import).",
        ...(appliances.length > 0 ? [`The NICs of the appliance pools ${appliances.join(', ')} need enableIPForwarding: true.`] : []),
      ],
      '//',
    ),
    "metadata generator = 'Floatplan'",
    'metadata floatplanPoolHolders = {',
    ...plan.pools.map((p) => `  ${bicepString(p.name)}: ${bicepString(frontendIpHolder(p))}`),
    '}',
    '',
  ];
}

/**
 * The Bicep module for the plan: parameters, `var lbName`, one `Microsoft.Network/loadBalancers` resource.
 * @example bicepExport(plan).includes("resource lb 'Microsoft.Network/loadBalancers@2024-05-01'") // true
 */
export function bicepExport(plan: ExportPlan): string {
  const t = lbTemplate(plan);
  const out = [...comment(headerLines('Bicep module', plan.topologyName, plan.notes), '//'), ''];
  for (const p of t.params) {
    out.push(
      `@description(${bicepString(p.description)})`,
      `param ${p.name} string${p.defaultValue ? ` = ${p.defaultValue.bicep}` : ''}`,
      '',
    );
  }
  out.push(`var lbName = ${bicepString(plan.lbName)}`, '');
  if (!plan.internal && t.frontendAddresses.length > 0) {
    out.push(
      ...comment(
        [
          "Azure assigns a public IP's address; Floatplan planned:",
          ...t.frontendAddresses.map(([n, ip]) => `  ${JSON.stringify(n)}: ${ip}`),
        ],
        '//',
      ),
      '',
    );
  }
  if (plan.pools.some((p) => p.members.length > 0)) {
    out.push(
      ...comment(
        [
          'Backend pool membership is set on each VM NIC (ipConfigurations[].properties.loadBalancerBackendAddressPools),',
          'not here. Planned members:',
          ...plan.pools.map(
            (p) =>
              `  ${JSON.stringify(p.name)}: ${memberLabels(p)
                .map((m) => JSON.stringify(m))
                .join(', ')}`,
          ),
        ],
        '//',
      ),
      '',
    );
  }
  const natTargets = natTargetLabels(plan);
  if (natTargets.length > 0) {
    out.push(
      ...comment(
        [
          "An inbound NAT rule's target is set on the VM NIC too (ipConfigurations[].properties.loadBalancerInboundNatRules).",
          'Planned targets:',
          ...natTargets.map(([rule, target]) => `  ${JSON.stringify(rule)}: ${JSON.stringify(target)}`),
        ],
        '//',
      ),
      '',
    );
  }
  out.push(...holderLines(plan));
  const { type, apiVersion, ...body } = t.resource;
  void type;
  void apiVersion;
  out.push(`resource lb 'Microsoft.Network/loadBalancers@${API_VERSION}' = ${render(body, '')}`);
  return `${out.join('\n')}\n`;
}
