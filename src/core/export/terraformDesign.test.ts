// Terraform of a design of several load balancers: every load balancer in one configuration, read back by the import.
import { describe, expect, it } from 'vitest';
import { importDefinition } from '../import/importDefinition';
import { errorOf } from '../import/text';
import { lbView } from '../topology/design';
import type { Topology } from '../topology/schema';
import { exportDesign } from './design';
import { crossRegion, gatewayChain, nvaSandwich } from './multiLb.testing';

async function terraformRoundTrip(t: Topology) {
  const r = await importDefinition(exportDesign(t, 'terraform').text, { format: 'terraform' });
  if (!r.ok) throw new Error(errorOf(r));
  return r;
}

/** What a load balancer is made of, by name, as the import gives it back. */
const shape = (t: Topology) =>
  t.loadBalancers.map((lb) => ({
    name: lb.name,
    type: lb.type,
    frontends: lb.frontends.map((f) => [f.name, f.ip]),
    pools: lb.backendPools.map((p) => [p.name, p.members, p.frontendIpHolder ?? 'every-member']),
    probes: lb.probes.map((p) => [p.name, p.protocol, p.port]),
    rules: lb.rules.map((r) => [r.name, r.frontend, r.backendPool, r.protocol, r.frontendPort, r.backendPort, r.floatingIp, r.probe]),
  }));

describe('exportDesign (Terraform)', () => {
  it.each([
    ['an NVA sandwich', nvaSandwich()],
    ['a cross-region design', crossRegion()],
    ['a Gateway chain', gatewayChain()],
  ])('%s: every load balancer in one configuration, imported back the same', async (_, t) => {
    const tf = exportDesign(t, 'terraform');
    expect(tf.notes.filter((n) => n.severity === 'error')).toEqual([]);
    expect(tf.text.match(/^resource "azurerm_lb" "\w+" \{$/gm)).toHaveLength(t.loadBalancers.length);
    const labels = [...tf.text.matchAll(/^resource "(\w+)" "(\w+)" \{$/gm)].map((m) => `${m[1]}.${m[2]}`);
    expect(new Set(labels).size).toBe(labels.length);
    expect(tf.text.match(/^resource "azurerm_network_interface" /gm)).toHaveLength(t.vms.length);
    const r = await terraformRoundTrip(t);
    expect(shape(r.topology)).toEqual(shape(t));
    expect(r.topology.vms.map((vm) => [vm.name, vm.nic.ip])).toEqual(t.vms.map((vm) => [vm.name, vm.nic.ip]));
  });

  it('gives each load balancer its own resources when names repeat across them (tcp-22 in both)', () => {
    const text = exportDesign(nvaSandwich(), 'terraform').text;
    expect(text).toContain('resource "azurerm_lb_probe" "tcp_22" {');
    expect(text).toContain('resource "azurerm_lb_probe" "lb1_tcp_22" {');
    expect(text).toMatch(/probe_id += azurerm_lb_probe\.lb1_tcp_22\.id/);
    // Both pools' appliances forward IP; their NICs are written once.
    expect(text.match(/ip_forwarding_enabled = true/g)).toHaveLength(2);
  });

  it("heads the file with the design's findings: each load balancer's, then those across them", () => {
    const clean = exportDesign(crossRegion(), 'terraform');
    // A VM behind a regional load balancer has an outbound path: one view alone (the Global one) must not say otherwise.
    expect(clean.notes.map((n) => n.code)).not.toContain('NoOutboundPath');
    const t = crossRegion();
    t.loadBalancers[1]!.rules[0]!.probe = undefined;
    t.loadBalancers[0]!.backendPools[0]!.regionalFrontends!.push({ loadBalancer: 'lb-north', frontend: 'fe-north' });
    const tf = exportDesign(t, 'terraform');
    const lb = t.loadBalancers[1]!.name;
    const noted = tf.notes.filter((n) => n.severity !== 'info');
    expect(noted.find((n) => n.code === 'CrossLoadBalancerReferenceUnresolved')?.message).toMatch(/^Across load balancers: .*lb-north/);
    expect(noted.find((n) => n.code === 'NoProbe')?.message).toMatch(new RegExp(`^${lb}: `));
    const header = tf.text.slice(0, tf.text.indexOf('terraform {'));
    for (const n of noted) expect(header).toContain(`# ${'  '}${n.severity.toUpperCase()} ${n.code}: ${n.message}`);
  });

  it('writes the Global tier and the regional frontends as pool addresses of the Global pool', () => {
    const text = exportDesign(crossRegion(), 'terraform').text;
    expect(text).toMatch(/name += "lb-global"[\s\S]*?sku_tier += "Global"/);
    expect(text.match(/sku_tier += "Regional"/g)).toHaveLength(2);
    expect(text).toMatch(
      /resource "azurerm_lb_backend_address_pool_address" "regions_lb_east_fe_east" \{\n {2}name += "lb-east-fe-east"\n {2}backend_address_pool_id += azurerm_lb_backend_address_pool\.regions\.id\n {2}backend_address_ip_configuration_id = azurerm_lb\.lb1\.frontend_ip_configuration\[0\]\.id\n\}/,
    );
  });

  it('chains a frontend to the Gateway load balancer by its frontend id', () => {
    const text = exportDesign(gatewayChain(), 'terraform').text;
    expect(text).toMatch(
      /frontend_ip_configuration \{\n {4}name += "fe-app"\n[^}]*gateway_load_balancer_frontend_ip_configuration_id = azurerm_lb\.lb1\.frontend_ip_configuration\[0\]\.id\n {2}\}/,
    );
  });

  it('a NIC chained to a Gateway load balancer gets the reference on its primary ip_configuration', () => {
    const t = gatewayChain();
    const app = t.vms[0]!;
    const chained: Topology = {
      ...t,
      loadBalancers: t.loadBalancers.map((lb) => ({ ...lb, frontends: lb.frontends.map(({ gatewayLoadBalancer: _, ...f }) => f) })),
      vms: [{ ...app, nic: { ...app.nic, gatewayLoadBalancer: { loadBalancer: 'lb-gw', frontend: 'fe-gw' } } }, ...t.vms.slice(1)],
    };
    const text = exportDesign(chained, 'terraform').text;
    expect(text.match(/gateway_load_balancer_frontend_ip_configuration_id/g)).toHaveLength(1);
    expect(text).toMatch(
      new RegExp(
        `"floatplan-vm" += "${app.name}"[\\s\\S]*?primary += true\\n {4}gateway_load_balancer_frontend_ip_configuration_id = azurerm_lb\\.lb1\\.frontend_ip_configuration\\[0\\]\\.id`,
      ),
    );
  });

  it('keeps the Gateway chain, the Global tier and the Global pool through the import', async () => {
    const chain = await terraformRoundTrip(gatewayChain());
    expect(lbView(chain.topology, 'lb-app').frontends[0]!.gatewayLoadBalancer).toEqual({ loadBalancer: 'lb-gw', frontend: 'fe-gw' });
    const global = await terraformRoundTrip(crossRegion());
    expect(global.topology.loadBalancers.map((lb) => lb.tier ?? 'Regional')).toEqual(['Global', 'Regional', 'Regional']);
    expect(lbView(global.topology, 'lb-global').backendPools[0]!.regionalFrontends).toEqual(
      crossRegion().loadBalancers[0]!.backendPools[0]!.regionalFrontends,
    );
  });

  it.each([
    ['an NVA sandwich', nvaSandwich()],
    ['a cross-region design', crossRegion()],
    ['a Gateway chain', gatewayChain()],
  ])('%s: its own Terraform imports without warnings about the other load balancers', async (_, t) => {
    const r = await terraformRoundTrip(t);
    const keys = r.diagnostics.map((d) => d.text.key);
    expect(keys).not.toContain('import.tf.otherLb');
    expect(keys).not.toContain('import.tf.membershipElsewhere');
  });
});
