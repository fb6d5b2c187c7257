// Inbound NAT rules in every export: goldens for a small NAT topology, the REST shape of the ARM entries,
// the NIC-side target associations, a rule without a target, and byte-identical output without NAT rules.
import { describe, expect, it } from 'vitest';
import { PRESET_NAMES, preset } from '../testing/presets';
import type { LbTopology } from '../topology/schema';
import { exportTopology } from './export';
import { natTopology, unconnectedNatRule } from './natRules.testing';
import { EXPORT_FORMATS } from './types';

/** The properties an InboundNatRule may carry in API 2024-05-01 (reference §3.1), without the read-only backendIPConfiguration. */
const REST_NAT_PROPERTIES = [
  'frontendIPConfiguration',
  'protocol',
  'frontendPort',
  'backendPort',
  'idleTimeoutInMinutes',
  'enableFloatingIP',
  'enableTcpReset',
  'frontendPortRangeStart',
  'frontendPortRangeEnd',
  'backendAddressPool',
];
const FRONTEND_REF =
  /^\[resourceId\('Microsoft\.Network\/loadBalancers\/frontendIPConfigurations', variables\('lbName'\), '((?:[^']|'')*)'\)\]$/;

describe('golden exports of the NAT topology', () => {
  it('is clean for the planner, so the goldens hold the export alone', () => {
    expect(exportTopology(natTopology(), 'arm').notes).toEqual([]);
  });
  it.each([...EXPORT_FORMATS])('%s', async (format) => {
    const r = exportTopology(natTopology(), format);
    await expect(r.text).toMatchFileSnapshot(`__golden__/nat-rules.${r.fileName.split('.').pop()}`);
  });
});

describe('NAT rules', () => {
  const t = natTopology();
  const nat = t.inboundNatRules!;

  it('ARM: one inboundNatRules entry per rule, in the REST shape, with resolvable frontends', () => {
    const lb = JSON.parse(exportTopology(t, 'arm').text).resources[0];
    const entries = lb.properties.inboundNatRules;
    expect(entries).toHaveLength(nat.length);
    const frontends = lb.properties.frontendIPConfigurations.map((f: { name: string }) => f.name);
    entries.forEach((e: { name: string; properties: Record<string, unknown> }, i: number) => {
      const rule = nat[i]!;
      expect(Object.keys(e).sort()).toEqual(['name', 'properties']);
      expect(e.name).toBe(rule.name);
      for (const k of Object.keys(e.properties)) expect(REST_NAT_PROPERTIES).toContain(k);
      expect(e.properties).toEqual({
        frontendIPConfiguration: { id: expect.stringMatching(FRONTEND_REF) },
        protocol: rule.protocol,
        frontendPort: rule.frontendPort,
        backendPort: rule.backendPort,
        enableFloatingIP: rule.floatingIp,
        idleTimeoutInMinutes: rule.idleTimeoutMinutes ?? 4,
        enableTcpReset: rule.enableTcpReset ?? false,
      });
      expect(['Tcp', 'Udp', 'All']).toContain(e.properties.protocol);
      expect(e.properties.frontendPort).toBeGreaterThanOrEqual(1);
      expect(e.properties.frontendPort).toBeLessThanOrEqual(65534);
      expect(e.properties.backendPort).toBeGreaterThanOrEqual(1);
      expect(e.properties.backendPort).toBeLessThanOrEqual(65535);
      const fe = FRONTEND_REF.exec((e.properties.frontendIPConfiguration as { id: string }).id)![1]!.replace(/''/g, "'");
      expect(fe).toBe(rule.frontend);
      expect(frontends).toContain(fe);
    });
  });

  it('ARM: the targets travel in metadata, labelled like pool members; a rule without a target is not listed', () => {
    const arm = JSON.parse(exportTopology(t, 'arm').text);
    expect(arm.metadata.floatplanNatRuleTargets).toEqual({ 'sql-listener': 'VM2 (10.0.0.6)', 'rdp-vm1': 'VM1' });
    expect(arm.metadata.floatplanNote).toMatch(/loadBalancerInboundNatRules/);
  });

  it('Bicep: the same inboundNatRules as ARM', () => {
    const bicep = exportTopology(t, 'bicep').text;
    const block = bicep.slice(bicep.indexOf('    inboundNatRules: ['));
    expect([...block.matchAll(/enableFloatingIP: (true|false)/g)].map((m) => m[1] === 'true')).toEqual(nat.map((n) => n.floatingIp));
    expect([...block.matchAll(/frontendPort: (\d+)/g)].map((m) => Number(m[1]))).toEqual(nat.map((n) => n.frontendPort));
    // The target is set on the NIC in Azure: the file carries it as metadata the import reads back.
    expect(bicep).toContain(`metadata floatplanNatRuleTargets = {\n  'sql-listener': 'VM2 (10.0.0.6)'`);
  });

  it('Terraform: azurerm_lb_nat_rule per rule and a NIC association per target, to the right IP configuration', () => {
    const tf = exportTopology(t, 'terraform').text;
    expect(tf.match(/^resource "azurerm_lb_nat_rule" /gm)).toHaveLength(nat.length);
    expect(tf).not.toMatch(/enable_floating_ip|enable_tcp_reset/);
    expect(tf).toContain(
      [
        'resource "azurerm_network_interface_nat_rule_association" "sql_listener_target" {',
        '  network_interface_id  = azurerm_network_interface.nic_VM2.id',
        '  ip_configuration_name = "ipconfig2"',
        '  nat_rule_id           = azurerm_lb_nat_rule.sql_listener.id',
        '}',
      ].join('\n'),
    );
    expect(tf).toMatch(
      /"rdp_vm1_target" \{\n {2}network_interface_id {2}= azurerm_network_interface\.nic_VM1\.id\n {2}ip_configuration_name = "ipconfig1"/,
    );
    expect(tf.match(/^resource "azurerm_network_interface_nat_rule_association" /gm)).toHaveLength(2);
  });

  it('Azure CLI: one inbound-nat-rule create per rule; the NIC-side targets commented out like pool membership', () => {
    const sh = exportTopology(t, 'azcli').text;
    expect(sh.match(/^az network lb inbound-nat-rule create/gm)).toHaveLength(nat.length);
    expect(sh).toContain(
      `# az network nic ip-config inbound-nat-rule add --resource-group "$RESOURCE_GROUP" --lb-name "$LB_NAME" --inbound-nat-rule 'rdp-vm1' --nic-name 'VM1-nic' --ip-config-name 'ipconfig1'`,
    );
    expect(sh).not.toMatch(/^az network nic/m);
    // A secondary-address target gets the IP configuration name the Terraform export gives that address.
    const tf = exportTopology(t, 'terraform').text;
    const tfName = /"sql_listener_target" \{[^}]*ip_configuration_name = "(ipconfig\d+)"/.exec(tf)?.[1];
    expect(tfName).toBe('ipconfig2');
    expect(sh).toContain(`--inbound-nat-rule 'sql-listener' --nic-name 'VM2-nic' --ip-config-name '${tfName}'`);
  });

  it("a rule without a target is written without one in every format, and the planner's warning about it is carried", () => {
    const open: LbTopology = { ...t, inboundNatRules: [...nat, unconnectedNatRule] };
    const lb = JSON.parse(exportTopology(open, 'arm').text);
    expect(lb.resources[0].properties.inboundNatRules.map((n: { name: string }) => n.name)).toEqual(['sql-listener', 'rdp-vm1', 'spare']);
    expect(Object.keys(lb.metadata.floatplanNatRuleTargets)).toEqual(['sql-listener', 'rdp-vm1']);
    const tf = exportTopology(open, 'terraform').text;
    expect(tf).toContain('resource "azurerm_lb_nat_rule" "spare"');
    expect(tf).not.toMatch(/spare_target|Not written/);
    const sh = exportTopology(open, 'azcli').text;
    expect(sh).toContain("--name 'spare'");
    expect(sh).not.toContain("--inbound-nat-rule 'spare'");
    const bicep = exportTopology(open, 'bicep').text;
    const targets = bicep.slice(bicep.indexOf('metadata floatplanNatRuleTargets = {'));
    expect(targets.slice(0, targets.indexOf('\n}'))).not.toContain("'spare'");
    for (const f of EXPORT_FORMATS)
      expect(exportTopology(open, f).notes).toContainEqual(
        expect.objectContaining({ severity: 'warning', code: 'NatRuleWithoutTarget', message: expect.stringMatching(/spare/) }),
      );
  });

  it('a NAT rule without a frontend is left out with a note; a target Terraform cannot write is a comment', () => {
    const broken: LbTopology = {
      ...t,
      inboundNatRules: [
        ...nat,
        { name: 'lost', frontend: '', protocol: 'Tcp', frontendPort: 50003, backendPort: 22, floatingIp: false, target: 'VM1' },
        { name: 'ghost', frontend: 'FIP1', protocol: 'Udp', frontendPort: 50004, backendPort: 53, floatingIp: false, target: 'nobody' },
      ],
    };
    for (const f of EXPORT_FORMATS) {
      const r = exportTopology(broken, f);
      expect(r.notes).toContainEqual(
        expect.objectContaining({ code: 'ExportNatRuleSkipped', message: expect.stringMatching(/inbound NAT rule "lost" is left out/) }),
      );
      expect(r.text).not.toContain('50003');
    }
    expect(exportTopology(broken, 'terraform').text).toContain(
      '# Not written: the target of the inbound NAT rule "ghost": the VM "nobody" does not exist.',
    );
  });

  it('Terraform flags an idle timeout the provider refuses on a NAT rule (4–30)', () => {
    const long: LbTopology = { ...t, inboundNatRules: [{ ...nat[1]!, idleTimeoutMinutes: 45 }] };
    expect(exportTopology(long, 'terraform').text).toMatch(
      /# azurerm accepts idle_timeout_in_minutes 4 to 30 on a NAT rule; 45 will be refused/,
    );
  });

  it('targets with no VMs at all are comments in Terraform, not dangling references', () => {
    const tf = exportTopology({ ...t, vms: [], backendPools: [{ name: 'pool', members: [] }] }, 'terraform').text;
    expect(tf).not.toContain('azurerm_network_interface');
    expect(tf.match(/# Not written: the target of the inbound NAT rule/g)).toHaveLength(2);
  });
});

describe('topologies without NAT rules', () => {
  it.each(PRESET_NAMES)('%s exports the same with inboundNatRules absent or empty', (name) => {
    const t = preset(name);
    expect(t.inboundNatRules).toBeUndefined();
    for (const f of EXPORT_FORMATS) expect(exportTopology({ ...t, inboundNatRules: [] }, f).text).toBe(exportTopology(t, f).text);
  });
});
