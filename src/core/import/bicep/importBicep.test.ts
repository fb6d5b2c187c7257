import { describe, expect, it } from 'vitest';
import { exportTopology } from '../../export/export';
import { PRESET_NAMES, preset } from '../../testing/presets';
import { importArm } from '../arm/importArm';
import type { ImportOutcome, ImportSuccess } from '../types';
import { importBicep } from './importBicep';
import { messageOf } from '../../diagnostics/diagnostic';
import { errorOf } from '../text';
import { withEnglish } from '../withEnglish.testing';
import { lbView } from '../../topology/design';

function success(r: ImportOutcome): ImportSuccess {
  if (!r.ok) throw new Error(`import failed: ${errorOf(r)}`);
  return r;
}

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
    expect(lbView(r.topology).rules[0]).toMatchObject({ name: 'r', frontend: 'fe', backendPool: 'pool', frontendPort: 0, backendPort: 0 });
    const front = r.diagnostics.find(
      (d) => d.code === 'ImportUnresolved' && d.path?.startsWith('lb.properties.loadBalancingRules[0].properties.frontendPort'),
    );
    expect(front?.path).toBe('lb.properties.loadBalancingRules[0].properties.frontendPort (line 23)');
    // The message shows `port + 1` as written, not the ARM text add(parameters('port'), 1).
    expect(messageOf(front!)).toContain('port + 1');
    expect(messageOf(front!)).not.toContain("parameters('port')");
    expect(messageOf(front!)).toContain('--param port=');
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
    expect(lbView(r.topology).frontends).toEqual([{ name: 'fe', ip: '10.0.0.4' }]);
    expect(withEnglish(r.diagnostics[0])).toMatchObject({
      severity: 'info',
      code: 'ImportIgnored',
      path: 'line 2, column 68',
      message: expect.stringContaining('a type declaration changes no value, so it is skipped'),
    });
  });
});

describe('importBicep refuses what it cannot read', () => {
  it('gives the line and column of a syntax error', async () => {
    const r = await importBicep(
      "param port int = 80\nresource lb 'Microsoft.Network/loadBalancers@2024-05-01' = {\n  name: 'lb'\n  properties: {\n    probes: [\n  }\n}\n",
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.format).toBe('bicep');
    expect(errorOf(r)).toMatch(/^This is not valid Bicep \(line 5, column 14\): "\]" is missing here\./);
  });

  it('names an undeclared identifier', async () => {
    const r = await importBicep("resource lb 'Microsoft.Network/loadBalancers@2024-05-01' = {\n  name: lbName\n}\n");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(errorOf(r)).toBe(
      "This Bicep cannot be read (line 2, column 9): The name 'lbName' is not declared in this file; declare it (param, var, resource) or fix the spelling.",
    );
  });

  it('says so when the file has no load balancer', async () => {
    const r = await importBicep(
      "param location string = 'westeurope'\nresource pip 'Microsoft.Network/publicIPAddresses@2024-05-01' = {\n  name: 'pip'\n  location: location\n}\n",
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(errorOf(r)).toContain('No load balancer found: this Bicep file declares no Microsoft.Network/loadBalancers resource');
    expect(r.diagnostics.map((d) => d.code)).toContain('ImportNoLoadBalancer');
  });
});

describe('Bicep export → Bicep import', () => {
  it.each(PRESET_NAMES)('%s: the rules, probes, frontends and pools come back', async (name) => {
    const topology = preset(name);
    const r = success(await importBicep(exportTopology(topology, 'bicep').text));
    expect(lbView(r.topology).rules).toEqual(topology.rules.map((rule) => expect.objectContaining(rule)));
    expect(lbView(r.topology).probes).toEqual(topology.probes.map((p) => expect.objectContaining(p)));
    expect(lbView(r.topology).frontends.map((f) => f.name)).toEqual(topology.frontends.map((f) => f.name));
    expect(lbView(r.topology).backendPools.map((p) => p.name)).toEqual(topology.backendPools.map((p) => p.name));
    if (topology.loadBalancer.type === 'Internal') expect(lbView(r.topology).frontends).toEqual(topology.frontends);
  });

  it.each(PRESET_NAMES)('%s: the same rules as importing the ARM export', async (name) => {
    const topology = preset(name);
    const fromBicep = lbView(success(await importBicep(exportTopology(topology, 'bicep').text)).topology);
    const fromArm = lbView(success(await importArm(exportTopology(topology, 'arm').text)).topology);
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
    const t = lbView(success(await importBicep(text)).topology);
    expect(t.inboundNatRules).toEqual([
      { name: 'rdp', frontend: 'fe', protocol: 'Tcp', frontendPort: 50001, backendPort: 3389, floatingIp: false, target: 'vm1-nic' },
    ]);
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
    expect(lbView(r.topology).inboundNatRules).toEqual([
      { name: 'ssh-vm1', frontend: 'fe', protocol: 'Tcp', frontendPort: 50022, backendPort: 22, floatingIp: true, target: 'vm1-nic' },
    ]);
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
    expect(lbView(r.topology).inboundNatRules?.map((n) => [n.name, n.frontendPort, n.backendPort])).toEqual([['rdp', 50001, 3389]]);
    expect(r.diagnostics.filter((d) => d.code === 'ImportIgnored')).toEqual([]);
  });
});
