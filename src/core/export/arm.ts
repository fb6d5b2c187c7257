// ARM template (JSON). JSON has no comments, so the planner's notes, the planned public addresses,
// the pool members and NAT rule targets (both set on NICs, not on the load balancer) and the VMs go
// into the top-level `metadata`, where the ARM import reads them back (export → import gives the same topology).
import { frontendIpHolder } from '../model/holder';
import { memberLabels, natTargetLabels, type ExportPlan } from './plan';
import { Expr, lbTemplate, type Value } from './resource';

// A literal string starting with "[" would be read as an expression; ARM escapes it as "[[".
const literal = (s: string) => (s.startsWith('[') ? `[${s}` : s);

function toJson(v: Value): unknown {
  if (v instanceof Expr) return `[${v.arm}]`;
  if (typeof v === 'string') return literal(v);
  if (typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(toJson);
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toJson(x as Value)]));
}

/**
 * The ARM deployment template for the plan (Standard SKU, apiVersion 2024-05-01), as indented JSON.
 * @example JSON.parse(armExport(plan)).resources[0].type // 'Microsoft.Network/loadBalancers'
 */
export function armExport(plan: ExportPlan): string {
  const t = lbTemplate(plan);
  const errors = plan.notes.filter((n) => n.severity === 'error').length;
  const natTargets = natTargetLabels(plan);
  const holders = plan.pools.some((p) => frontendIpHolder(p) !== 'every-member');
  const template = {
    $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
    contentVersion: '1.0.0.0',
    metadata: {
      generator: 'Floatplan',
      floatplanTopology: plan.topologyName,
      ...(plan.description !== undefined ? { floatplanDescription: plan.description } : {}),
      ...(errors > 0
        ? {
            floatplanWarning: `THIS TOPOLOGY HAS ${errors} ERROR${errors === 1 ? '' : 'S'}: fix them in Floatplan before deploying (see floatplanDiagnostics).`,
          }
        : {}),
      floatplanDiagnostics: plan.notes
        .filter((n) => n.severity !== 'info')
        .map((n) => ({ severity: n.severity, code: n.code, message: n.message })),
      floatplanFrontendAddresses: Object.fromEntries(t.frontendAddresses),
      floatplanPoolMembers: Object.fromEntries(plan.pools.map((p) => [p.name, memberLabels(p)])),
      // NAT rule name → target, labelled like pool members; absent without targets so older exports stay the same.
      ...(natTargets.length > 0 ? { floatplanNatRuleTargets: Object.fromEntries(natTargets) } : {}),
      floatplanVms: plan.vms,
      // Who holds each pool's frontend IP, for every pool; absent when all are every-member so older exports stay the same.
      ...(holders ? { floatplanPoolHolders: Object.fromEntries(plan.pools.map((p) => [p.name, frontendIpHolder(p)])) } : {}),
      floatplanNote:
        'Backend pool membership is set on each VM NIC (ipConfigurations[].properties.loadBalancerBackendAddressPools), not on the load balancer.' +
        (natTargets.length > 0 ? " So is an inbound NAT rule's target (ipConfigurations[].properties.loadBalancerInboundNatRules)." : '') +
        (plan.pools.some((p) => frontendIpHolder(p) === 'appliance') ? ' The NICs of appliance pools need enableIPForwarding: true.' : ''),
    },
    parameters: Object.fromEntries(
      t.params.map((p) => [
        p.name,
        {
          type: 'string',
          ...(p.defaultValue ? { defaultValue: `[${p.defaultValue.arm}]` } : {}),
          metadata: { description: literal(p.description) },
        },
      ]),
    ),
    variables: { lbName: literal(plan.lbName) },
    resources: [toJson(t.resource)],
  };
  return `${JSON.stringify(template, null, 2)}\n`;
}
