import { describe, expect, it } from 'vitest';
import { exportTopology } from '../../export/export';
import { AZURE_REAL_DIR, azureRealFixtures, readAzureFixture } from '../../testing/fixtures';
import { PRESET_NAMES, preset } from '../../testing/presets';
import { importArm } from '../arm/importArm';
import { importDefinition } from '../importDefinition';
import type { ImportOutcome, ImportSuccess } from '../types';
import { importBicep } from './importBicep';

function success(r: ImportOutcome): ImportSuccess {
  if (!r.ok) throw new Error(`import failed: ${r.error}`);
  return r;
}

describe.skipIf(!AZURE_REAL_DIR)('Bicep fixtures in azure-real', () => {
  it.each(azureRealFixtures('bicep'))('%s imports, detected as Bicep', async (name) => {
    const r = success(await importDefinition(readAzureFixture(name)));
    expect(r.format).toBe('bicep');
    expect(r.counts.rules).toBeGreaterThan(0);
  });

  describe('haports-ilb-main.bicep (quickstart: internal LB with an HA-ports rule)', () => {
    it('imports the HA-ports rule with floating IP off and its probe', async () => {
      const r = success(await importBicep(readAzureFixture('haports-ilb-main.bicep')));
      const t = r.topology;
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
      expect(t.probes).toEqual([expect.objectContaining({ name: `${t.loadBalancer.name}HealthProbe`, protocol: 'Tcp', port: 80, intervalInSeconds: 15 })]);
    });

    it('puts the NIC in the pool through loadBalancer.properties.backendAddressPools[0].id', async () => {
      const t = success(await importBicep(readAzureFixture('haports-ilb-main.bicep'))).topology;
      // networkInterfaceName defaults to 'networkInterface1'; there is no VM resource, so the VM is named after the NIC.
      expect(t.backendPools).toEqual([{ name: 'loadBalancerBackEnd', members: ['networkInterface1'] }]);
      expect(t.vms.map((v) => v.name)).toEqual(['networkInterface1']);
    });

    it('says which parameters have no value, at their Bicep line', async () => {
      const r = success(await importBicep(readAzureFixture('haports-ilb-main.bicep')));
      const unresolved = r.diagnostics.filter((d) => d.code === 'ImportUnresolved').map((d) => d.path);
      // `param virtualNetworkName string` (line 5) … `param subnetPrefix string` (line 11) have no default.
      expect(unresolved).toEqual(['param virtualNetworkName (line 5)', 'param virtualNetworkPrefix (line 7)', 'param subnetName (line 9)', 'param subnetPrefix (line 11)']);
      const frontendIp = r.diagnostics.find((d) => d.code === 'ImportDefaultUsed' && d.message.includes('loadBalancerFrontEnd'));
      expect(frontendIp?.path).toMatch(/^loadBalancer\.properties\.frontendIPConfigurations\[0\]\..* \(line \d+\)$/);
    });

    it('takes parameter values given by the user', async () => {
      const t = success(await importBicep(readAzureFixture('haports-ilb-main.bicep'), { params: { loadBalancerName: 'lb-ha', lbsku: 'Basic' } })).topology;
      expect(t.loadBalancer).toMatchObject({ name: 'lb-ha', sku: 'Basic' });
      expect(t.rules.map((r) => [r.name, r.probe])).toEqual([['lb-ha-HARule', 'lb-haHealthProbe']]);
    });
  });

  describe('avm-internal-main.test.bicep (AVM load-balancer module call)', () => {
    it('builds the load balancer from the module parameters', async () => {
      const t = success(await importBicep(readAzureFixture('avm-internal-main.test.bicep'))).topology;
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
      expect(r.topology.inboundNatRules).toEqual([
        { name: 'inboundNatRule1', frontend: 'privateIPConfig1', protocol: 'Tcp', frontendPort: 443, backendPort: 443, floatingIp: false, idleTimeoutMinutes: 4, enableTcpReset: false },
        { name: 'inboundNatRule2', frontend: 'privateIPConfig1', protocol: 'Tcp', frontendPort: 3389, backendPort: 3389, floatingIp: false, idleTimeoutMinutes: 4, enableTcpReset: false },
      ]);
      // They are no longer reported as left out, and nothing about them needed a placeholder.
      expect(r.diagnostics.filter((d) => /inbound ?NAT/i.test(`${d.message} ${d.path ?? ''}`))).toEqual([]);
    });

    it('says how the module call was read: the loop, the AVM shape and the module it does not read', async () => {
      const r = success(await importBicep(readAzureFixture('avm-internal-main.test.bicep')));
      const notes = r.diagnostics.filter((d) => d.code === 'ImportIgnored');
      expect(notes.map((d) => d.path)).toEqual(['nestedDependencies (line 34)', 'testDeployment (line 49)', 'testDeployment (line 49)']);
      expect(notes[1]?.message).toContain("for loop (2 items of ['init', 'idem'])");
      expect(notes[2]?.message).toContain('Azure Verified Module for load balancers');
    });
  });
});

describe('importBicep diagnostics speak Bicep', () => {
  it('quotes the Bicep expression and points at the Bicep path of an unresolved port', async () => {
    const text = [
      'param port int',
      "resource lb 'Microsoft.Network/loadBalancers@2024-05-01' = {",
      "  name: 'lb'",
      '  properties: {',
      '    frontendIPConfigurations: [',
      '      {',
      "        name: 'fe'",
      '        properties: {',
      "          privateIPAddress: '10.0.0.4'",
      "          privateIPAllocationMethod: 'Static'",
      "          subnet: { id: 'x' }",
      '        }',
      '      }',
      '    ]',
      "    backendAddressPools: [ { name: 'pool' } ]",
      '    loadBalancingRules: [',
      '      {',
      "        name: 'r'",
      '        properties: {',
      "          frontendIPConfiguration: { id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb', 'fe') }",
      "          backendAddressPool: { id: resourceId('Microsoft.Network/loadBalancers/backendAddressPools', 'lb', 'pool') }",
      "          protocol: 'Tcp'",
      '          frontendPort: port + 1',
      '          backendPort: port',
      '        }',
      '      }',
      '    ]',
      '  }',
      '}',
      '',
    ].join('\n');
    const r = success(await importBicep(text));
    expect(r.topology.rules[0]).toMatchObject({ name: 'r', frontend: 'fe', backendPool: 'pool', frontendPort: 0, backendPort: 0 });
    const front = r.diagnostics.find((d) => d.code === 'ImportUnresolved' && d.path?.startsWith('lb.properties.loadBalancingRules[0].properties.frontendPort'));
    expect(front?.path).toBe('lb.properties.loadBalancingRules[0].properties.frontendPort (line 23)');
    // The message shows `port + 1` as written, not the ARM text add(parameters('port'), 1).
    expect(front?.message).toContain('port + 1');
    expect(front?.message).not.toContain("parameters('port')");
    expect(front?.message).toContain('--param port=');
  });
});

describe('importBicep with type syntax the grammar does not know', () => {
  it('imports the rest of the file and notes the skipped type', async () => {
    const text = [
      'type tagsType = {',
      "  tags: resourceInput<'Microsoft.Network/loadBalancers@2024-10-01'>.tags?",
      '}',
      "resource lb 'Microsoft.Network/loadBalancers@2024-05-01' = {",
      "  name: 'lb'",
      "  sku: { name: 'Standard' }",
      '  properties: {',
      "    frontendIPConfigurations: [ { name: 'fe', properties: { privateIPAddress: '10.0.0.4', subnet: { id: 'x' } } } ]",
      "    backendAddressPools: [ { name: 'pool' } ]",
      '  }',
      '}',
      '',
    ].join('\n');
    const r = success(await importBicep(text));
    expect(r.topology.frontends).toEqual([{ name: 'fe', ip: '10.0.0.4' }]);
    expect(r.diagnostics[0]).toMatchObject({ severity: 'info', code: 'ImportIgnored', path: 'line 2, column 68', message: expect.stringContaining('a type declaration changes no value, so it is skipped') });
  });
});

describe('importBicep refuses what it cannot read', () => {
  it('gives the line and column of a syntax error', async () => {
    const r = await importBicep("param port int = 80\nresource lb 'Microsoft.Network/loadBalancers@2024-05-01' = {\n  name: 'lb'\n  properties: {\n    probes: [\n  }\n}\n");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.format).toBe('bicep');
    expect(r.error).toMatch(/^This is not valid Bicep \(line 5, column 14\): "\]" is missing here\./);
  });

  it('names an undeclared identifier', async () => {
    const r = await importBicep("resource lb 'Microsoft.Network/loadBalancers@2024-05-01' = {\n  name: lbName\n}\n");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toBe("This Bicep cannot be read (line 2, column 9): The name 'lbName' is not declared in this file; declare it (param, var, resource) or fix the spelling.");
  });

  it('says so when the file has no load balancer', async () => {
    const r = await importBicep("param location string = 'westeurope'\nresource pip 'Microsoft.Network/publicIPAddresses@2024-05-01' = {\n  name: 'pip'\n  location: location\n}\n");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toContain('No load balancer found: this Bicep file declares no Microsoft.Network/loadBalancers resource');
    expect(r.diagnostics.map((d) => d.code)).toContain('ImportNoLoadBalancer');
  });
});

describe('Bicep export → Bicep import', () => {
  it.each(PRESET_NAMES)('%s: the rules, probes, frontends and pools come back', async (name) => {
    const topology = preset(name);
    const r = success(await importBicep(exportTopology(topology, 'bicep').text));
    expect(r.topology.rules).toEqual(topology.rules.map((rule) => expect.objectContaining(rule)));
    expect(r.topology.probes).toEqual(topology.probes.map((p) => expect.objectContaining(p)));
    expect(r.topology.frontends.map((f) => f.name)).toEqual(topology.frontends.map((f) => f.name));
    expect(r.topology.backendPools.map((p) => p.name)).toEqual(topology.backendPools.map((p) => p.name));
    if (topology.loadBalancer.type === 'Internal') expect(r.topology.frontends).toEqual(topology.frontends);
  });

  it.each(PRESET_NAMES)('%s: the same rules as importing the ARM export', async (name) => {
    const topology = preset(name);
    const fromBicep = success(await importBicep(exportTopology(topology, 'bicep').text)).topology;
    const fromArm = success(await importArm(exportTopology(topology, 'arm').text)).topology;
    expect(fromBicep.rules).toEqual(fromArm.rules);
    expect(fromBicep.probes).toEqual(fromArm.probes);
    expect(fromBicep.loadBalancer).toEqual(fromArm.loadBalancer);
  });
});

describe('importBicep: inbound NAT rules', () => {
  it("a NIC's loadBalancerInboundNatRules through lb.properties.inboundNatRules[0].id makes its VM the target", async () => {
    const text = [
      "resource lb 'Microsoft.Network/loadBalancers@2024-05-01' = {",
      "  name: 'lb'",
      "  sku: { name: 'Standard' }",
      '  properties: {',
      "    frontendIPConfigurations: [ { name: 'fe', properties: { privateIPAddress: '10.0.0.4', privateIPAllocationMethod: 'Static', subnet: { id: 'x' } } } ]",
      '    inboundNatRules: [',
      '      {',
      "        name: 'rdp'",
      "        properties: { frontendIPConfiguration: { id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb', 'fe') }, protocol: 'Tcp', frontendPort: 50001, backendPort: 3389 }",
      '      }',
      '    ]',
      '  }',
      '}',
      "resource nic 'Microsoft.Network/networkInterfaces@2024-05-01' = {",
      "  name: 'vm1-nic'",
      "  properties: { ipConfigurations: [ { name: 'ipconfig1', properties: { privateIPAddress: '10.0.0.10', loadBalancerInboundNatRules: [ { id: lb.properties.inboundNatRules[0].id } ] } } ] }",
      '}',
    ].join('\n');
    const t = success(await importBicep(text)).topology;
    expect(t.inboundNatRules).toEqual([{ name: 'rdp', frontend: 'fe', protocol: 'Tcp', frontendPort: 50001, backendPort: 3389, floatingIp: false, target: 'vm1-nic' }]);
    expect(t.vms).toEqual([{ name: 'vm1-nic', os: 'linux', nic: { name: 'eth0', ip: '10.0.0.10' } }]);
  });

  it('a NAT rule declared with `parent: lb` (the NIC naming it by symbol) joins the load balancer', async () => {
    const text = [
      "param lbName string = 'lb'",
      "resource lb 'Microsoft.Network/loadBalancers@2024-05-01' = {",
      '  name: lbName',
      "  sku: { name: 'Standard' }",
      "  properties: { frontendIPConfigurations: [ { name: 'fe', properties: { privateIPAddress: '10.0.0.4', privateIPAllocationMethod: 'Static', subnet: { id: 'x' } } } ] }",
      '}',
      "resource ssh 'Microsoft.Network/loadBalancers/inboundNatRules@2024-05-01' = {",
      '  parent: lb',
      "  name: 'ssh-vm1'",
      "  properties: { frontendIPConfiguration: { id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', lbName, 'fe') }, protocol: 'Tcp', frontendPort: 50022, backendPort: 22, enableFloatingIP: true }",
      '}',
      "resource nic 'Microsoft.Network/networkInterfaces@2024-05-01' = {",
      "  name: 'vm1-nic'",
      "  properties: { ipConfigurations: [ { name: 'ipconfig1', properties: { privateIPAddress: '10.0.0.10', loadBalancerInboundNatRules: [ { id: ssh.id } ] } } ] }",
      '}',
    ].join('\n');
    const r = success(await importBicep(text));
    expect(r.topology.inboundNatRules).toEqual([{ name: 'ssh-vm1', frontend: 'fe', protocol: 'Tcp', frontendPort: 50022, backendPort: 22, floatingIp: true, target: 'vm1-nic' }]);
    expect(r.diagnostics.filter((d) => d.code === 'ImportIgnored')).toEqual([]);
  });

  it('a NAT rule declared as a nested resource inside the load balancer joins it', async () => {
    const text = [
      "resource lb 'Microsoft.Network/loadBalancers@2024-05-01' = {",
      "  name: 'lb'",
      "  sku: { name: 'Standard' }",
      "  properties: { frontendIPConfigurations: [ { name: 'fe', properties: { privateIPAddress: '10.0.0.4', privateIPAllocationMethod: 'Static', subnet: { id: 'x' } } } ] }",
      "  resource rdp 'inboundNatRules' = {",
      "    name: 'rdp'",
      "    properties: { frontendIPConfiguration: { id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb', 'fe') }, protocol: 'Tcp', frontendPort: 50001, backendPort: 3389 }",
      '  }',
      '}',
    ].join('\n');
    const r = success(await importBicep(text));
    expect(r.topology.inboundNatRules?.map((n) => [n.name, n.frontendPort, n.backendPort])).toEqual([['rdp', 50001, 3389]]);
    expect(r.diagnostics.filter((d) => d.code === 'ImportIgnored')).toEqual([]);
  });
});
