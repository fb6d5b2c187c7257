// What Bicep has no resource for in this export (the VMs, the pool members and NAT rule targets set on their NICs,
// the planned public addresses, who holds each pool's frontend IP) as file metadata: Bicep compiles
// `metadata x = …` into the template's `metadata`, where the import reads it back as it does for the ARM export
// (src/core/import/arm/floatplanMetadata.ts), so Bicep export → import keeps the VMs and the pool members.
import { frontendIpHolder } from '../model/holder';
import { comment } from './comments';
import { memberLabels, natTargetLabels, type ExportPlan } from './plan';
import { bicepString } from './resource';

export type Json = string | number | boolean | null | readonly Json[] | { readonly [k: string]: Json | undefined };

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * A JSON value written as a Bicep literal (keys that are not identifiers quoted, strings escaped).
 * @example bicepLiteral({ 'my pool': ['VM1'] }, '') // "{\n  'my pool': [\n    'VM1'\n  ]\n}"
 */
export function bicepLiteral(v: Json, indent: string): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return bicepString(v);
  if (typeof v !== 'object') return String(v);
  const inner = `${indent}  `;
  if (Array.isArray(v))
    return v.length === 0 ? '[]' : `[\n${v.map((x: Json) => `${inner}${bicepLiteral(x, inner)}`).join('\n')}\n${indent}]`;
  const entries = Object.entries(v).filter((e): e is [string, Json] => e[1] !== undefined);
  if (entries.length === 0) return '{}';
  const key = (k: string) => (IDENTIFIER.test(k) ? k : bicepString(k));
  return `{\n${entries.map(([k, x]) => `${inner}${key(k)}: ${bicepLiteral(x, inner)}`).join('\n')}\n${indent}}`;
}

/** `metadata name = value`, the value on as many lines as it needs. */
const line = (name: string, value: Json) => `metadata ${name} = ${bicepLiteral(value, '')}`;

/**
 * The file's Floatplan metadata lines: the generator stamp, the topology's title and description, the planned public
 * addresses, the pool members, the NAT rule targets, the VMs and, when some pool is not every-member, the holders.
 * @example floatplanMetadataLines(plan, [['FIP1', '65.52.0.1']]).includes("metadata generator = 'Floatplan'") // true
 */
export function floatplanMetadataLines(plan: ExportPlan, frontendAddresses: readonly (readonly [string, string])[]): string[] {
  const natTargets = natTargetLabels(plan);
  const holders = plan.pools.some((p) => frontendIpHolder(p) !== 'every-member');
  const appliances = plan.pools.filter((p) => frontendIpHolder(p) === 'appliance').map((p) => JSON.stringify(p.name));
  return [
    ...comment(
      [
        'What the template has no place for, read back by Floatplan on import: the planned public addresses (Azure',
        'assigns them), the VMs, and the pool members and NAT rule targets, which Azure sets on each VM NIC',
        '(ipConfigurations[].properties.loadBalancerBackendAddressPools / loadBalancerInboundNatRules), not here.',
        ...(holders ? ["Also who holds each pool's frontend IP in the guests."] : []),
        ...(appliances.length > 0 ? [`The NICs of the appliance pools ${appliances.join(', ')} need enableIPForwarding: true.`] : []),
      ],
      '//',
    ),
    line('generator', 'Floatplan'),
    line('floatplanTopology', plan.topologyName),
    ...(plan.description !== undefined ? [line('floatplanDescription', plan.description)] : []),
    ...(frontendAddresses.length > 0 ? [line('floatplanFrontendAddresses', Object.fromEntries(frontendAddresses))] : []),
    line('floatplanPoolMembers', Object.fromEntries(plan.pools.map((p) => [p.name, memberLabels(p)]))),
    ...(natTargets.length > 0 ? [line('floatplanNatRuleTargets', Object.fromEntries(natTargets))] : []),
    line('floatplanVms', plan.vms as unknown as Json),
    ...(holders ? [line('floatplanPoolHolders', Object.fromEntries(plan.pools.map((p) => [p.name, frontendIpHolder(p)])))] : []),
    '',
  ];
}
