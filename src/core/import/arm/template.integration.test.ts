// evaluateTemplate on the real templates in /work/shared/fixtures/azure-real; expected values are worked out by hand
// from the file text (defaults noted beside each).
import { describe, expect, it } from 'vitest';
import { azureRealFixtures, readAzureFixture } from '../../testing/fixtures';
import { skipWithout } from '../../testing/prerequisites';
import { isResolvedObject, isUnresolved, type Resolved } from './resolved';
import { evaluateTemplate, type EvaluateTemplateOptions } from './template';
import { messageOf } from '../../diagnostics/diagnostic';

const RG = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/resourceGroup';

function run(file: string, options: EvaluateTemplateOptions = {}) {
  return evaluateTemplate(JSON.parse(readAzureFixture(file)), options);
}

/** Follows a path of keys and indexes, failing loudly when a step is missing. */
function at(value: Resolved | undefined, ...steps: (string | number)[]): Resolved {
  let v = value;
  for (const step of steps) {
    if (typeof step === 'number' && Array.isArray(v)) v = v[step];
    else if (typeof step === 'string' && isResolvedObject(v)) v = v[step];
    else throw new Error(`cannot take ${step} of ${JSON.stringify(v)}`);
  }
  if (v === undefined) throw new Error(`nothing at ${steps.join('.')}`);
  return v;
}

function ports(rules: Resolved): Resolved[] {
  if (!Array.isArray(rules)) throw new Error(`not an array: ${JSON.stringify(rules)}`);
  return rules.map((r) => at(r, 'properties', 'frontendPort'));
}

describe.skipIf(skipWithout('fixtures'))('real templates (azure-real fixtures)', () => {
  it.each(azureRealFixtures('json'))('%s evaluates without throwing, every parameter accounted for', (file) => {
    const template = JSON.parse(readAzureFixture(file)) as { parameters?: Record<string, unknown> };
    const r = evaluateTemplate(template);
    expect(Object.keys(r.parameters)).toEqual(Object.keys(template.parameters ?? {}));
    for (const d of r.diagnostics) expect(messageOf(d).length).toBeGreaterThan(10);
  });

  it('sap-2tier-lb-DB-HANA: rule ports are add(30015|30017, mul(dbInstanceNumber, 100)) with the default instance 4', () => {
    const r = run('sap-2tier-lb-DB-HANA.json', { params: { loadBalancerName: 'hanaLb' } });
    const rules = r.outputs.loadBalancingRules as Resolved;
    expect(ports(rules)).toEqual([30415, 30417]);
    expect(at(rules, 0, 'name')).toBe('lb04Rule30415');
    expect(at(rules, 1, 'properties', 'idleTimeoutInMinutes')).toBe(30);
    // The template spells the child segment "frontendIpConfigurations"; it is kept as written.
    expect(at(rules, 0, 'properties', 'frontendIPConfiguration', 'id')).toBe(
      `${RG}/providers/Microsoft.Network/loadBalancers/hanaLb/frontendIpConfigurations/lb04FrontendDB`,
    );
    expect(at(r.outputs.probes, 0, 'properties', 'port')).toBe(62504);
    expect(at(r.outputs.nicBackAddressPools, 0, 'id')).toBe(
      `${RG}/providers/Microsoft.Network/loadBalancers/hanaLb/backendAddressPools/lb04BackendPoolDB`,
    );
    expect(r.diagnostics.map((d) => d.path)).toEqual(['parameters.subnetId']);
  });

  it('sap-2tier-lb-DB-HANA: --param dbInstanceNumber=12 changes every port', () => {
    const r = run('sap-2tier-lb-DB-HANA.json', { params: { dbInstanceNumber: '12' } });
    expect(ports(r.outputs.loadBalancingRules as Resolved)).toEqual([31215, 31217]);
    expect(isUnresolved(at(r.outputs.loadBalancingRules, 0, 'properties', 'probe', 'id'))).toBe(true);
  });

  it('sap-multisid-lb-SCS: ABAP and JAVA rule sets from the default instances 0 and 1; the chosen set needs stackType and osType', () => {
    const r = run('sap-multisid-lb-SCS.json');
    expect(ports(r.variables.lbRulesABAP as Resolved)).toEqual([3200, 3600, 3900, 8100, 50013, 50014, 50016]);
    expect(ports(r.variables.lbRulesJAVA as Resolved)).toEqual([3201, 3301, 3901, 8101, 50113, 50114, 50116]);
    expect(at(r.variables.probesResult, 0, 'properties', 'port')).toBe(62000);
    const chosen = r.outputs.loadBalancingRules;
    expect(isUnresolved(chosen) && chosen.reason).toMatch(/parameter '(stackType|osType)' has no value/);

    const given = run('sap-multisid-lb-SCS.json', { params: { stackType: 'ABAP+JAVA', osType: 'Windows', loadBalancerName: 'scsLb' } });
    const rules = given.outputs.loadBalancingRules as Resolved;
    expect(ports(rules)).toEqual([445, 5985, 3200, 3600, 3900, 8100, 50013, 50014, 50016, 3201, 3301, 3901, 8101, 50113, 50114, 50116]);
    expect(at(rules, 2, 'properties', 'probe', 'id')).toBe(
      `${RG}/providers/Microsoft.Network/loadBalancers/scsLb/probes/lb00ProbePortxSCS`,
    );
    expect(
      ports(run('sap-multisid-lb-SCS.json', { params: { stackType: 'JAVA', osType: 'Linux' } }).outputs.loadBalancingRules as Resolved),
    ).toEqual([3201, 3301, 3901, 8101, 50113, 50114, 50116]);
  });

  it('sap-2tier-lb-ERS-Linux: ERS rules from the default instances 2 and 3, probe add(62100, 2)', () => {
    const r = run('sap-2tier-lb-ERS-Linux.json', { params: { stackType: 'ABAP+JAVA' } });
    expect(ports(r.outputs.loadBalancingRules as Resolved)).toEqual([3302, 50213, 50214, 50216, 3303, 50313, 50314, 50316]);
    expect(at(r.outputs.loadBalancingRules, 0, 'name')).toBe('lb02Rule3302');
    expect(at(r.outputs.probes, 0, 'properties', 'port')).toBe(62102);
  });

  it("haports-ilb: the NIC's pool id from reference(resourceId(...)).backendAddressPools[0].id is the load balancer's pool id", () => {
    const r = run('haports-ilb-azuredeploy.json');
    const lb = r.resources.find((x) => x.type === 'Microsoft.Network/loadBalancers');
    const nic = r.resources.find((x) => x.type === 'Microsoft.Network/networkInterfaces');
    const lbName = lb?.name;
    expect(lbName).toMatch(/^loadBalancer-[a-z2-7]{13}$/);
    const rule = at(lb?.value, 'properties', 'loadBalancingRules', 0);
    expect(at(rule, 'name')).toBe(`${String(lbName)}-HARule`);
    expect(at(rule, 'properties', 'protocol')).toBe('All');
    expect(at(rule, 'properties', 'frontendPort')).toBe(0);
    expect(at(rule, 'properties', 'enableFloatingIP')).toBe(false);
    const poolId = `${RG}/providers/Microsoft.Network/loadBalancers/${String(lbName)}/backendAddressPools/loadBalancerBackEnd`;
    expect(at(rule, 'properties', 'backendAddressPool', 'id')).toBe(poolId);
    expect(at(nic?.value, 'properties', 'ipConfigurations', 0, 'properties', 'loadBalancerBackendAddressPools', 0, 'id')).toBe(poolId);
    expect(at(lb?.value, 'properties', 'probes', 0, 'name')).toBe(`${String(lbName)}HealthProbe`);
    // Only the four parameters without a default are reported; the location comes from resourceGroup() and stays unresolved.
    expect(r.diagnostics.map((d) => d.path)).toEqual([
      'parameters.virtualNetworkName',
      'parameters.virtualNetworkPrefix',
      'parameters.subnetName',
      'parameters.subnetPrefix',
    ]);
    expect(isUnresolved(r.parameters.location)).toBe(true);
  });

  it('lb-standard-public: the NIC copy loop gives 3 NICs, each in both pools, and 3 zonal VMs', () => {
    const r = run('lb-standard-public-azuredeploy.json', {
      params: { projectName: 'demo', adminUsername: 'azureuser', adminPassword: 'x' },
    });
    const nics = r.resources.filter((x) => x.type === 'Microsoft.Network/networkInterfaces');
    expect(nics.map((n) => [n.path, n.name, n.copyIndex])).toEqual([
      ['resources[0][copyIndex=0]', 'demo-vm1-networkInterface', 0],
      ['resources[0][copyIndex=1]', 'demo-vm2-networkInterface', 1],
      ['resources[0][copyIndex=2]', 'demo-vm3-networkInterface', 2],
    ]);
    for (const nic of nics) {
      expect(at(nic.value, 'properties', 'ipConfigurations', 0, 'properties', 'loadBalancerBackendAddressPools')).toEqual([
        { id: `${RG}/providers/Microsoft.Network/loadBalancers/demo-lb/backendAddressPools/LoadBalancerBackEndPool` },
        { id: `${RG}/providers/Microsoft.Network/loadBalancers/demo-lb/backendAddressPools/LoadBalancerBackEndPoolOutbound` },
      ]);
    }
    const vms = r.resources.filter((x) => x.type === 'Microsoft.Compute/virtualMachines');
    expect(vms.map((v) => [v.name, v.value.zones])).toEqual([
      ['demo-vm1', ['1']],
      ['demo-vm2', ['2']],
      ['demo-vm3', ['3']],
    ]);
    const lb = r.resources.find((x) => x.type === 'Microsoft.Network/loadBalancers');
    expect(at(lb?.value, 'properties', 'loadBalancingRules', 0, 'properties', 'frontendIPConfiguration', 'id')).toBe(
      `${RG}/providers/Microsoft.Network/loadBalancers/demo-lb/frontendIPConfigurations/LoadBalancerFrontEnd`,
    );
    // Upstream bug kept as found: the bastion's public IP id is the bare variable.
    const bastion = r.resources.find((x) => x.type === 'Microsoft.Network/bastionHosts');
    expect(at(bastion?.value, 'properties', 'ipConfigurations', 0, 'properties', 'publicIPAddress', 'id')).toBe('demo-bastionPublicIP');
    expect(r.resources).toHaveLength(18);
  });

  it('lb-standard-public: without projectName the copies still exist, with placeholder names and one warning', () => {
    const r = run('lb-standard-public-azuredeploy.json');
    const nics = r.resources.filter((x) => x.type === 'Microsoft.Network/networkInterfaces');
    expect(nics).toHaveLength(3);
    expect(nics.every((n) => isUnresolved(n.name) && n.name.reason.includes('projectName'))).toBe(true);
    expect(r.diagnostics.filter((d) => d.path === 'parameters.projectName')).toHaveLength(1);
  });

  it('sql-alwayson-setupLBs: floating IP rule and string-typed probe numbers pass through unchanged', () => {
    const r = run('sql-alwayson-setupLBs.json', { params: { sqlLBName: 'sqlLB', SQLAOProbe: 'SQLAlwaysOnEndPointProbe' } });
    const lb = r.resources[0];
    expect(lb?.name).toBe('sqlLB');
    expect(at(lb?.value, 'properties', 'loadBalancingRules', 0, 'properties', 'enableFloatingIP')).toBe(true);
    expect(at(lb?.value, 'properties', 'probes', 0)).toEqual({
      name: 'SQLAlwaysOnEndPointProbe',
      properties: { protocol: 'Tcp', port: 59999, intervalInSeconds: '5', numberOfProbes: '2' },
    });
    expect(isUnresolved(at(lb?.value, 'properties', 'loadBalancingRules', 0, 'properties', 'probe', 'id'))).toBe(true);
  });
});
