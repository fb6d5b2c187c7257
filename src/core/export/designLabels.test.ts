// Terraform labels (and ARM parameters) of a design of several load balancers stay unique whatever the names: the
// second load balancer's prefix `lb1_` must not meet a first load balancer's element already called `lb1_…`.
import { describe, expect, it } from 'vitest';
import { importDefinition } from '../import/importDefinition';
import { errorOf } from '../import/text';
import type { LoadBalancerDef, Topology } from '../topology/schema';
import { exportDesign } from './design';
import { crossRegion, nvaSandwich } from './multiLb.testing';

/**
 * The NVA sandwich, both load balancers public with a frontend `web` of their own address (so their public IP
 * variables clash), and the first one's names chosen to be what the second one's get with the prefix.
 */
function adversarial(): Topology {
  const t = nvaSandwich();
  const [pub, int] = t.loadBalancers as [LoadBalancerDef, LoadBalancerDef];
  const rule = (name: string, frontend: string, backendPool: string, probe: string, port: number) => ({
    ...pub.rules[0]!,
    name,
    frontend,
    backendPool,
    probe,
    frontendPort: port,
    backendPort: port,
  });
  return {
    ...t,
    loadBalancers: [
      {
        ...pub,
        frontends: [
          { name: 'web', ip: '203.0.113.10' },
          { name: 'web_lb1', ip: '203.0.113.11' },
        ],
        backendPools: [{ ...pub.backendPools[0]!, name: 'lb1_pool' }],
        probes: [{ name: 'lb1-tcp-22', protocol: 'Tcp', port: 22 }],
        rules: [rule('lb1_http', 'web', 'lb1_pool', 'lb1-tcp-22', 80), rule('lb1_http_2', 'web_lb1', 'lb1_pool', 'lb1-tcp-22', 81)],
      },
      {
        ...int,
        type: 'Public',
        frontends: [{ name: 'web', ip: '203.0.113.20' }],
        // The first one's pool name, and another holder: the planned facts must stay each load balancer's own.
        backendPools: [{ ...int.backendPools[0]!, name: 'lb1_pool', frontendIpHolder: 'every-member' }],
        probes: [
          { name: 'tcp-22', protocol: 'Tcp', port: 22 },
          { name: 'lb1_tcp_22', protocol: 'Tcp', port: 23 },
        ],
        rules: [rule('http', 'web', 'lb1_pool', 'tcp-22', 80), rule('http_2', 'web', 'lb1_pool', 'lb1_tcp_22', 8080)],
      },
    ],
  };
}

/** Every declared `type.label` and `var.name`, and every reference to one outside string literals. */
function labelsOf(text: string) {
  const declared = [...text.matchAll(/^resource "(\w+)" "(\w+)" \{$/gm)].map((m) => `${m[1]}.${m[2]}`);
  const variables = [...text.matchAll(/^variable "(\w+)" \{$/gm)].map((m) => m[1]!);
  const code = text
    .split('\n')
    .filter((l) => !/^\s*#/.test(l))
    .map((l) => l.replace(/"(?:[^"\\]|\\.)*"/g, '""'))
    .join('\n');
  const references = [...code.matchAll(/\b(azurerm_\w+)\.(\w+)\./g)].map((m) => `${m[1]}.${m[2]}`);
  const varRefs = [...code.matchAll(/\bvar\.(\w+)\b/g)].map((m) => m[1]!);
  return { declared, variables, references, varRefs };
}

/** The design with the frontends of its k-th load balancer named `names[k]` (public IP parameters per frontend name). */
const named = (t: Topology, names: string[][]): Topology => ({
  ...t,
  loadBalancers: t.loadBalancers.map((lb, k) => ({
    ...lb,
    frontends: names[k]!.map((name, n) => ({ name, ip: `203.0.113.${10 * k + n + 1}` })),
    rules: lb.rules.map((r) => ({ ...r, frontend: names[k]![0]! })),
  })),
});

const shape = (t: Topology) =>
  t.loadBalancers.map((lb) => ({
    name: lb.name,
    frontends: lb.frontends.map((f) => [f.name, f.ip]),
    pools: lb.backendPools.map((p) => [p.name, p.members, p.frontendIpHolder ?? 'every-member']),
    probes: lb.probes.map((p) => [p.name, p.port]),
    rules: lb.rules.map((r) => [r.name, r.frontend, r.backendPool, r.frontendPort, r.probe]),
  }));

describe('Terraform labels of several load balancers', () => {
  it('are unique for names made to meet the prefix, and every reference names a declared resource or variable', () => {
    const { text } = exportDesign(adversarial(), 'terraform');
    const { declared, variables, references, varRefs } = labelsOf(text);
    expect(new Set(declared).size).toBe(declared.length);
    expect(new Set(variables).size).toBe(variables.length);
    for (const r of references) expect(declared, r).toContain(r);
    for (const v of varRefs) expect(variables, v).toContain(v);
    // The first load balancer's labels are as its own export writes them; the second's that met them got `_2`.
    expect(declared).toContain('azurerm_lb_rule.lb1_http');
    expect(declared).toContain('azurerm_lb_rule.lb1_http_2');
    expect(declared).toContain('azurerm_lb_rule.lb1_http_2_2');
    expect(declared).toContain('azurerm_lb_probe.lb1_tcp_22_2');
    expect(variables).toContain('public_ip_address_id_web_lb1_2');
    // Each rule still uses its own load balancer's probe and the variable of its own frontend.
    expect(text).toMatch(/name += "http_2"[^}]*probe_id += azurerm_lb_probe\.lb1_lb1_tcp_22\.id/);
    expect(text).toMatch(/name += "web"\n[^}]*public_ip_address_id = var\.public_ip_address_id_web_lb1_2\n/);
  });

  it('imports back the same load balancers, each with its own planned addresses and pool holders', async () => {
    const t = adversarial();
    const r = await importDefinition(exportDesign(t, 'terraform').text, { format: 'terraform' });
    if (!r.ok) throw new Error(errorOf(r));
    expect(shape(r.topology)).toEqual(shape(t));
  });

  it('gives two Global pool members whose names read alike their own address names and labels, in every format', () => {
    const t = crossRegion();
    const [global, east, west] = t.loadBalancers as [LoadBalancerDef, LoadBalancerDef, LoadBalancerDef];
    // `lb-east` + `fe-x` and `lb` + `east-fe-x` both read `lb-east-fe-x`.
    const alike: Topology = {
      ...t,
      loadBalancers: [
        {
          ...global,
          backendPools: [
            {
              ...global.backendPools[0]!,
              regionalFrontends: [
                { loadBalancer: 'lb-east', frontend: 'fe-x' },
                { loadBalancer: 'lb', frontend: 'east-fe-x' },
              ],
            },
          ],
        },
        { ...east, frontends: [{ ...east.frontends[0]!, name: 'fe-x' }], rules: east.rules.map((r) => ({ ...r, frontend: 'fe-x' })) },
        {
          ...west,
          name: 'lb',
          frontends: [{ ...west.frontends[0]!, name: 'east-fe-x' }],
          rules: west.rules.map((r) => ({ ...r, frontend: 'east-fe-x' })),
        },
      ],
    };
    const { text } = exportDesign(alike, 'terraform');
    const { declared } = labelsOf(text);
    expect(new Set(declared).size).toBe(declared.length);
    expect([...text.matchAll(/^ {2}name += "(lb-east-fe-x[^"]*)"$/gm)].map((m) => m[1])).toEqual(['lb-east-fe-x', 'lb-east-fe-x-2']);
    // ARM and the Azure CLI name them the same way.
    const arm = JSON.parse(exportDesign(alike, 'arm').text) as {
      resources: { properties?: { backendAddressPools?: { properties?: { loadBalancerBackendAddresses?: { name: string }[] } }[] } }[];
    };
    const armNames = arm.resources.flatMap((r) =>
      (r.properties?.backendAddressPools ?? []).flatMap((p) => (p.properties?.loadBalancerBackendAddresses ?? []).map((a) => a.name)),
    );
    expect(armNames).toEqual(['lb-east-fe-x', 'lb-east-fe-x-2']);
    const az = exportDesign(alike, 'azcli').text;
    expect([...az.matchAll(/address-pool address add .*?--name '?(lb-east-fe-x[^' ]*)/g)].map((m) => m[1])).toEqual([
      'lb-east-fe-x',
      'lb-east-fe-x-2',
    ]);
  });

  it('ARM: each frontend keeps its own public IP parameter when a first one is `web_1` and the second `web`', () => {
    const t = adversarial();
    const arm = JSON.parse(exportDesign(named(t, [['web', 'web_1'], ['web']]), 'arm').text) as {
      parameters: Record<string, unknown>;
      resources: { type: string; properties: { frontendIPConfigurations: { properties: { publicIPAddress: { id: string } } }[] } }[];
    };
    const ids = arm.resources
      .filter((r) => r.type === 'Microsoft.Network/loadBalancers')
      .flatMap((r) => r.properties.frontendIPConfigurations.map((f) => f.properties.publicIPAddress.id));
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(3);
    for (const id of ids) expect(Object.keys(arm.parameters)).toContain(/parameters\('([^']+)'\)/.exec(id)![1]);
  });

  it('Bicep: the same, and each load balancer imports back with its own frontends', async () => {
    const t = named(adversarial(), [['web', 'web_1'], ['web']]);
    const text = exportDesign(t, 'bicep').text;
    const params = [...text.matchAll(/^param (\w+) /gm)].map((m) => m[1]!);
    expect(new Set(params).size).toBe(params.length);
    const ids = [...text.matchAll(/^ +id: (publicIpId_\w+)$/gm)].map((m) => m[1]!);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(3);
    for (const id of ids) expect(params).toContain(id);
    const r = await importDefinition(text, { format: 'bicep' });
    if (!r.ok) throw new Error(errorOf(r));
    expect(r.topology.loadBalancers.map((lb) => lb.frontends.map((f) => f.name))).toEqual([['web', 'web_1'], ['web']]);
  });
});
