// Real public load balancer definitions nobody here wrote (SOURCES.md: repository, path, commit, licence), imported
// through importDefinition as the CLI and the app do. Every expectation is what Azure builds from the file, read by hand
// from the file's text (the evidence line is quoted in a comment), not what the importer happens to say today.
// `it.fails` records a defect: the test states the correct fact and fails until the importer gets it right. When a
// defect is fixed, its `it.fails` turns red: make it a plain `it`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { messageOf } from '../../diagnostics/diagnostic';
import type { Topology } from '../../topology/schema';
import { validate } from '../../validation/analyze';
import { importDefinition } from '../importDefinition';
import { imported } from '../imported.testing';
import type { ImportFormat, ImportOptions, ImportSuccess } from '../types';

const TIMEOUT = 60_000;
const text = (file: string) => readFileSync(new URL(`./${file}`, import.meta.url), 'utf8');
const formatOf = (file: string): ImportFormat => (file.endsWith('.tf') ? 'terraform' : file.endsWith('.bicep') ? 'bicep' : 'arm');
const load = async (file: string, options: ImportOptions = {}): Promise<ImportSuccess> =>
  imported(await importDefinition(text(file), { format: formatOf(file), ...options }));
/** name, protocol, frontendPort, backendPort, floatingIp, probe, frontend, backendPool */
const ruleRows = (t: Topology) =>
  t.rules.map((r) => [r.name, r.protocol, r.frontendPort, r.backendPort, r.floatingIp, r.probe, r.frontend, r.backendPool]);
const pools = (t: Topology) => t.backendPools.map((p) => [p.name, p.members]);
const probes = (t: Topology) => t.probes.map(({ placeholders: _, ...p }) => p);
const placeheld = (x: { placeholders?: { field: string }[] }) => (x.placeholders ?? []).map((p) => p.field);
const codes = (t: Topology) => validate(t).map((d) => `${d.severity} ${d.code}`);
const said = (r: ImportSuccess) => r.diagnostics.map((d) => `${d.code} ${d.path ?? ''}: ${messageOf(d)}`).join('\n');

describe('real-world load balancer definitions', { timeout: TIMEOUT }, () => {
  describe('fd-private-link-load-balancer.bicep (front-door-premium-vm-private-link module)', () => {
    it('imports the Standard internal LB with a dynamic private frontend and one Tcp 80 rule, floating IP off', async () => {
      const t = (await load('fd-private-link-load-balancer.bicep')).topology;
      // sku { name: 'Standard' }; the frontend has a subnet and privateIPAllocationMethod: 'Dynamic'.
      expect(t.loadBalancer).toEqual({ name: 'MyLoadBalancer', sku: 'Standard', type: 'Internal' });
      expect(t.frontends.map((f) => f.name)).toEqual(['MyFrontendIPConfiguration']);
      // Azure allocates the address from the subnet: a placeholder, said so.
      expect(t.frontends[0]!.placeholders).toEqual([expect.objectContaining({ field: 'ip', reason: 'allocatedByAzure' })]);
      expect(pools(t)).toEqual([['MyBackendAddressPool', []]]);
      expect(probes(t)).toEqual([{ name: 'MyHealthProbe', protocol: 'Tcp', port: 80, intervalInSeconds: 15, probeThreshold: 2 }]);
      // HttpRule sets no enableFloatingIP: Azure's default is false.
      expect(ruleRows(t)).toEqual([
        ['HttpRule', 'Tcp', 80, 80, false, 'MyHealthProbe', 'MyFrontendIPConfiguration', 'MyBackendAddressPool'],
      ]);
      expect(t.rules[0]!.idleTimeoutMinutes).toBe(15);
      expect(t.vms).toEqual([]);
      expect(codes(t).filter((c) => c.startsWith('error'))).toEqual([]);
    });
  });

  describe('internal-loadbalancer-create (Bicep and its generated ARM JSON)', () => {
    for (const file of ['ilb-create-main.bicep', 'ilb-create-azuredeploy.json']) {
      it(`${file}: static frontend 10.0.0.6, two Windows VMs from the loops in the pool, NAT gateway on their subnet`, async () => {
        const t = (await load(file)).topology;
        expect(t.loadBalancer).toEqual({ name: 'internal-lb', sku: 'Standard', type: 'Internal' });
        // privateIPAddress: lbPublicIPAddress (default '10.0.0.6'), privateIPAllocationMethod: 'Static'.
        expect(t.frontends.map((f) => [f.name, f.ip])).toEqual([['LoadBalancerFrontend', '10.0.0.6']]);
        // numberOfInstances = 2; NIC lb-nic<i> joins BackendPool1; VM '${vmNamePrefix}${i}' (BackendVM) uses networkInterface[i].
        expect(pools(t)).toEqual([['BackendPool1', ['BackendVM0', 'BackendVM1']]]);
        expect(t.vms.map((v) => [v.name, v.os, v.natGateway])).toEqual([
          ['BackendVM0', 'windows', true],
          ['BackendVM1', 'windows', true],
        ]);
        expect(ruleRows(t)).toEqual([['lbrule', 'Tcp', 80, 80, false, 'lbprobe', 'LoadBalancerFrontend', 'BackendPool1']]);
        expect(probes(t)).toEqual([{ name: 'lbprobe', protocol: 'Tcp', port: 80, intervalInSeconds: 15, probeThreshold: 2 }]);
        expect(codes(t).filter((c) => c.startsWith('error'))).toEqual([]);
      });
    }
  });

  describe('lb-standard-create-main.bicep (load-balancer-standard-create quickstart)', () => {
    // The VM loop's `zones: [ string(i) ]` (line 91): string() is a Bicep built-in (it once stopped the import).
    it('imports three zonal Windows VMs in both pools, the HTTP rule and the outbound rule', async () => {
      const t = (await load('lb-standard-create-main.bicep', { params: { projectName: 'demo' } })).topology;
      expect(t.loadBalancer).toEqual({ name: 'demo-lb', sku: 'Standard', type: 'Public' });
      expect(t.frontends.map((f) => f.name)).toEqual(['LoadBalancerFrontEnd', 'LoadBalancerFrontEndOutbound']);
      // NICs range(0, 3) are named vm${i + 1}; VMs range(1, 3) are vm1..vm3 (range(start, count)). Each NIC is in both pools.
      const vms = ['demo-vm1', 'demo-vm2', 'demo-vm3'];
      expect(pools(t)).toEqual([
        ['LoadBalancerBackEndPool', vms],
        ['LoadBalancerBackEndPoolOutbound', vms],
      ]);
      expect(t.vms.map((v) => [v.name, v.os])).toEqual(vms.map((n) => [n, 'windows']));
      expect(ruleRows(t)).toEqual([
        ['myHTTPRule', 'Tcp', 80, 80, false, 'loadBalancerHealthProbe', 'LoadBalancerFrontEnd', 'LoadBalancerBackEndPool'],
      ]);
      expect(t.rules[0]!.disableOutboundSnat).toBe(true);
      expect(t.outboundRules).toEqual([
        {
          name: 'myOutboundRule',
          frontends: ['LoadBalancerFrontEndOutbound'],
          backendPool: 'LoadBalancerBackEndPoolOutbound',
          protocol: 'All',
          allocatedOutboundPorts: 10000,
          idleTimeoutMinutes: 15,
          enableTcpReset: false,
        },
      ]);
    });
  });

  describe('cross-region-main.bicep (load-balancer-cross-region quickstart: two regional LBs and a Global one)', () => {
    it('with projectName: the first regional LB, its three VMs only, behind the NAT gateway of their subnet', async () => {
      const r = await load('cross-region-main.bicep', { params: { projectName: 'demo' } });
      expect(r.loadBalancers).toEqual(['demo-lb-r1', 'demo-lb-r2', 'demo-lb-cr']);
      const t = r.topology;
      expect(t.loadBalancer).toEqual({ name: 'demo-lb-r1', sku: 'Standard', type: 'Public' });
      expect(pools(t)).toEqual([['LoadBalancerBackEndPool-r1', ['vm-r1-1', 'vm-r1-2', 'vm-r1-3']]]);
      // vnetSubnetR1 has natGateway: { id: natGatewayR1.id }.
      expect(t.vms.map((v) => [v.name, v.os, v.natGateway])).toEqual([
        ['vm-r1-1', 'windows', true],
        ['vm-r1-2', 'windows', true],
        ['vm-r1-3', 'windows', true],
      ]);
      expect(ruleRows(t)).toEqual([
        ['myHTTPRule', 'Tcp', 80, 80, false, 'loadBalancerHealthProbe-r1', 'LoadBalancerFrontEnd-r1', 'LoadBalancerBackEndPool-r1'],
      ]);
      expect(probes(t)).toEqual([
        { name: 'loadBalancerHealthProbe-r1', protocol: 'Http', port: 80, requestPath: '/', intervalInSeconds: 5, probeThreshold: 2 },
      ]);
    });

    it('with projectName and --lb demo-lb-r2: the second region with its own three VMs', async () => {
      const t = (await load('cross-region-main.bicep', { params: { projectName: 'demo' }, loadBalancer: 'demo-lb-r2' })).topology;
      expect(pools(t)).toEqual([['LoadBalancerBackEndPool-r2', ['vm-r2-1', 'vm-r2-2', 'vm-r2-3']]]);
    });

    it('the Global tier LB: one Tcp 80 rule without probe, and the Global tier is said', async () => {
      const r = await load('cross-region-main.bicep', { params: { projectName: 'demo' }, loadBalancer: 'demo-lb-cr' });
      // lbCr: sku { name: 'Standard', tier: 'Global' }; LBRule has no probe (a Global LB takes none).
      expect(ruleRows(r.topology)).toEqual([
        ['LBRule', 'Tcp', 80, 80, false, undefined, 'LoadBalancerFrontEnd-cr', 'LoadBalancerBackEndPool-cr'],
      ]);
      expect(r.topology.probes).toEqual([]);
      expect(said(r)).toMatch(/Global/);
    });

    // Without projectName, the NICs of region 2 join lbR2's pool
    // (resourceId('Microsoft.Network/loadBalancers/backendAddressPools', lbR2Name, lbBackendPoolR2Name)); they were put in
    // lbR1's pool because "the load balancer has only one backend pool". The pool segment 'LoadBalancerBackEndPool-r2'
    // is known and differs, and the file has three load balancers: the fallback must not apply.
    it('without projectName: only the region-1 VMs are members of the region-1 pool', async () => {
      const t = (await load('cross-region-main.bicep')).topology;
      expect(pools(t)).toEqual([['LoadBalancerBackEndPool-r1', ['vm-r1-1', 'vm-r1-2', 'vm-r1-3']]]);
    });

    // Without projectName the VMs lost their NAT gateway (natGateway absent), which validate then turned into a false
    // NoOutboundPath warning. The subnet (vnetSubnetR1, natGateway: natGatewayR1.id) does not depend on projectName; its
    // name and the NICs' subnet id are built from the same expressions.
    it('without projectName: the region-1 VMs still have the NAT gateway of their subnet', async () => {
      const t = (await load('cross-region-main.bicep')).topology;
      const r1 = t.vms.filter((v) => v.name.startsWith('vm-r1-'));
      expect(r1.map((v) => v.natGateway)).toEqual([true, true, true]);
      expect(codes(t)).not.toContain('warning NoOutboundPath');
    });
  });

  describe('avm-external-main.test.bicep (AVM load-balancer module, e2e "external" test)', () => {
    it('reads the module call: public frontend, two rules with the module defaults, two NAT rules, the outbound rule', async () => {
      const t = (await load('avm-external-main.test.bicep')).topology;
      // name: '${namePrefix}${serviceShort}001' with the pipeline token left visible (as for the AVM "internal" test).
      expect(t.loadBalancer).toEqual({ name: '#_namePrefix_#nlbext001', sku: 'Standard', type: 'Public' });
      expect(t.frontends.map((f) => [f.name, placeheld(f)])).toEqual([['publicIPConfig1', ['ip']]]);
      expect(pools(t)).toEqual([
        ['backendAddressPool1', []],
        ['backendAddressPool2', []],
      ]);
      // Rule 2 sets no protocol, enableFloatingIP, idle timeout, tcp reset or SNAT: the module's 'Tcp', false, 4, false, true.
      expect(t.rules).toEqual([
        {
          name: 'publicIPLBRule1',
          frontend: 'publicIPConfig1',
          backendPool: 'backendAddressPool1',
          protocol: 'Tcp',
          frontendPort: 80,
          backendPort: 80,
          floatingIp: false,
          probe: 'probe1',
          idleTimeoutMinutes: 5,
          enableTcpReset: false,
          loadDistribution: 'Default',
          disableOutboundSnat: true,
        },
        {
          name: 'publicIPLBRule2',
          frontend: 'publicIPConfig1',
          backendPool: 'backendAddressPool2',
          protocol: 'Tcp',
          frontendPort: 8080,
          backendPort: 8080,
          floatingIp: false,
          probe: 'probe2',
          idleTimeoutMinutes: 4,
          enableTcpReset: false,
          loadDistribution: 'Default',
          disableOutboundSnat: true,
        },
      ]);
      expect(t.inboundNatRules!.map((n) => [n.name, n.frontend, n.protocol, n.frontendPort, n.backendPort, n.floatingIp])).toEqual([
        ['inboundNatRule1', 'publicIPConfig1', 'Tcp', 443, 443, false],
        ['inboundNatRule2', 'publicIPConfig1', 'Tcp', 3389, 3389, false],
      ]);
      expect(t.probes.map((p) => [p.name, p.protocol, p.port, p.requestPath, p.intervalInSeconds])).toEqual([
        ['probe1', 'Http', 80, '/http-probe', 10],
        ['probe2', 'Https', 443, '/https-probe', 5],
      ]);
      expect(t.outboundRules!.map((o) => [o.name, o.frontends, o.backendPool, o.protocol])).toEqual([
        ['outboundRule1', ['publicIPConfig1'], 'backendAddressPool1', 'All'],
      ]);
      expect(codes(t).filter((c) => c.startsWith('error'))).toEqual([]);
    });

    // outboundRule1 sets allocatedOutboundPorts: 63984; the module's outboundRulesVar adds enableTcpReset true and
    // idleTimeoutInMinutes 4 (Azure/bicep-registry-modules avm/res/network/load-balancer/main.bicep). They were dropped.
    it('the outbound rule keeps its allocated ports and the module defaults', async () => {
      const t = (await load('avm-external-main.test.bicep')).topology;
      expect(t.outboundRules).toEqual([
        {
          name: 'outboundRule1',
          frontends: ['publicIPConfig1'],
          backendPool: 'backendAddressPool1',
          protocol: 'All',
          allocatedOutboundPorts: 63984,
          idleTimeoutMinutes: 4,
          enableTcpReset: true,
        },
      ]);
    });

    // probe1 sets numberOfProbes: 5 and probe2 gets the module's numberOfProbes 2 (probesVar; the module version this
    // test calls, with publicIPAddressId frontends, writes no probeThreshold). Both were imported with probeThreshold 1;
    // a Microsoft.Network/loadBalancers resource with the same numberOfProbes is imported as that probeThreshold.
    it('probe thresholds follow numberOfProbes as for a load balancer resource', async () => {
      const t = (await load('avm-external-main.test.bicep')).topology;
      expect(t.probes.map((p) => [p.name, p.probeThreshold])).toEqual([
        ['probe1', 5],
        ['probe2', 2],
      ]);
    });

    // param resourceLocation string = deployment().location only reaches the module's location, which the topology
    // does not hold: no warning about it (it once said "the object has no property 'location'").
    it('says nothing about a parameter that only sets the location', async () => {
      const r = await load('avm-external-main.test.bicep');
      expect(said(r)).not.toMatch(/resourceLocation/);
    });
  });

  describe('2-vms-natrules-azuredeploy.json (2-vms-loadbalancer-natrules quickstart)', () => {
    it('imports the Basic public LB and its two copy-loop NAT rules, each bound to the NIC that references it', async () => {
      const r = await load('2-vms-natrules-azuredeploy.json');
      const t = r.topology;
      // No sku: Basic. The public IP is Dynamic: its address is Azure's.
      expect(t.loadBalancer).toEqual({ name: 'myLB', sku: 'Basic', type: 'Public' });
      expect(t.frontends.map((f) => [f.name, placeheld(f)])).toEqual([['LoadBalancerFrontend', ['ip']]]);
      expect(t.rules).toEqual([]);
      expect(t.probes).toEqual([]);
      // inboundNatRules child resource in a copy loop: name 'RDP-VM' + copyIndex(), frontendPort copyIndex(5000), 3389.
      // Its frontend id says 'loadBalancerFrontend' (lower-case l): ids are case-insensitive in Azure.
      expect(t.inboundNatRules!.map((n) => [n.name, n.frontend, n.protocol, n.frontendPort, n.backendPort, n.floatingIp])).toEqual([
        ['RDP-VM0', 'LoadBalancerFrontend', 'Tcp', 5000, 3389, false],
        ['RDP-VM1', 'LoadBalancerFrontend', 'Tcp', 5001, 3389, false],
      ]);
      // NIC nic<i> joins LoadBalancerBackend and references RDP-VM<i>.
      expect(t.vms).toHaveLength(2);
      expect(pools(t)).toEqual([['LoadBalancerBackend', t.vms.map((v) => v.name)]]);
      expect(t.inboundNatRules!.map((n) => n.target)).toEqual(t.vms.map((v) => v.name));
      // The VMs' networkInterfaces id is resourceId('Microsoft.Network/networkInterfaces', nicNamePrefix, copyindex()):
      // two name segments (one an integer) for a one-segment type. That is said, not silently dropped.
      expect(said(r)).toMatch(/networkProfile\.networkInterfaces\[0\]\.id.*resourceId\(\)/);
    });

    it('says the VMs reference their NIC with a malformed id, naming the VM, not that no VM uses the NIC', async () => {
      const r = await load('2-vms-natrules-azuredeploy.json');
      // myVM<i> (copyIndex i) names nic<i> with an id Azure rejects; the VMs are imported after their NICs.
      expect(said(r)).toMatch(/the VM "myVM0" names its network interface with .*malformed/);
      expect(said(r)).toMatch(/the VM "myVM1" names its network interface with .*malformed/);
      expect(said(r)).not.toMatch(/No virtual machine in the template uses/);
    });
  });

  describe('rest-gateway-lb-two-pools.json (REST example: Gateway LB, one rule to two pools)', () => {
    it('imports the Gateway LB, its two pools and probe, and says the second pool of the rule is not modelled', async () => {
      const r = await load('rest-gateway-lb-two-pools.json');
      const t = r.topology;
      expect(t.loadBalancer).toEqual({ name: 'lb', sku: 'Gateway', type: 'Internal' });
      expect(t.frontends.map((f) => f.name)).toEqual(['fe-lb']);
      expect(pools(t)).toEqual([
        ['be-lb1', []],
        ['be-lb2', []],
      ]);
      expect(probes(t)).toEqual([
        { name: 'probe-lb', protocol: 'Http', port: 80, requestPath: 'healthcheck.aspx', intervalInSeconds: 15, probeThreshold: 1 },
      ]);
      expect(t.rules.map((x) => [x.name, x.floatingIp, x.frontend, x.backendPool])).toEqual([['rulelb', true, 'fe-lb', 'be-lb1']]);
      expect(said(r)).toMatch(/be-lb2/);
    });

    // The PUT body the example sends (parameters.parameters.properties.loadBalancingRules[0]) is "protocol": "All",
    // ports 0/0: a Gateway LB takes only HA-ports rules. responses["200"].body is synthetic ("Tcp" with ports 0, the 201
    // body Tcp 80/80); reading it gave a false GatewayRuleNotHaPorts error for a load balancer Azure accepted.
    it('the rule is the HA-ports rule the request creates, and validates without error', async () => {
      const t = (await load('rest-gateway-lb-two-pools.json')).topology;
      expect(ruleRows(t)).toEqual([['rulelb', 'All', 0, 0, true, 'probe-lb', 'fe-lb', 'be-lb1']]);
      expect(codes(t).filter((c) => c.startsWith('error'))).toEqual([]);
    });
  });

  describe('tf-classic-lb-subnet-by-name-main.tf (Azure/loadbalancer/azurerm example "set_subnet_by_name")', () => {
    it('expands the classic module call: private static frontend, two rules and probes from the maps, one NAT rule', async () => {
      const r = await load('tf-classic-lb-subnet-by-name-main.tf');
      const t = r.topology;
      // type = "private", lb_sku = "Standard", frontend_private_ip_address = "10.0.1.6" (Static), name = "lb-aztest".
      expect(t.loadBalancer).toEqual({ name: 'lb-aztest', sku: 'Standard', type: 'Internal' });
      expect(t.frontends.map((f) => f.ip)).toEqual(['10.0.1.6']);
      // lb_probe keys in order: http = Tcp 80, http2 = Http 1443 "/"; rule i takes probe i (element(probe ids, index)).
      expect(t.probes.map((p) => [p.name, p.protocol, p.port, p.requestPath])).toEqual([
        ['http', 'Tcp', 80, undefined],
        ['http2', 'Http', 1443, '/'],
      ]);
      const fe = t.frontends[0]!.name;
      expect(ruleRows(t)).toEqual([
        ['http', 'Tcp', 80, 80, false, 'http', fe, 'BackEndAddressPool'],
        ['https', 'Tcp', 443, 443, false, 'http2', fe, 'BackEndAddressPool'],
      ]);
      // remote_port = { ssh = ["Tcp", "22"] }: NAT rule "VM-0", frontend port "5000${count.index + 1}" = 50001 → 22.
      expect(t.inboundNatRules!.map((n) => [n.name, n.protocol, n.frontendPort, n.backendPort])).toEqual([['VM-0', 'Tcp', 50001, 22]]);
      // module.network (Azure/network/azurerm) is another module: said.
      expect(said(r)).toMatch(/module\.network/);
    });
  });

  describe('tf-vm-cluster-linux-main.tf (Azure/terraform quickstart 101-vm-cluster-linux)', () => {
    it('imports the Basic public LB with an empty pool: no NIC is associated with it', async () => {
      const t = (await load('tf-vm-cluster-linux-main.tf')).topology;
      expect(t.loadBalancer).toEqual({ name: 'loadBalancer', sku: 'Basic', type: 'Public' });
      expect(pools(t)).toEqual([['BackEndAddressPool', []]]);
      expect(t.rules).toEqual([]);
      // count = 2 VMs, Canonical UbuntuServer 16.04; names come from random_pet: placeholders.
      expect(t.vms.map((v) => [v.os, placeheld(v).includes('name')])).toEqual([
        ['ubuntu', true],
        ['ubuntu', true],
      ]);
    });

    // Was a defect (CLI message, Terraform): the warning at azurerm_linux_virtual_machine.test[0].name said the VM "is
    // imported as "<random_pet.azurerm_linux_virtual_machine_name.id>0"", but the topology names it "<vm-1>".
    it('the message about an unresolved VM name gives the name the VM really gets', async () => {
      const r = await load('tf-vm-cluster-linux-main.tf');
      const d = r.diagnostics.find((x) => x.path === 'azurerm_linux_virtual_machine.test[0].name')!;
      expect(messageOf(d)).toContain(`"${r.topology.vms[0]!.name}"`);
    });

    // Defect (Terraform → validation): azurerm_subnet.test sets no default_outbound_access_enabled, and azurerm's default
    // is true, so the VMs keep default outbound access; validate warns NoOutboundPath ("their subnet gives no default
    // outbound access") for a subnet that gives it.
    it.fails('the VMs keep default outbound access (azurerm_subnet default), so no NoOutboundPath warning', async () => {
      const t = (await load('tf-vm-cluster-linux-main.tf')).topology;
      expect(t.vms.map((v) => v.defaultOutboundAccess)).toEqual([true, true]);
      expect(codes(t)).not.toContain('warning NoOutboundPath');
    });
  });

  describe('tf-vmss-lb-natpool-main.tf (azurerm example vm-scale-set/loadbalancer-probe)', () => {
    it('imports the Basic LB, its probe and pool, and says the NAT pool is not modelled', async () => {
      const r = await load('tf-vmss-lb-natpool-main.tf');
      const t = r.topology;
      expect(t.loadBalancer.sku).toBe('Basic');
      expect(t.loadBalancer.type).toBe('Public');
      expect(t.loadBalancer.name).toBe('<var.prefix>-lb');
      expect(t.frontends.map((f) => [f.name, placeheld(f)])).toEqual([['PublicIPAddress', ['ip']]]);
      expect(t.probes.map((p) => [p.name, p.protocol, p.port])).toEqual([['ssh-probe', 'Tcp', 22]]);
      expect(t.rules).toEqual([]);
      expect(r.diagnostics.some((d) => d.code === 'ImportIgnored' && d.path === 'azurerm_lb_nat_pool.example')).toBe(true);
    });

    // Was a defect (Terraform): the scale set's ip_configuration puts its instances in the pool
    // (load_balancer_backend_address_pool_ids = [azurerm_lb_backend_address_pool.example.id]) and uses the NAT pool, but
    // nothing mentioned azurerm_linux_virtual_machine_scale_set.example; the pool's message even said "no NIC association
    // or pool address points at it".
    it('the scale set that fills the pool is named, not silently left out', async () => {
      const r = await load('tf-vmss-lb-natpool-main.tf');
      expect(said(r)).toMatch(/azurerm_linux_virtual_machine_scale_set\.example/);
    });
  });

  describe('sap-automation-app-tier-infrastructure.tf (SAP deployment automation, app tier)', () => {
    it('imports the SCS load balancer: Standard, internal, HA-ports rules with floating IP and TCP reset', async () => {
      const r = await load('sap-automation-app-tier-infrastructure.tf');
      expect(r.loadBalancers).toEqual(['azurerm_lb.scs[0]', 'azurerm_lb.web[0]']);
      const t = r.topology;
      expect(t.loadBalancer.sku).toBe('Standard');
      expect(t.loadBalancer.type).toBe('Internal');
      // azurerm_lb_rule.scs: protocol "All", 0/0, enable_floating_ip = true, enable_tcp_reset = true.
      expect(t.rules[0]).toMatchObject({ protocol: 'All', frontendPort: 0, backendPort: 0, floatingIp: true, enableTcpReset: true });
      expect(t.rules.every((x) => x.floatingIp && x.protocol === 'All')).toBe(true);
    });

    // Was a defect (Terraform evaluator): azurerm_lb_rule.clst and .fs have
    // `count = local.enable_scs_lb_deployment && local.win_ha_scs ? 0 : 0`: both branches are 0, so there are none
    // whatever the locals are. The import could not evaluate the condition and imported each once: 4 rules, not scs and ers.
    it('a count whose branches are both 0 creates no instance', async () => {
      const t = (await load('sap-automation-app-tier-infrastructure.tf')).topology;
      expect(t.rules).toHaveLength(2);
    });

    // Was a defect (Terraform, placeholders → validation): port = local.hp_ports[count.index] cannot be evaluated and was
    // imported as 0 without a placeholder mark, so validate reported PortOutOfRange errors, not a PlaceholderValue warning.
    it('an unresolved probe port is marked as a placeholder, not reported as a wrong port', async () => {
      const t = (await load('sap-automation-app-tier-infrastructure.tf')).topology;
      expect(t.probes.map((p) => placeheld(p).includes('port'))).toEqual(t.probes.map(() => true));
      expect(codes(t)).not.toContain('error PortOutOfRange');
    });
  });
});
