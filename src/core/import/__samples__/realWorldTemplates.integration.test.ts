// Floatplan-authored Bicep, ARM and REST samples shaped after real public load balancer files (fixtures/SOURCES.md),
// imported through importDefinition as the CLI and the app do. Every expectation is what Azure builds from the
// sample, read by hand from its text. `it.fails` records a known defect: the test states the correct fact and fails
// until the importer gets it right. When a defect is fixed, its `it.fails` turns red: make it a plain `it`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ImportOptions } from '../types';
import { codes, importSample, placeheld, pools, probes, ruleRows, said, TIMEOUT } from './samples.testing';
import { lbView } from '../../topology/design';

/** The text of a sample, by its path under fixtures/ (`terraform/x.tf`). */
const sample = (path: string) => readFileSync(new URL(`./fixtures/${path}`, import.meta.url), 'utf8');
const load = (path: string, options?: ImportOptions) => importSample(sample(path), path, options);

describe('Bicep, ARM and REST samples shaped after real-world files', { timeout: TIMEOUT }, () => {
  describe('bicep/private-link-ilb-module.bicep (a module: internal LB behind a private link service)', () => {
    it('imports the Standard internal LB with a dynamic private frontend and one Tcp 443 rule, floating IP off', async () => {
      const t = lbView(
        (await load('bicep/private-link-ilb-module.bicep', { params: { frontendSubnetId: '/subscriptions/x/subnets/s' } })).topology,
      );
      // sku { name: 'Standard' }; the frontend has a subnet and privateIPAllocationMethod: 'Dynamic'.
      expect(t.loadBalancer).toEqual({ name: 'ilb-origin', sku: 'Standard', type: 'Internal' });
      expect(t.frontends.map((f) => f.name)).toEqual(['fe-origin']);
      // Azure allocates the address from the subnet: a placeholder, said so.
      expect(t.frontends[0]!.placeholders).toEqual([expect.objectContaining({ field: 'ip', reason: 'allocatedByAzure' })]);
      expect(pools(t)).toEqual([['pool-origin', []]]);
      expect(probes(t)).toEqual([{ name: 'probe-https', protocol: 'Tcp', port: 443, intervalInSeconds: 10, probeThreshold: 3 }]);
      // https-in sets no enableFloatingIP: Azure's default is false.
      expect(ruleRows(t)).toEqual([['https-in', 'Tcp', 443, 443, false, 'probe-https', 'fe-origin', 'pool-origin']]);
      expect(t.rules[0]!.idleTimeoutMinutes).toBe(10);
      expect(t.vms).toEqual([]);
      expect(codes(t).filter((c) => c.startsWith('error'))).toEqual([]);
    });
  });

  describe('internal-lb-vm-loop (Bicep and the ARM JSON it compiles to)', () => {
    for (const file of ['bicep/internal-lb-vm-loop.bicep', 'arm/internal-lb-vm-loop.json']) {
      it(`${file}: static frontend 10.8.1.50, two Windows VMs from the loops in the pool, NAT gateway on their subnet`, async () => {
        const t = lbView((await load(file)).topology);
        expect(t.loadBalancer).toEqual({ name: 'ilb-app', sku: 'Standard', type: 'Internal' });
        // privateIPAddress: frontendAddress (default '10.8.1.50'), privateIPAllocationMethod: 'Static'.
        expect(t.frontends.map((f) => [f.name, f.ip])).toEqual([['fe-app', '10.8.1.50']]);
        // vmCount = 2; NIC nic-app-<i> joins app-pool; VM '${vmPrefix}${i}' uses nics[i] (the JSON: nested range()).
        expect(pools(t)).toEqual([['app-pool', ['app-vm-0', 'app-vm-1']]]);
        expect(t.vms.map((v) => [v.name, v.os, v.natGateway])).toEqual([
          ['app-vm-0', 'windows', true],
          ['app-vm-1', 'windows', true],
        ]);
        expect(ruleRows(t)).toEqual([['rule-8443', 'Tcp', 8443, 8443, false, 'probe-8443', 'fe-app', 'app-pool']]);
        expect(probes(t)).toEqual([{ name: 'probe-8443', protocol: 'Tcp', port: 8443, intervalInSeconds: 5, probeThreshold: 2 }]);
        expect(codes(t).filter((c) => c.startsWith('error'))).toEqual([]);
      });
    }
  });

  describe('bicep/zonal-web-outbound.bicep (zonal VMs via string(), two pools, outbound rule)', () => {
    it('imports three zonal Windows VMs in both pools, the HTTP rule and the outbound rule', async () => {
      const t = lbView((await load('bicep/zonal-web-outbound.bicep', { params: { stack: 'demo' } })).topology);
      expect(t.loadBalancer).toEqual({ name: 'demo-web-lb', sku: 'Standard', type: 'Public' });
      expect(t.frontends.map((f) => f.name)).toEqual(['fe-inbound', 'fe-outbound']);
      // NICs range(0, 3) are named web${i + 1}; VMs range(1, 3) are web1..web3 (range(start, count)), zones [string(n)].
      const vms = ['demo-web1', 'demo-web2', 'demo-web3'];
      expect(pools(t)).toEqual([
        ['pool-web', vms],
        ['pool-egress', vms],
      ]);
      expect(t.vms.map((v) => [v.name, v.os])).toEqual(vms.map((n) => [n, 'windows']));
      expect(ruleRows(t)).toEqual([['http-in', 'Tcp', 80, 80, false, 'probe-http', 'fe-inbound', 'pool-web']]);
      expect(t.rules[0]!.disableOutboundSnat).toBe(true);
      expect(t.outboundRules).toEqual([
        {
          name: 'egress-all',
          frontends: ['fe-outbound'],
          backendPool: 'pool-egress',
          protocol: 'All',
          allocatedOutboundPorts: 8000,
          idleTimeoutMinutes: 10,
          enableTcpReset: false,
        },
      ]);
    });
  });

  describe('bicep/cross-region-global.bicep (two regional LBs and a Global tier one)', () => {
    const file = 'bicep/cross-region-global.bicep';

    it('with app: every LB in one topology; the first regional one with its three VMs, behind the NAT gateway of their subnet', async () => {
      const r = await load(file, { params: { app: 'demo' } });
      expect(r.loadBalancers).toEqual(['demo-lb-ra', 'demo-lb-rb', 'demo-lb-gl']);
      expect(r.topology.loadBalancers.map((lb) => [lb.name, lb.tier])).toEqual([
        ['demo-lb-ra', undefined],
        ['demo-lb-rb', undefined],
        ['demo-lb-gl', 'Global'],
      ]);
      const t = lbView(r.topology);
      expect(t.loadBalancer).toEqual({ name: 'demo-lb-ra', sku: 'Standard', type: 'Public' });
      expect(pools(t)).toEqual([['pool-ra', ['web-ra-1', 'web-ra-2', 'web-ra-3']]]);
      // subnetA has natGateway: { id: natGwA.id }.
      expect(t.vms.filter((v) => v.name.startsWith('web-ra')).map((v) => [v.name, v.os, v.natGateway])).toEqual([
        ['web-ra-1', 'windows', true],
        ['web-ra-2', 'windows', true],
        ['web-ra-3', 'windows', true],
      ]);
      expect(ruleRows(t)).toEqual([['web-ra', 'Tcp', 80, 80, false, 'probe-ra', 'fe-ra', 'pool-ra']]);
      expect(probes(t)).toEqual([
        { name: 'probe-ra', protocol: 'Http', port: 80, requestPath: '/healthz', intervalInSeconds: 10, probeThreshold: 3 },
      ]);
    });

    it('with app and --lb demo-lb-rb: the second region with its own three VMs', async () => {
      const t = lbView((await load(file, { params: { app: 'demo' }, loadBalancer: 'demo-lb-rb' })).topology);
      expect(pools(t)).toEqual([['pool-rb', ['web-rb-1', 'web-rb-2', 'web-rb-3']]]);
    });

    it('the Global tier LB: one Tcp 80 rule without probe, tier Global', async () => {
      const r = await load(file, { params: { app: 'demo' }, loadBalancer: 'demo-lb-gl' });
      // globalLb: sku { name: 'Standard', tier: 'Global' }; web-gl has no probe (a Global LB takes none).
      expect(ruleRows(lbView(r.topology))).toEqual([['web-gl', 'Tcp', 80, 80, false, undefined, 'fe-gl', 'pool-gl']]);
      expect(lbView(r.topology).probes).toEqual([]);
      expect(lbView(r.topology).loadBalancer.tier).toBe('Global');
    });

    // Was a defect (Bicep): without app, the NICs of region B join regionalLbB's pool
    // (resourceId('Microsoft.Network/loadBalancers/backendAddressPools', lbB, poolB)) but were put in regionalLbA's pool
    // because "the load balancer has only one backend pool". The pool segment 'pool-rb' is known and differs, and the
    // file has three load balancers: the fallback must not apply.
    it('without app: only the region-A VMs are members of the region-A pool', async () => {
      const t = lbView((await load(file)).topology);
      expect(pools(t)).toEqual([['pool-ra', ['web-ra-1', 'web-ra-2', 'web-ra-3']]]);
    });

    // Was a defect (Bicep): without app the VMs lost their NAT gateway (natGateway absent), which validate then turned into a
    // false NoOutboundPath warning. The subnet (subnetA, natGateway: natGwA.id) does not depend on app.
    it('without app: the region-A VMs still have the NAT gateway of their subnet', async () => {
      const t = lbView((await load(file)).topology);
      const a = t.vms.filter((v) => v.name.startsWith('web-ra-'));
      expect(a.map((v) => v.natGateway)).toEqual([true, true, true]);
      expect(codes(t)).not.toContain('warning NoOutboundPath');
    });
  });

  describe('bicep/avm-public-lb-call.bicep (AVM load-balancer module called from an e2e test)', () => {
    const file = 'bicep/avm-public-lb-call.bicep';

    it('reads the module call: public frontend, two rules with the module defaults, two NAT rules, the outbound rule', async () => {
      const t = lbView((await load(file)).topology);
      // name: '${token}${suffix}01' with the pipeline token left visible.
      expect(t.loadBalancer).toEqual({ name: '#_token_#lbpub01', sku: 'Standard', type: 'Public' });
      expect(t.frontends.map((f) => [f.name, placeheld(f)])).toEqual([['fe-public', ['ip']]]);
      expect(pools(t)).toEqual([
        ['pool-web', []],
        ['pool-api', []],
      ]);
      // rule-api sets no protocol, enableFloatingIP, idle timeout, tcp reset or SNAT: the module's 'Tcp', false, 4, false, true.
      const common = { frontend: 'fe-public', protocol: 'Tcp', floatingIp: false, enableTcpReset: false, loadDistribution: 'Default' };
      expect(t.rules).toEqual([
        {
          name: 'rule-web',
          ...common,
          backendPool: 'pool-web',
          frontendPort: 80,
          backendPort: 80,
          probe: 'probe-web',
          idleTimeoutMinutes: 10,
          disableOutboundSnat: true,
        },
        {
          name: 'rule-api',
          ...common,
          backendPool: 'pool-api',
          frontendPort: 8443,
          backendPort: 8443,
          probe: 'probe-api',
          idleTimeoutMinutes: 4,
          disableOutboundSnat: true,
        },
      ]);
      expect(t.inboundNatRules!.map((n) => [n.name, n.frontend, n.protocol, n.frontendPort, n.backendPort, n.floatingIp])).toEqual([
        ['nat-ssh', 'fe-public', 'Tcp', 2200, 22, false],
        ['nat-rdp', 'fe-public', 'Tcp', 3390, 3389, false],
      ]);
      expect(t.probes.map((p) => [p.name, p.protocol, p.port, p.requestPath, p.intervalInSeconds])).toEqual([
        ['probe-web', 'Http', 80, '/alive', 15],
        ['probe-api', 'Https', 8443, '/api/health', 5],
      ]);
      expect(t.outboundRules!.map((o) => [o.name, o.frontends, o.backendPool, o.protocol])).toEqual([
        ['egress-web', ['fe-public'], 'pool-web', 'All'],
      ]);
      expect(codes(t).filter((c) => c.startsWith('error'))).toEqual([]);
    });

    // Was a defect (Bicep, AVM module call): egress-web sets allocatedOutboundPorts: 32000; the module's outbound rule
    // defaults add enableTcpReset true and idleTimeoutInMinutes 4. The import dropped all three.
    it('the outbound rule keeps its allocated ports and the module defaults', async () => {
      const t = lbView((await load(file)).topology);
      expect(t.outboundRules).toEqual([
        {
          name: 'egress-web',
          frontends: ['fe-public'],
          backendPool: 'pool-web',
          protocol: 'All',
          allocatedOutboundPorts: 32000,
          idleTimeoutMinutes: 4,
          enableTcpReset: true,
        },
      ]);
    });

    // Was a defect (Bicep, AVM module call): probe-web sets numberOfProbes: 4 and probe-api gets the module's numberOfProbes 2,
    // but both were imported with probeThreshold 1. A Microsoft.Network/loadBalancers resource with the same
    // numberOfProbes is imported as that probeThreshold (see private-link-ilb-module above): the module path must agree.
    it('probe thresholds follow numberOfProbes as for a load balancer resource', async () => {
      const t = lbView((await load(file)).topology);
      expect(t.probes.map((p) => [p.name, p.probeThreshold])).toEqual([
        ['probe-web', 4],
        ['probe-api', 2],
      ]);
    });

    // param testRegion string = deployment().location only reaches the module's location, which the topology does not
    // hold: no warning about it.
    it('says nothing about a parameter that only sets the location', async () => {
      const r = await load(file);
      expect(said(r)).not.toMatch(/testRegion/);
    });
  });

  describe('arm/basic-lb-nat-copy.json (Basic LB, NAT rules as child resources in a copy loop)', () => {
    it('imports the Basic public LB and its two copy-loop NAT rules, each bound to the NIC that references it', async () => {
      const r = await load('arm/basic-lb-nat-copy.json');
      const t = lbView(r.topology);
      // No sku: Basic. The public IP is Dynamic: its address is Azure's.
      expect(t.loadBalancer).toEqual({ name: 'lb-jump', sku: 'Basic', type: 'Public' });
      expect(t.frontends.map((f) => [f.name, placeheld(f)])).toEqual([['JumpFrontend', ['ip']]]);
      expect(t.rules).toEqual([]);
      expect(t.probes).toEqual([]);
      // inboundNatRules child resource in a copy loop: name 'rdp-' + copyIndex(), frontendPort copyIndex(6000), 3389.
      // Its frontend id says 'jumpfrontend' (lower case): ids are case-insensitive in Azure.
      expect(t.inboundNatRules!.map((n) => [n.name, n.frontend, n.protocol, n.frontendPort, n.backendPort, n.floatingIp])).toEqual([
        ['rdp-0', 'JumpFrontend', 'Tcp', 6000, 3389, false],
        ['rdp-1', 'JumpFrontend', 'Tcp', 6001, 3389, false],
      ]);
      // NIC jump-nic-<i> joins JumpPool and references rdp-<i>.
      expect(t.vms).toHaveLength(2);
      expect(pools(t)).toEqual([['JumpPool', t.vms.map((v) => v.name)]]);
      expect(t.inboundNatRules!.map((n) => n.target)).toEqual(t.vms.map((v) => v.name));
      // The VMs' networkInterfaces id is resourceId('Microsoft.Network/networkInterfaces', nicPrefix, copyIndex()): two
      // name segments (one an integer) for a one-segment type. That is said, not silently dropped.
      expect(said(r)).toMatch(/networkProfile\.networkInterfaces\[0\]\.id.*resourceId\(\)/);
    });
  });

  describe('arm/rest-gateway-two-pools.json (REST example shape: Gateway LB, one rule to two pools)', () => {
    const file = 'arm/rest-gateway-two-pools.json';

    it('imports the Gateway LB, its two pools and probe, and says the second pool of the rule is not modelled', async () => {
      const r = await load(file);
      const t = lbView(r.topology);
      expect(t.loadBalancer).toEqual({ name: 'gw-nva', sku: 'Gateway', type: 'Internal' });
      expect(t.frontends.map((f) => f.name)).toEqual(['fe-gw']);
      expect(pools(t)).toEqual([
        ['pool-int', []],
        ['pool-ext', []],
      ]);
      expect(probes(t)).toEqual([
        { name: 'probe-nva', protocol: 'Http', port: 8080, requestPath: 'health.html', intervalInSeconds: 10, probeThreshold: 1 },
      ]);
      expect(t.rules.map((x) => [x.name, x.floatingIp, x.frontend, x.backendPool])).toEqual([['rule-all', true, 'fe-gw', 'pool-int']]);
      expect(said(r)).toMatch(/pool-ext/);
    });

    // Was a defect (ARM/REST shape): the PUT body (parameters.parameters.properties.loadBalancingRules[0]) is "protocol": "All",
    // ports 0/0: a Gateway LB takes only HA-ports rules. Reading responses["200"].body instead (synthetic: "Tcp" 0/0; the
    // 201 body says Tcp 8080/8080) gave a false GatewayRuleNotHaPorts error for a load balancer Azure accepted.
    it('the rule is the HA-ports rule the request creates, and validates without error', async () => {
      const t = lbView((await load(file)).topology);
      expect(ruleRows(t)).toEqual([['rule-all', 'All', 0, 0, true, 'probe-nva', 'fe-gw', 'pool-int']]);
      expect(codes(t).filter((c) => c.startsWith('error'))).toEqual([]);
    });
  });
});
