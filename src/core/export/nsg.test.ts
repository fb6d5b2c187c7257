// The planned NSG in the four exports: same rules as core/nsg/plan.ts, the REST shape of a security rule, Bicep that
// the Bicep translator reads back to the same resource, NIC associations that name NICs the Terraform export creates.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { parseBicep } from '../import/bicep/parser';
import { bicepToArm } from '../import/bicep/template';
import { planNsg } from '../nsg/plan';
import { natRule, rule, topology, vm } from '../testing/builders';
import { LoadBalancerResource } from './armShape.testing';
import { exportTopology } from './export';

// Microsoft.Network/networkSecurityGroups as the REST spec gives it (securityRules[].properties), only what Floatplan writes.
const SecurityRule = v.strictObject({
  name: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,78}[A-Za-z0-9_])?$/)),
  properties: v.strictObject({
    priority: v.pipe(v.number(), v.integer(), v.minValue(100), v.maxValue(4096)),
    direction: v.literal('Inbound'),
    access: v.literal('Allow'),
    protocol: v.picklist(['Tcp', 'Udp', '*']),
    sourceAddressPrefix: v.string(),
    sourcePortRange: v.literal('*'),
    destinationAddressPrefix: v.optional(v.string()),
    destinationAddressPrefixes: v.optional(v.array(v.string())),
    destinationPortRange: v.string(),
  }),
});
const NsgResource = v.strictObject({
  type: v.literal('Microsoft.Network/networkSecurityGroups'),
  apiVersion: v.literal('2024-05-01'),
  name: v.string(),
  location: v.literal("[parameters('location')]"),
  properties: v.strictObject({ securityRules: v.array(SecurityRule) }),
});

// A name that would break every format if it were copied as it is.
const hostile = `web'"; $(rm -rf /) \${x} #`;
const t = topology({
  rules: [rule(hostile, { floatingIp: true }), rule('api', { frontendPort: 8080, backendPort: 8080 })],
  inboundNatRules: [natRule('rdp')],
  vms: [vm('VM1', '10.0.0.4'), vm('VM 2', '10.0.0.5')],
  backendPools: [{ name: 'pool', members: ['VM1', 'VM 2'] }],
});
const nsg = (format: Parameters<typeof exportTopology>[1]) => exportTopology(t, format, undefined, { nsg: true }).text;

describe('NSG in the exports', () => {
  it('is left out unless asked for', () => {
    expect(exportTopology(t, 'terraform').text).not.toContain('azurerm_network_security_group');
    expect(JSON.parse(exportTopology(t, 'arm').text).resources).toHaveLength(1);
  });

  it('ARM: a second resource with the planned rules, in the REST shape; the load balancer unchanged', () => {
    const arm = JSON.parse(nsg('arm'));
    const plain = JSON.parse(exportTopology(t, 'arm').text);
    expect(arm.resources[0]).toEqual(plain.resources[0]);
    expect(v.safeParse(LoadBalancerResource, arm.resources[0]).success).toBe(true);
    const parsed = v.safeParse(NsgResource, arm.resources[1]);
    expect(parsed.issues?.map((i) => `${v.getDotPath(i)}: ${i.message}`) ?? []).toEqual([]);
    const plan = planNsg(t);
    expect(arm.resources[1].properties.securityRules.map((r: { name: string }) => r.name)).toEqual(plan.rules.map((r) => r.name));
    expect(arm.resources[1].properties.securityRules[0].properties).toMatchObject({
      destinationAddressPrefix: '203.0.113.1',
      destinationPortRange: '80',
      sourceAddressPrefix: 'Internet',
    });
    expect(arm.metadata.floatplanNsgNote).toContain('Associate lb-nsg with the NICs of VM 2, VM1');
  });

  it('Bicep: the translator reads the NSG resource back as the ARM export writes it', async () => {
    const parsed = await parseBicep(nsg('bicep'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const arm = bicepToArm(parsed.tree.root).template as { resources: Record<string, unknown>[] };
    parsed.tree.dispose();
    const fromBicep = arm.resources.find((r) => r.type === 'Microsoft.Network/networkSecurityGroups')!;
    const fromArm = JSON.parse(nsg('arm')).resources[1];
    expect(fromBicep.properties).toEqual(fromArm.properties);
    expect(fromBicep.name).toBe('lb-nsg');
  });

  it('Terraform: security rules and one association per member NIC the export creates', () => {
    const tf = nsg('terraform');
    expect(tf).toContain('resource "azurerm_network_security_group" "nsg" {');
    expect(tf).toContain('destination_address_prefixes = ["10.0.0.4", "10.0.0.5"]');
    for (const label of ['VM1', 'VM_2']) {
      expect(tf).toContain(`resource "azurerm_network_interface" "nic_${label}"`);
      expect(tf).toContain(`network_interface_id      = azurerm_network_interface.nic_${label}.id`);
    }
  });

  it('Azure CLI: nsg create and one rule per planned rule; no topology text reaches the script unquoted', () => {
    const sh = nsg('azcli');
    expect(sh.match(/^az network nsg rule create/gm)).toHaveLength(planNsg(t).rules.length);
    expect(sh).toContain("--protocol 'Tcp'");
    expect(sh).toContain(
      '# az network nic update --resource-group "$RESOURCE_GROUP" --name \'VM 2-nic\' --network-security-group "$NSG_NAME"',
    );
    // The hostile rule name reaches the NSG section only as a safe rule name.
    const section = sh.slice(sh.indexOf('NSG_NAME='));
    expect(section).not.toContain('$(rm');
    expect(section).toContain("--name 'allow-rule-web-rm-rf-x'");
  });
});
