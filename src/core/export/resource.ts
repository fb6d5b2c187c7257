// The load balancer resource as one neutral tree, rendered by arm.ts (JSON, "[expr]" strings) and
// bicep.ts (bare expressions), so the two templates cannot drift apart.
import { escaper } from '../files/escape';
import { identifiers, regionalAddressNames } from './names';
import type { ExportPlan } from './plan';
import { armInputName } from './placeholders';
import type { BackendPool, FrontendRef } from '../topology/schema';

/** An ARM template expression with its Bicep spelling. */
export class Expr {
  constructor(
    readonly arm: string,
    readonly bicep: string,
  ) {}
}

export type Value = string | number | boolean | Expr | readonly Value[] | { readonly [key: string]: Value };

/** The API version both templates use (REST spec facts in the reference are from 2024-05-01). */
export const API_VERSION = '2024-05-01';

/** ARM expression string literal: single quotes doubled. @example armString("it's") // "'it''s'" */
export function armString(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

const bicepEscape = escaper({ "'": "\\'", '${': '\\${' }, (code) => `\\u{${code.toString(16)}}`);

/**
 * Bicep string literal: `\`, `'`, `${` and control characters escaped.
 * @example bicepString("a'b") // "'a\\'b'"
 */
export function bicepString(s: string): string {
  // eslint-disable-next-line no-control-regex -- escaping control characters is the point
  const body = s.replace(/[\\'\u0000-\u001f\u007f-\u009f\u2028\u2029]|\$\{/g, bicepEscape);
  return `'${body}'`;
}

/** A Bicep expression written as it is (a resourceId() call), as opposed to a string value, which is quoted. */
export class BicepExpression {
  constructor(readonly text: string) {}
}

/**
 * A Bicep value: objects and arrays over several lines, strings quoted and escaped, BicepExpressions as they are.
 * A marker object, not a string prefix, says "expression", so no name from the topology can turn into code.
 * @example bicepValue({ name: "a'b" }, '') // "{\n  name: 'a\\'b'\n}"
 */
export function bicepValue(v: unknown, indent: string): string {
  if (v instanceof BicepExpression) return v.text;
  if (typeof v === 'string') return bicepString(v);
  if (typeof v !== 'object' || v === null) return String(v);
  const inner = `${indent}  `;
  if (Array.isArray(v)) return `[\n${v.map((x) => `${inner}${bicepValue(x, inner)}`).join('\n')}\n${indent}]`;
  return `{\n${Object.entries(v)
    .map(([k, x]) => `${inner}${k}: ${bicepValue(x, inner)}`)
    .join('\n')}\n${indent}}`;
}

export interface TemplateParam {
  name: string;
  description: string;
  /** Only `location` has a default; ids must be supplied. */
  defaultValue?: Expr;
}

export interface LbTemplate {
  params: TemplateParam[];
  resource: { [key: string]: Value };
  /** Frontend name → planned address, for a comment or metadata (public IPs get their address from Azure). */
  frontendAddresses: [string, string][];
}

const CHILD = {
  frontend: 'Microsoft.Network/loadBalancers/frontendIPConfigurations',
  pool: 'Microsoft.Network/loadBalancers/backendAddressPools',
  probe: 'Microsoft.Network/loadBalancers/probes',
} as const;

/** A reference to a child of the load balancer by resourceId(), the form both ARM and Bicep accept. */
function childId(kind: keyof typeof CHILD, name: string): { id: Expr } {
  return {
    id: new Expr(
      `resourceId('${CHILD[kind]}', variables('lbName'), ${armString(name)})`,
      `resourceId('${CHILD[kind]}', lbName, ${bicepString(name)})`,
    ),
  };
}

/** A frontend of another load balancer of the design by resourceId(): a Gateway chain, a Global pool's member. */
function frontendOf(ref: FrontendRef): { id: Expr } {
  return {
    id: new Expr(
      `resourceId('${CHILD.frontend}', ${armString(ref.loadBalancer)}, ${armString(ref.frontend)})`,
      `resourceId('${CHILD.frontend}', ${bicepString(ref.loadBalancer)}, ${bicepString(ref.frontend)})`,
    ),
  };
}

/** A pool: a Global load balancer's pool holds regional frontends (backend addresses), any other pool is filled from the NICs. */
function poolValue(p: BackendPool): Value {
  if (!p.regionalFrontends?.length) return { name: p.name };
  const names = regionalAddressNames(p.regionalFrontends);
  const loadBalancerBackendAddresses = p.regionalFrontends.map((r, i) => ({
    name: names[i]!,
    properties: { loadBalancerFrontendIPConfiguration: frontendOf(r) },
  }));
  return { name: p.name, properties: { loadBalancerBackendAddresses } };
}

/**
 * Builds the `Microsoft.Network/loadBalancers` resource and its parameters from the plan.
 * @example lbTemplate(plan).resource.sku // { name: 'Standard', tier: 'Regional' }
 */
export function lbTemplate(plan: ExportPlan): LbTemplate {
  const params: TemplateParam[] = [
    {
      name: 'location',
      description: 'Location of the load balancer.',
      defaultValue: new Expr('resourceGroup().location', 'resourceGroup().location'),
    },
  ];
  const pipParam = identifiers(
    plan.frontends.map((f) => f.name),
    'fe',
  );
  if (plan.internal) params.push({ name: 'subnetId', description: 'Resource id of the subnet that holds the frontend addresses.' });
  else
    for (const f of plan.frontends)
      params.push({
        name: `publicIpId_${pipParam.get(f.name)!}`,
        description: `Resource id of the Standard public IP for the frontend ${f.name} (${f.input !== undefined ? 'its address is not known yet' : `planned address ${f.ip}`}).`,
      });
  // A placeholder address is asked for, never written (export/placeholders.ts).
  if (plan.internal) params.push(...addressParams(plan));
  const param = (name: string) => new Expr(`parameters('${name}')`, name);

  const frontendIPConfigurations = plan.frontends.map((f): Value => ({
    name: f.name,
    properties: plan.internal
      ? {
          privateIPAllocationMethod: 'Static',
          privateIPAddress: f.input !== undefined ? param(armInputName('frontend', f.input, 0)) : f.ip,
          privateIPAddressVersion: f.v6 ? 'IPv6' : 'IPv4',
          subnet: { id: param('subnetId') },
        }
      : {
          publicIPAddress: { id: param(`publicIpId_${pipParam.get(f.name)!}`) },
          ...(f.gatewayLoadBalancer ? { gatewayLoadBalancer: frontendOf(f.gatewayLoadBalancer) } : {}),
        },
  }));
  const probes = plan.probes.map((p) => ({
    name: p.probe.name,
    properties: {
      protocol: p.probe.protocol,
      port: p.probe.port,
      ...(p.requestPath !== undefined ? { requestPath: p.requestPath } : {}),
      intervalInSeconds: p.intervalInSeconds,
      probeThreshold: p.probeThreshold,
    },
  }));
  const loadBalancingRules = plan.rules.map((r) => ({
    name: r.rule.name,
    properties: {
      frontendIPConfiguration: childId('frontend', r.rule.frontend),
      backendAddressPool: childId('pool', r.rule.backendPool),
      ...(r.probe !== undefined ? { probe: childId('probe', r.probe) } : {}),
      protocol: r.rule.protocol,
      frontendPort: r.rule.frontendPort,
      backendPort: r.rule.backendPort,
      enableFloatingIP: r.rule.floatingIp,
      idleTimeoutInMinutes: r.idleTimeoutMinutes,
      enableTcpReset: r.enableTcpReset,
      loadDistribution: r.loadDistribution,
      disableOutboundSnat: r.disableOutboundSnat,
    },
  }));
  const inboundNatRules = plan.natRules.map((n) => ({
    name: n.rule.name,
    properties: {
      frontendIPConfiguration: childId('frontend', n.rule.frontend),
      protocol: n.rule.protocol,
      frontendPort: n.rule.frontendPort,
      backendPort: n.rule.backendPort,
      enableFloatingIP: n.rule.floatingIp,
      idleTimeoutInMinutes: n.idleTimeoutMinutes,
      enableTcpReset: n.enableTcpReset,
    },
  }));
  return {
    params,
    resource: {
      type: 'Microsoft.Network/loadBalancers',
      apiVersion: API_VERSION,
      name: new Expr("variables('lbName')", 'lbName'),
      location: param('location'),
      sku: { name: 'Standard', tier: plan.tier ?? 'Regional' },
      properties: {
        frontendIPConfigurations,
        backendAddressPools: plan.pools.map(poolValue),
        probes,
        loadBalancingRules,
        // Left out when empty, so a topology without NAT rules exports exactly as before they existed.
        ...(inboundNatRules.length > 0 ? { inboundNatRules } : {}),
      },
    },
    frontendAddresses: plan.frontends.filter((f) => f.input === undefined).map((f) => [f.name, f.ip]),
  };
}

/** The required parameters that stand for placeholder frontend addresses: no default, so a deployment must give them. */
function addressParams(plan: ExportPlan): TemplateParam[] {
  return plan.frontends.flatMap((f) =>
    f.input === undefined
      ? []
      : [
          {
            name: armInputName('frontend', f.input, 0),
            description: `Private IP address of the frontend ${f.name}: a placeholder in Floatplan (${f.ip}); give the real address.`,
          },
        ],
  );
}
