import { describe, expect, it } from 'vitest';
import { azureRealFixtures, readAzureFixture } from '../../testing/fixtures';
import { skipWithout } from '../../testing/prerequisites';
import { importDefinition } from '../importDefinition';
import type { ImportOutcome, ImportSuccess } from '../types';
import { importBicep } from './importBicep';
import { messageOf } from '../../diagnostics/diagnostic';
import { errorOf } from '../text';
import { lbView } from '../../topology/design';

function success(r: ImportOutcome): ImportSuccess {
  if (!r.ok) throw new Error(`import failed: ${errorOf(r)}`);
  return r;
}

describe.skipIf(skipWithout('fixtures'))('Bicep fixtures in azure-real', () => {
  it.each(azureRealFixtures('bicep'))('%s imports, detected as Bicep', async (name) => {
    const r = success(await importDefinition(readAzureFixture(name)));
    expect(r.format).toBe('bicep');
    expect(r.counts.rules).toBeGreaterThan(0);
  });

  describe('haports-ilb-main.bicep (quickstart: internal LB with an HA-ports rule)', () => {
    it('imports the HA-ports rule with floating IP off and its probe', async () => {
      const r = success(await importBicep(readAzureFixture('haports-ilb-main.bicep')));
      const t = lbView(r.topology);
      // lbsku defaults to 'Standard'; the only frontend sits on a subnet, so the LB is internal.
      expect(t.loadBalancer).toMatchObject({ sku: 'Standard', type: 'Internal' });
      expect(t.loadBalancer.name).toMatch(/^loadBalancer-/);
      expect(t.frontends.map((f) => f.name)).toEqual(['loadBalancerFrontEnd']);
      expect(t.rules).toHaveLength(1);
      // protocol: 'All', frontendPort: 0, backendPort: 0, enableFloatingIP: false, enableTcpReset: true,
      // loadDistribution: 'Default', disableOutboundSnat: true, idleTimeoutInMinutes: 15
      expect(t.rules[0]).toMatchObject({
        frontend: 'loadBalancerFrontEnd',
        backendPool: 'loadBalancerBackEnd',
        protocol: 'All',
        frontendPort: 0,
        backendPort: 0,
        floatingIp: false,
        enableTcpReset: true,
        loadDistribution: 'Default',
        disableOutboundSnat: true,
        idleTimeoutMinutes: 15,
      });
      expect(t.rules[0]?.name).toBe(`${t.loadBalancer.name}-HARule`);
      expect(t.rules[0]?.probe).toBe(`${t.loadBalancer.name}HealthProbe`);
      // probes: protocol 'Tcp', port 80, intervalInSeconds 15
      expect(t.probes).toEqual([
        expect.objectContaining({ name: `${t.loadBalancer.name}HealthProbe`, protocol: 'Tcp', port: 80, intervalInSeconds: 15 }),
      ]);
    });

    it('puts the NIC in the pool through loadBalancer.properties.backendAddressPools[0].id', async () => {
      const t = lbView(success(await importBicep(readAzureFixture('haports-ilb-main.bicep'))).topology);
      // networkInterfaceName defaults to 'networkInterface1'; there is no VM resource, so the VM is named after the NIC.
      expect(t.backendPools).toEqual([{ name: 'loadBalancerBackEnd', members: ['networkInterface1'] }]);
      expect(t.vms.map((v) => v.name)).toEqual(['networkInterface1']);
    });

    it('does not warn about parameters without a value that nothing imported needs', async () => {
      const r = success(await importBicep(readAzureFixture('haports-ilb-main.bicep')));
      const unresolved = r.diagnostics.filter((d) => d.code === 'ImportUnresolved').map((d) => d.path);
      // `param virtualNetworkName string` (line 5) … `param subnetPrefix string` (line 11) have no default, but they
      // only build the virtual network and the subnet ids, which the plan does not need (issue 16).
      expect(unresolved).toEqual([]);
      const needed = success(
        await importBicep(readAzureFixture('haports-ilb-main.bicep').replace(/param lbsku string = '[^']*'/, 'param lbsku string')),
      );
      expect(needed.diagnostics.filter((d) => d.code === 'ImportUnresolved').map((d) => d.path)).toContain('param lbsku (line 16)');
      const frontendIp = r.diagnostics.find((d) => d.code === 'ImportDefaultUsed' && messageOf(d).includes('loadBalancerFrontEnd'));
      expect(frontendIp?.path).toMatch(/^loadBalancer\.properties\.frontendIPConfigurations\[0\]\..* \(line \d+\)$/);
    });

    it('takes parameter values given by the user', async () => {
      const t = lbView(
        success(await importBicep(readAzureFixture('haports-ilb-main.bicep'), { params: { loadBalancerName: 'lb-ha', lbsku: 'Basic' } }))
          .topology,
      );
      expect(t.loadBalancer).toMatchObject({ name: 'lb-ha', sku: 'Basic' });
      expect(t.rules.map((r) => [r.name, r.probe])).toEqual([['lb-ha-HARule', 'lb-haHealthProbe']]);
    });
  });

  describe('avm-internal-main.test.bicep (AVM load-balancer module call)', () => {
    it('builds the load balancer from the module parameters', async () => {
      const t = lbView(success(await importBicep(readAzureFixture('avm-internal-main.test.bicep'))).topology);
      // name: '${namePrefix}${serviceShort}001' with namePrefix '#_namePrefix_#' and serviceShort 'nlbint': the token stays visible.
      expect(t.loadBalancer).toEqual({ name: '#_namePrefix_#nlbint001', sku: 'Standard', type: 'Internal' });
      expect(t.frontends.map((f) => f.name)).toEqual(['privateIPConfig1']);
      // backendMembershipMode: 'NIC' with no NICs in this file.
      // HA ports with floating IP and probe port 62000 is the SAP ASCS pattern of Microsoft's SAP HA guides.
      expect(t.backendPools).toEqual([{ name: 'servers', members: [], frontendIpHolder: 'cluster-pacemaker' }]);
      expect(t.rules).toEqual([
        {
          name: 'privateIPLBRule1',
          frontend: 'privateIPConfig1',
          backendPool: 'servers',
          probe: 'probe1',
          protocol: 'All',
          frontendPort: 0,
          backendPort: 0,
          floatingIp: true,
          enableTcpReset: false,
          idleTimeoutMinutes: 4,
          loadDistribution: 'Default',
          disableOutboundSnat: true,
        },
      ]);
      // port: '62000' is a string in the file; intervalInSeconds: 5, protocol: 'Tcp'.
      expect(t.probes).toEqual([expect.objectContaining({ name: 'probe1', protocol: 'Tcp', port: 62000, intervalInSeconds: 5 })]);
    });

    it('imports both inbound NAT rules, with the module defaults for what inboundNatRule2 leaves out', async () => {
      const r = success(await importBicep(readAzureFixture('avm-internal-main.test.bicep')));
      // Lines 69-84. inboundNatRule1 writes every field: backendPort 443, enableFloatingIP false, enableTcpReset false,
      // frontendIPConfigurationName 'privateIPConfig1', frontendPort 443, idleTimeoutInMinutes 4, protocol 'Tcp'.
      // inboundNatRule2 writes backendPort 3389, frontendIPConfigurationName 'privateIPConfig1', frontendPort 3389; the
      // AVM module's own defaults give protocol Tcp, floating IP false, TCP reset false, idle 4 (see avm.ts).
      // No NIC in this file names them, so neither has a target.
      expect(lbView(r.topology).inboundNatRules).toEqual([
        {
          name: 'inboundNatRule1',
          frontend: 'privateIPConfig1',
          protocol: 'Tcp',
          frontendPort: 443,
          backendPort: 443,
          floatingIp: false,
          idleTimeoutMinutes: 4,
          enableTcpReset: false,
        },
        {
          name: 'inboundNatRule2',
          frontend: 'privateIPConfig1',
          protocol: 'Tcp',
          frontendPort: 3389,
          backendPort: 3389,
          floatingIp: false,
          idleTimeoutMinutes: 4,
          enableTcpReset: false,
        },
      ]);
      // They are no longer reported as left out, and nothing about them needed a placeholder.
      expect(r.diagnostics.filter((d) => /inbound ?NAT/i.test(`${messageOf(d)} ${d.path ?? ''}`))).toEqual([]);
    });

    it('says how the module call was read: the loop, the AVM shape and the module it does not read', async () => {
      const r = success(await importBicep(readAzureFixture('avm-internal-main.test.bicep')));
      const notes = r.diagnostics.filter((d) => d.code === 'ImportIgnored');
      expect(notes.map((d) => d.path)).toEqual(['nestedDependencies (line 34)', 'testDeployment (line 49)', 'testDeployment (line 49)']);
      expect(messageOf(notes[1]!)).toContain("for loop (2 items of ['init', 'idem'])");
      expect(messageOf(notes[2]!)).toContain('Azure Verified Module for load balancers');
    });
  });
});
