// Floatplan-authored Terraform samples shaped after real public load balancer files (fixtures/SOURCES.md), imported
// through importDefinition as the CLI and the app do. Every expectation is what Azure builds from the sample, read by
// hand from its text. `it.fails` records a known defect: the test states the correct fact and fails until the importer
// gets it right. When a defect is fixed, its `it.fails` turns red: make it a plain `it`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ImportOptions } from '../types';
import { messageOf } from '../../diagnostics/diagnostic';
import { codes, importSample, placeheld, pools, ruleRows, said, TIMEOUT } from './samples.testing';
import { lbView } from '../../topology/design';

/** The text of a sample, by its path under fixtures/ (`terraform/x.tf`). */
const sample = (path: string) => readFileSync(new URL(`./fixtures/${path}`, import.meta.url), 'utf8');
const load = (path: string, options?: ImportOptions) => importSample(sample(path), path, options);

describe('Terraform samples shaped after real-world files', { timeout: TIMEOUT }, () => {
  describe('terraform/classic-subnet-by-name.tf (classic module, subnet found by name)', () => {
    it('expands the classic module call: private static frontend, two rules and probes from the maps, one NAT rule', async () => {
      const r = await load('terraform/classic-subnet-by-name.tf');
      const t = lbView(r.topology);
      // type = "private", lb_sku = "Standard", frontend_private_ip_address = "10.50.3.9" (Static), name = "ilb-db".
      expect(t.loadBalancer).toEqual({ name: 'ilb-db', sku: 'Standard', type: 'Internal' });
      expect(t.frontends.map((f) => f.ip)).toEqual(['10.50.3.9']);
      // lb_probe keys in order: pg = Tcp 5432, pgweb = Http 8008 "/health"; rule i takes probe i.
      expect(t.probes.map((p) => [p.name, p.protocol, p.port, p.requestPath])).toEqual([
        ['pg', 'Tcp', 5432, undefined],
        ['pgweb', 'Http', 8008, '/health'],
      ]);
      const fe = t.frontends[0]!.name;
      expect(ruleRows(t)).toEqual([
        ['pg', 'Tcp', 5432, 5432, false, 'pg', fe, 'BackEndAddressPool'],
        ['pgadm', 'Tcp', 5050, 5050, false, 'pgweb', fe, 'BackEndAddressPool'],
      ]);
      // remote_port = { ssh = ["Tcp", "22"] }: the module's NAT rule "VM-0", frontend port 50001 → 22.
      expect(t.inboundNatRules!.map((n) => [n.name, n.protocol, n.frontendPort, n.backendPort])).toEqual([['VM-0', 'Tcp', 50001, 22]]);
      // module.data_network (Azure/network/azurerm) is another module: said.
      expect(said(r)).toMatch(/module\.data_network/);
    });
  });

  describe('terraform/linux-pair-unjoined-pool.tf (Basic LB, pool no NIC joins, random_pet VM names)', () => {
    it('imports the Basic public LB with an empty pool: no NIC is associated with it', async () => {
      const t = lbView((await load('terraform/linux-pair-unjoined-pool.tf')).topology);
      expect(t.loadBalancer).toEqual({ name: 'lb-cluster', sku: 'Basic', type: 'Public' });
      expect(pools(t)).toEqual([['pool-nodes', []]]);
      expect(t.rules).toEqual([]);
      // count = 2 VMs, Canonical UbuntuServer; names come from random_pet: placeholders.
      expect(t.vms.map((v) => [v.os, placeheld(v).includes('name')])).toEqual([
        ['ubuntu', true],
        ['ubuntu', true],
      ]);
    });

    // Was a defect (CLI message, Terraform): the warning at the VM's name gave a name other than the one the VM gets.
    it('the message about an unresolved VM name gives the name the VM really gets', async () => {
      const r = await load('terraform/linux-pair-unjoined-pool.tf');
      const d = r.diagnostics.find((x) => x.path === 'azurerm_linux_virtual_machine.node[0].name')!;
      expect(messageOf(d)).toContain(`"${r.topology.vms[0]!.name}"`);
    });

    // Was a defect (Terraform → validation): azurerm_subnet.nodes sets no default_outbound_access_enabled, and azurerm's
    // default is true, so the VMs keep default outbound access; validate warned NoOutboundPath ("their subnet gives no
    // default outbound access") for a subnet that gives it.
    it('the VMs keep default outbound access (azurerm_subnet default), so no NoOutboundPath warning', async () => {
      const t = lbView((await load('terraform/linux-pair-unjoined-pool.tf')).topology);
      expect(t.vms.map((v) => v.defaultOutboundAccess)).toEqual([true, true]);
      expect(codes(t)).not.toContain('warning NoOutboundPath');
    });
  });

  describe('terraform/scale-set-nat-pool.tf (Basic LB, NAT pool, Linux scale set in the pool)', () => {
    it('imports the Basic LB, its probe and pool, and says the NAT pool is not modelled', async () => {
      const r = await load('terraform/scale-set-nat-pool.tf');
      const t = lbView(r.topology);
      expect(t.loadBalancer.sku).toBe('Basic');
      expect(t.loadBalancer.type).toBe('Public');
      // var.stem is not declared: a placeholder name.
      expect(t.loadBalancer.name).toBe('<var.stem>-lb');
      expect(t.frontends.map((f) => [f.name, placeheld(f)])).toEqual([['fleet-public', ['ip']]]);
      expect(t.probes.map((p) => [p.name, p.protocol, p.port])).toEqual([['sshd-alive', 'Tcp', 22]]);
      expect(t.rules).toEqual([]);
      expect(r.diagnostics.some((d) => d.code === 'ImportIgnored' && d.path === 'azurerm_lb_nat_pool.ssh')).toBe(true);
    });

    // Was a defect (Terraform): the scale set's ip_configuration puts its instances in the pool
    // (load_balancer_backend_address_pool_ids = [azurerm_lb_backend_address_pool.workers.id]) and uses the NAT pool, but
    // nothing mentioned azurerm_linux_virtual_machine_scale_set.workers; the pool's message even said "no NIC association
    // or pool address points at it".
    it('the scale set that fills the pool is named, not silently left out', async () => {
      const r = await load('terraform/scale-set-nat-pool.tf');
      expect(said(r)).toMatch(/azurerm_linux_virtual_machine_scale_set\.workers/);
    });
  });

  describe('terraform/sap-style-ha-tier.tf (SAP-style app tier: conditional counts, HA-ports ILBs)', () => {
    it('imports the CS load balancer: Standard, internal, HA-ports rules with floating IP and TCP reset', async () => {
      const r = await load('terraform/sap-style-ha-tier.tf');
      expect(r.loadBalancers).toEqual(['azurerm_lb.cs[0]', 'azurerm_lb.wd[0]']);
      const t = lbView(r.topology);
      expect(t.loadBalancer.sku).toBe('Standard');
      expect(t.loadBalancer.type).toBe('Internal');
      // azurerm_lb_rule.cs: protocol "All", 0/0, enable_floating_ip = true, enable_tcp_reset = true.
      expect(t.rules[0]).toMatchObject({ protocol: 'All', frontendPort: 0, backendPort: 0, floatingIp: true, enableTcpReset: true });
      expect(t.rules.every((x) => x.floatingIp && x.protocol === 'All')).toBe(true);
    });

    // Was a defect (Terraform evaluator): azurerm_lb_rule.wincluster and .fileshare have
    // `count = local.cs_lb_enabled && local.cs_windows_cluster ? 0 : 0`: both branches are 0, so there are none whatever
    // the locals are. The import could not evaluate the condition and imported each once: 4 rules, not cs and er.
    it('a count whose branches are both 0 creates no instance', async () => {
      const t = lbView((await load('terraform/sap-style-ha-tier.tf')).topology);
      expect(t.rules).toHaveLength(2);
    });

    // Was a defect (Terraform, placeholders → validation): port = local.probe_ports[count.index] cannot be evaluated and
    // was imported as 0 without a placeholder mark, so validate reported PortOutOfRange errors, not a PlaceholderValue warning.
    it('an unresolved probe port is marked as a placeholder, not reported as a wrong port', async () => {
      const t = lbView((await load('terraform/sap-style-ha-tier.tf')).topology);
      expect(t.probes.map((p) => placeheld(p).includes('port'))).toEqual(t.probes.map(() => true));
      expect(codes(t)).not.toContain('error PortOutOfRange');
    });
  });
});
