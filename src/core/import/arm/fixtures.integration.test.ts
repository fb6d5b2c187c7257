// Every ARM/REST fixture in the shared azure-real folder imports. Expected values were read by hand from
// the fixture text (line numbers in the comments), not from the importer's output.
import { describe, expect, it } from 'vitest';
import { mapRules } from '../../mapping/mapping';
import { indexTopology } from '../../model/resolve';
import { azureRealFixtures, readAzureFixture } from '../../testing/fixtures';
import { skipWithout } from '../../testing/prerequisites';
import { loadTopology } from '../../topology/load';
import type { LbTopology } from '../../topology/schema';
import type { ImportOptions, ImportSuccess } from '../types';
import { importArm } from './importArm';
import { messageOf } from '../../diagnostics/diagnostic';
import { errorOf } from '../text';
import { withEnglish } from '../withEnglish.testing';
import { lbView } from '../../topology/design';

async function imported(file: string, options: ImportOptions = {}): Promise<ImportSuccess> {
  const r = await importArm(readAzureFixture(file), options);
  if (!r.ok) throw new Error(`${file}: ${errorOf(r)}`);
  expect(loadTopology(r.topology).ok).toBe(true);
  return r;
}
/** name, protocol, frontendPort, backendPort, floatingIp, probe, frontend, backendPool */
const ruleRows = (t: LbTopology) =>
  t.rules.map((r) => [r.name, r.protocol, r.frontendPort, r.backendPort, r.floatingIp, r.probe, r.frontend, r.backendPool]);
const rows = (t: LbTopology) =>
  mapRules(t, indexTopology(t)).rows.map((r) => [r.rule, r.vm, r.destinationIp, r.destinationPort, r.listenOn]);
const messages = (r: ImportSuccess) => r.diagnostics.map((d) => `${d.severity} ${d.code} ${d.path ?? ''}: ${messageOf(d)}`).join('\n');

describe.skipIf(skipWithout('fixtures'))('ARM fixtures', () => {
  it('covers every JSON fixture in the folder', () => {
    expect(azureRealFixtures('json')).toEqual([
      'haports-ilb-azuredeploy.json',
      'lb-standard-public-azuredeploy.json',
      'rest-lb-get-example.json',
      'sap-2tier-lb-DB-HANA.json',
      'sap-2tier-lb-ERS-Linux.json',
      'sap-multisid-lb-SCS.json',
      'sql-alwayson-setupLBs.json',
    ]);
  });

  it('sql-alwayson-setupLBs.json: one Tcp 1433 rule with floating IP on, probe 59999 from string-typed numbers', async () => {
    const r = await imported('sql-alwayson-setupLBs.json');
    const t = lbView(r.topology);
    // No sku (Basic), private static frontend whose address is a parameter with no default.
    expect(t.loadBalancer).toEqual({ name: '<sqlLBName>', sku: 'Basic', type: 'Internal' });
    // Lines 61-77: Tcp 1433 → 1433, enableFloatingIP true; every id is an opaque parameter, so the single
    // frontend/pool/probe is used (each said in an info).
    expect(ruleRows(t)).toEqual([['SQLAlwaysOnEndPointListener', 'Tcp', 1433, 1433, true, '<SQLAOProbe>', '<sqlLBFE>', '<sqlLBBE>']]);
    // Lines 86-87: "intervalInSeconds": "5", "numberOfProbes": "2".
    expect(t.probes).toEqual([{ name: '<SQLAOProbe>', protocol: 'Tcp', port: 59999, intervalInSeconds: 5, probeThreshold: 2 }]);
    expect(messages(r)).toMatch(
      /info ImportDefaultUsed resources\[0\]\.properties\.loadBalancingRules\[0\]\.properties\.frontendIPConfiguration\.id: .*only one frontend/,
    );
    expect(messages(r)).toMatch(
      /warning ImportUnresolved .*privateIPAddress: The address of the frontend "<sqlLBFE>": \[parameters\('sqlLBIPAddress'\)\]/,
    );
    // No VM in this nested template: no mapping rows to decide.
    expect(t.vms).toEqual([]);
  });

  it('sql-alwayson-setupLBs.json with the parameters the caller passes: real names and address, links by name', async () => {
    const params = {
      sqlLBName: 'sqlLoadBalancer',
      sqlLBFE: 'sqlLBFE',
      sqlLBIPAddress: '10.0.1.10',
      sqlLBBE: 'sqlLBBE',
      SQLAOProbe: 'SQLAlwaysOnEndPointProbe',
    };
    const t = lbView((await imported('sql-alwayson-setupLBs.json', { params })).topology);
    expect(t.frontends).toEqual([{ name: 'sqlLBFE', ip: '10.0.1.10' }]);
    expect(ruleRows(t)).toEqual([
      ['SQLAlwaysOnEndPointListener', 'Tcp', 1433, 1433, true, 'SQLAlwaysOnEndPointProbe', 'sqlLBFE', 'sqlLBBE'],
    ]);
  });

  it('haports-ilb-azuredeploy.json: HA ports (All 0/0), floating IP off, the NIC joins through reference()', async () => {
    const r = await imported('haports-ilb-azuredeploy.json');
    const t = lbView(r.topology);
    expect(t.loadBalancer.sku).toBe('Standard'); // line 50-51: lbsku defaults to "Standard"
    expect(t.loadBalancer.type).toBe('Internal');
    // Lines 137-151: protocol All, 0/0, enableFloatingIP false, tcp reset, disableOutboundSnat, idle 15.
    const rule = t.rules[0]!;
    expect(ruleRows(t)).toEqual([[rule.name, 'All', 0, 0, false, t.probes[0]!.name, 'loadBalancerFrontEnd', 'loadBalancerBackEnd']]);
    expect(rule).toMatchObject({ enableTcpReset: true, disableOutboundSnat: true, idleTimeoutMinutes: 15, loadDistribution: 'Default' });
    expect(rule.name).toMatch(/^loadBalancer-[a-z0-9]{13}-HARule$/); // format('{0}-HARule', loadBalancerName) over uniqueString
    expect(t.probes).toEqual([
      { name: expect.stringMatching(/HealthProbe$/), protocol: 'Tcp', port: 80, intervalInSeconds: 15, probeThreshold: 2 },
    ]);
    // Lines 168-196: NIC networkInterface1 (default), Dynamic address, in backendAddressPools[0]; no VM resource.
    expect(t.backendPools).toEqual([{ name: 'loadBalancerBackEnd', members: ['networkInterface1'] }]);
    expect(t.vms).toEqual([{ name: 'networkInterface1', os: 'linux', nic: { name: 'eth0', ip: '192.0.2.10' } }]);
    // HA ports with floating IP off: the member's own address, every port, on the NIC.
    expect(rows(t)).toEqual([[rule.name, 'networkInterface1', '192.0.2.10', 0, 'nic']]);
    expect(messages(r)).toMatch(/No virtual machine in the template uses the NIC "networkInterface1"/);
  });

  it('lb-standard-public-azuredeploy.json: myHTTPRule Tcp 80→80 floating off, three Windows VMs in both pools', async () => {
    const r = await imported('lb-standard-public-azuredeploy.json', { params: { projectName: 'demo' } });
    const t = lbView(r.topology);
    expect(t.loadBalancer).toEqual({ name: 'demo-lb', sku: 'Standard', type: 'Public' });
    // Public IPs are Static but their addresses are assigned by Azure: documentation addresses, said.
    expect(t.frontends).toEqual([
      { name: 'LoadBalancerFrontEnd', ip: '203.0.113.10' },
      { name: 'LoadBalancerFrontEndOutbound', ip: '203.0.113.11' },
    ]);
    // Lines 277-298.
    expect(ruleRows(t)).toEqual([
      ['myHTTPRule', 'Tcp', 80, 80, false, 'loadBalancerHealthProbe', 'LoadBalancerFrontEnd', 'LoadBalancerBackEndPool'],
    ]);
    expect(t.rules[0]).toMatchObject({ idleTimeoutMinutes: 15, enableTcpReset: true, disableOutboundSnat: true });
    // Lines 67-104: three NICs (copy loop), each in both pools; lines 129-176: VMs demo-vm1..3 with a Windows image.
    const vms = ['demo-vm1', 'demo-vm2', 'demo-vm3'];
    expect(t.backendPools).toEqual([
      { name: 'LoadBalancerBackEndPool', members: vms },
      { name: 'LoadBalancerBackEndPoolOutbound', members: vms },
    ]);
    expect(t.vms.map((v) => [v.name, v.os, v.nic.name])).toEqual(vms.map((v) => [v, 'windows', 'Ethernet']));
    // Floating IP off: each VM receives port 80 on its own (defaulted) NIC address.
    expect(rows(t)).toEqual(t.vms.map((v) => ['myHTTPRule', v.name, v.nic.ip, 80, 'nic']));
    // The outbound rule is read (import/arm/outboundRules.ts): the second pool goes out through its own frontend.
    expect(t.outboundRules).toMatchObject([{ name: 'myOutboundRule', backendPool: 'LoadBalancerBackEndPoolOutbound' }]);
  });

  it('lb-standard-public-azuredeploy.json without projectName: the rule is still connected by its resourceId arguments', async () => {
    const r = await imported('lb-standard-public-azuredeploy.json');
    expect(ruleRows(lbView(r.topology))).toEqual([
      ['myHTTPRule', 'Tcp', 80, 80, false, 'loadBalancerHealthProbe', 'LoadBalancerFrontEnd', 'LoadBalancerBackEndPool'],
    ]);
    expect(lbView(r.topology).loadBalancer.name).toBe('<lbName>');
    expect(messages(r)).toMatch(/warning ImportUnresolved parameters\.projectName/);
  });

  it('rest-lb-get-example.json: rulelb with floating IP on; the NAT rule in-nat-rule with floating IP on is imported', async () => {
    const r = await imported('rest-lb-get-example.json');
    const t = lbView(r.topology);
    expect(t.loadBalancer).toEqual({ name: 'lb', sku: 'Basic', type: 'Internal' });
    expect(t.frontends).toEqual([{ name: 'fe-lb', ip: '10.0.1.4' }]); // a deployed Dynamic address is known
    expect(ruleRows(t)).toEqual([['rulelb', 'Tcp', 80, 80, true, 'probe-lb', 'fe-lb', 'be-lb']]);
    expect(t.rules[0]).toMatchObject({
      idleTimeoutMinutes: 15,
      enableTcpReset: true,
      loadDistribution: 'Default',
      disableOutboundSnat: false,
    });
    // probeThreshold 1 wins over the legacy numberOfProbes 2.
    expect(t.probes).toEqual([
      { name: 'probe-lb', protocol: 'Http', port: 80, requestPath: 'healthcheck.aspx', intervalInSeconds: 15, probeThreshold: 1 },
    ]);
    // Lines 115-134: in-nat-rule, frontendIPConfiguration …/frontendIPConfigurations/fe-lb, frontendPort 3389,
    // backendPort 3389, enableFloatingIP true, idleTimeoutInMinutes 15, protocol Tcp, enableTcpReset true; it has
    // no backendIPConfiguration (no NIC is attached), so it has no target. Line 135: "inboundNatPools": [].
    expect(t.inboundNatRules).toHaveLength(1);
    const nat = t.inboundNatRules![0]!;
    expect(nat.name).toBe('in-nat-rule');
    expect(nat.frontend).toBe('fe-lb');
    expect(nat.protocol).toBe('Tcp');
    expect(nat.frontendPort).toBe(3389);
    expect(nat.backendPort).toBe(3389);
    expect(nat.floatingIp).toBe(true);
    expect(nat.idleTimeoutMinutes).toBe(15);
    expect(nat.enableTcpReset).toBe(true);
    expect(nat).not.toHaveProperty('target');
    // Nothing is assumed or left out any more (the NAT rule used to be the one ImportIgnored).
    expect(r.diagnostics).toEqual([]);
  });

  it('sap-2tier-lb-DB-HANA.json: a fragment; two HANA rules 30415/30417 from outputs, floating IP on, probe 62504', async () => {
    const r = await imported('sap-2tier-lb-DB-HANA.json');
    const t = lbView(r.topology);
    // dbInstanceNumber defaults to 4: add(30015, mul(4,100)) = 30415, add(30017, 400) = 30417; lbPrefix lb04.
    expect(ruleRows(t)).toEqual([
      ['lb04Rule30415', 'Tcp', 30415, 30415, true, 'lb04ProbePortDB', 'lb04FrontendDB', 'lb04BackendPoolDB'],
      ['lb04Rule30417', 'Tcp', 30417, 30417, true, 'lb04ProbePortDB', 'lb04FrontendDB', 'lb04BackendPoolDB'],
    ]);
    expect(t.rules.map((x) => x.idleTimeoutMinutes)).toEqual([30, 30]);
    expect(t.probes).toEqual([{ name: 'lb04ProbePortDB', protocol: 'Tcp', port: 62504, intervalInSeconds: 5, probeThreshold: 2 }]);
    expect(t.loadBalancer).toEqual({ name: '<loadBalancerName>', sku: 'Standard', type: 'Internal' });
    expect(messages(r)).toMatch(/it is a fragment whose caller builds the load balancer from outputs\.frontendIPConfigurations\.value/);
    // nicBackAddressPools (NIC-side membership for the caller's NICs) is named, not dropped.
    expect(r.diagnostics).toContainEqual(
      expect.objectContaining({ severity: 'info', code: 'ImportIgnored', path: 'outputs.nicBackAddressPools.value' }),
    );
    // Probe port 625nn is the SAP HANA cluster probe (Microsoft's SAP HA guides): Pacemaker holds the frontend IP.
    expect(t.backendPools).toEqual([{ name: 'lb04BackendPoolDB', members: [], frontendIpHolder: 'cluster-pacemaker' }]);
  });

  it('sap-2tier-lb-DB-HANA.json with dbInstanceNumber=3: 30315/30317 and probe 62503', async () => {
    const t = lbView(
      (await imported('sap-2tier-lb-DB-HANA.json', { params: { dbInstanceNumber: '3', loadBalancerName: 'lb-hana' } })).topology,
    );
    expect(t.rules.map((x) => [x.name, x.frontendPort])).toEqual([
      ['lb03Rule30315', 30315],
      ['lb03Rule30317', 30317],
    ]);
    expect(t.probes[0]!.port).toBe(62503);
    expect(t.loadBalancer.name).toBe('lb-hana');
  });

  it('sap-2tier-lb-ERS-Linux.json: without stackType the rules cannot be chosen, an error says which parameter to give', async () => {
    const r = await imported('sap-2tier-lb-ERS-Linux.json');
    expect(lbView(r.topology).rules).toEqual([]);
    expect(withEnglish(r.diagnostics)).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        code: 'ImportUnresolved',
        path: 'outputs.loadBalancingRules.value',
        message: expect.stringMatching(/parameter 'stackType' has no value; give one with --param stackType=value/),
      }),
    );
  });

  it('sap-2tier-lb-ERS-Linux.json with stackType ABAP+JAVA: eight ERS rules, all floating IP on', async () => {
    const t = lbView((await imported('sap-2tier-lb-ERS-Linux.json', { params: { stackType: 'ABAP+JAVA' } })).topology);
    // ersASCSInstanceNumber 2, ersSCSInstanceNumber 3 (defaults); lbPrefix lb02; lines 87-246.
    expect(t.rules.map((x) => [x.name, x.frontendPort, x.backendPort, x.floatingIp])).toEqual([
      ['lb02Rule3302', 3302, 3302, true],
      ['lb02Rule50213', 50213, 50213, true],
      ['lb02Rule50214', 50214, 50214, true],
      ['lb02Rule50216', 50216, 50216, true],
      ['lb02Rule3303', 3303, 3303, true],
      ['lb02Rule50313', 50313, 50313, true],
      ['lb02Rule50314', 50314, 50314, true],
      ['lb02Rule50316', 50316, 50316, true],
    ]);
    expect(new Set(t.rules.map((x) => `${x.frontend}|${x.backendPool}|${x.probe}`))).toEqual(
      new Set(['lb02FrontendERS|lb02BackendPoolERS|lb02ProbePortERS']),
    );
    expect(t.probes[0]!.port).toBe(62102); // add(62100, 2)
  });

  it('sap-multisid-lb-SCS.json with Windows and ABAP+JAVA: the 16 rules, file share 445/5985 first', async () => {
    const t = lbView((await imported('sap-multisid-lb-SCS.json', { params: { stackType: 'ABAP+JAVA', osType: 'Windows' } })).topology);
    // ascsInstanceNumber 0, scsInstanceNumber 1 (defaults); lbPrefix lb00; lines 87-403.
    expect(t.rules.map((x) => [x.name, x.frontendPort])).toEqual([
      ['lb00Rule445', 445],
      ['lb00Rule5985', 5985],
      ['lb00Rule3200', 3200],
      ['lb00Rule3600', 3600],
      ['lb00Rule3900', 3900],
      ['lb00Rule8100', 8100],
      ['lb00Rule50013', 50013],
      ['lb00Rule50014', 50014],
      ['lb00Rule50016', 50016],
      ['lb00Rule3201', 3201],
      ['lb00Rule3301', 3301],
      ['lb00Rule3901', 3901],
      ['lb00Rule8101', 8101],
      ['lb00Rule50113', 50113],
      ['lb00Rule50114', 50114],
      ['lb00Rule50116', 50116],
    ]);
    expect(
      t.rules.every((x) => x.floatingIp && x.protocol === 'Tcp' && x.frontendPort === x.backendPort && x.idleTimeoutMinutes === 30),
    ).toBe(true);
    expect(t.probes[0]!.port).toBe(62000); // add(62000, 0)
  });

  it('sap-multisid-lb-SCS.json with Linux and ABAP: seven rules, no file share rules', async () => {
    const t = lbView(
      (await imported('sap-multisid-lb-SCS.json', { params: { stackType: 'ABAP', osType: 'Linux', ascsInstanceNumber: '10' } })).topology,
    );
    expect(t.rules.map((x) => x.frontendPort)).toEqual([3210, 3610, 3910, 8110, 51013, 51014, 51016]);
    expect(t.rules[0]!.name).toBe('lb10Rule3210');
  });
});
