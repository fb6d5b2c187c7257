// Inbound NAT rules in ARM templates, REST and `az` output: targets from NIC ipconfigs, child resources, what is ignored.
import { describe, expect, it } from 'vitest';
import { SSH_AND_SQL_NAT_RULES } from '../natRules.testing';
import { imported as ok } from '../imported.testing';
import { azNew, azOld, SUB } from './azShow.testing';
import { importArm } from './importArm';
import { messageOf } from '../../diagnostics/diagnostic';
import { expectDiagnostic, withEnglish } from '../withEnglish.testing';
import { lbView } from '../../topology/design';

describe('importArm: inbound NAT rules', () => {
  const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';
  const lbResource = (natRules: object[], extra: Record<string, unknown> = {}) => ({
    type: 'Microsoft.Network/loadBalancers',
    name: 'lb',
    sku: { name: 'Standard' },
    properties: {
      frontendIPConfigurations: [
        { name: 'fe', properties: { privateIPAllocationMethod: 'Static', privateIPAddress: '10.0.0.100', subnet: { id: 's' } } },
      ],
      backendAddressPools: [{ name: 'pool' }],
      inboundNatRules: natRules,
      ...extra,
    },
  });
  const template = (resources: object[], parameters: object = {}, metadata?: object) =>
    JSON.stringify({ $schema: SCHEMA, contentVersion: '1.0.0.0', ...(metadata ? { metadata } : {}), parameters, resources });
  const natRule = (name: string, props: object) => ({
    name,
    properties: {
      frontendIPConfiguration: { id: "[resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb', 'fe')]" },
      protocol: 'Tcp',
      ...props,
    },
  });
  const ref = (child: string, name: string, lb = 'lb') => ({
    id: `[resourceId('Microsoft.Network/loadBalancers/${child}', '${lb}', '${name}')]`,
  });
  interface Config {
    ip: string;
    primary?: boolean;
    nat?: object[];
    pools?: object[];
  }
  const nic = (name: string, configs: Config[]) => ({
    type: 'Microsoft.Network/networkInterfaces',
    name,
    properties: {
      ipConfigurations: configs.map((c, i) => ({
        name: `ipconfig${i + 1}`,
        properties: {
          privateIPAllocationMethod: 'Static',
          privateIPAddress: c.ip,
          ...(c.primary !== undefined ? { primary: c.primary } : {}),
          ...(c.nat ? { loadBalancerInboundNatRules: c.nat } : {}),
          ...(c.pools ? { loadBalancerBackendAddressPools: c.pools } : {}),
        },
      })),
    },
  });
  const windowsVm = (name: string, nicName: string) => ({
    type: 'Microsoft.Compute/virtualMachines',
    name,
    properties: {
      storageProfile: { imageReference: { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer' } },
      networkProfile: { networkInterfaces: [{ id: `[resourceId('Microsoft.Network/networkInterfaces', '${nicName}')]` }] },
    },
  });

  it('a NIC ipconfig naming a NAT rule makes its VM the target; a secondary ipconfig is { vm, ip }; string numbers are read', async () => {
    const rules = [
      natRule('ssh', { frontendPort: 50022, backendPort: 22, enableFloatingIP: false, idleTimeoutInMinutes: '10', enableTcpReset: 'true' }),
      natRule('sql', { frontendPort: '1433', backendPort: 1433, enableFloatingIP: true }),
    ];
    // The NIC is in no pool: naming a NAT rule is enough to make it a VM. lb2's rule of the same name is not this one's.
    const db = nic('db1-nic', [
      { ip: '10.0.0.4', primary: true, nat: [ref('inboundNatRules', 'ssh')] },
      { ip: '10.0.0.5', nat: [ref('inboundNatRules', 'sql'), ref('inboundNatRules', 'ssh', 'lb2')] },
    ]);
    const r = ok(await importArm(template([lbResource(rules), db, windowsVm('db1', 'db1-nic')])));
    expect(lbView(r.topology).inboundNatRules).toEqual(SSH_AND_SQL_NAT_RULES);
    expect(r.topology.vms).toEqual([{ name: 'db1', os: 'windows', nic: { name: 'Ethernet', ip: '10.0.0.4', secondaryIps: ['10.0.0.5'] } }]);
    expect(lbView(r.topology).backendPools).toEqual([{ name: 'pool', members: [] }]);
    expect(r.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('a port-range (v2) NAT rule is ImportIgnored with its path and why; a NIC naming it is not given the classic one', async () => {
    const rules = [
      natRule('rdp', { frontendPort: 50001, backendPort: 3389 }),
      natRule('range', {
        frontendPortRangeStart: 50100,
        frontendPortRangeEnd: 50199,
        backendPort: 22,
        backendAddressPool: ref('backendAddressPools', 'pool'),
      }),
    ];
    const r = ok(
      await importArm(
        template([
          lbResource(rules),
          nic('web-nic', [{ ip: '10.0.0.6', nat: [ref('inboundNatRules', 'range')], pools: [ref('backendAddressPools', 'pool')] }]),
        ]),
      ),
    );
    expect(lbView(r.topology).inboundNatRules).toEqual([
      { name: 'rdp', frontend: 'fe', protocol: 'Tcp', frontendPort: 50001, backendPort: 3389, floatingIp: false },
    ]);
    expect(lbView(r.topology).backendPools).toEqual([{ name: 'pool', members: ['web-nic'] }]);
    expect(withEnglish(r.diagnostics.filter((d) => d.code === 'ImportIgnored'))).toEqual([
      expect.objectContaining({
        severity: 'info',
        code: 'ImportIgnored',
        path: 'resources[0].properties.inboundNatRules[1]',
        message:
          'The inbound NAT rule "range" is a port-range (v2) NAT rule (it has frontendPortRangeStart, frontendPortRangeEnd, backendAddressPool): Azure maps one frontend port of the range to each member of a backend pool. Floatplan plans classic NAT rules only (one frontend port to one VM IP configuration), so it is not imported.',
      }),
    ]);
  });

  it('an unresolved frontendPort is a visible placeholder (0) with ImportUnresolved at its JSON path; --param gives the value', async () => {
    const text = template([lbResource([natRule('rdp', { frontendPort: "[parameters('natPort')]", backendPort: 3389 })])], {
      natPort: { type: 'int' },
    });
    const r = ok(await importArm(text));
    expect(lbView(r.topology).inboundNatRules?.[0]).toMatchObject({ name: 'rdp', frontendPort: 0, backendPort: 3389 });
    expectDiagnostic(r.diagnostics, {
      severity: 'warning',
      code: 'ImportUnresolved',
      path: 'resources[0].properties.inboundNatRules[0].properties.frontendPort',
      message: expect.stringMatching(
        /^The frontendPort of the inbound NAT rule "rdp": \[parameters\('natPort'\)\] could not be evaluated \(parameter 'natPort' has no value; give one with --param natPort=value\)\. It is imported as 0; fill in the real value\.$/,
      ),
    });
    expect(lbView(ok(await importArm(text, { params: { natPort: '50001' } })).topology).inboundNatRules?.[0]?.frontendPort).toBe(50001);
  });

  it('az network lb show: backendIPConfiguration names the target NIC, mapped to a VM as pool members are', async () => {
    const nicId = (n: string) =>
      `/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/${n}/ipConfigurations/ipconfig1`;
    const deployedRule = (name: string, port: number, target?: string) => ({
      // az prints unset optional properties as null: they do not make a classic rule a port-range one.
      backendAddressPool: null,
      backendIPConfiguration: target ? { id: nicId(target), resourceGroup: 'rg' } : null,
      backendPort: 3389,
      enableFloatingIp: false,
      enableTcpReset: false,
      frontendIpConfiguration: { id: `${SUB}/frontendIPConfigurations/fe`, resourceGroup: 'rg' },
      frontendPort: port,
      frontendPortRangeEnd: null,
      frontendPortRangeStart: null,
      id: `${SUB}/inboundNatRules/${name}`,
      idleTimeoutInMinutes: 4,
      name,
      protocol: 'Tcp',
      resourceGroup: 'rg',
    });
    const json = {
      ...azNew,
      inboundNatRules: [deployedRule('rdp-vm1', 50001, 'vm1-nic'), deployedRule('rdp-vm2', 50002, 'vm2-nic'), deployedRule('spare', 50003)],
    };
    const r = ok(await importArm(JSON.stringify(json)));
    const t = lbView(r.topology);
    expect(t.inboundNatRules?.map((n) => [n.name, n.frontend, n.frontendPort, n.target])).toEqual([
      ['rdp-vm1', 'fe', 50001, 'vm1-nic'],
      ['rdp-vm2', 'fe', 50002, 'vm2-nic'],
      ['spare', 'fe', 50003, undefined],
    ]);
    expect(t.inboundNatRules?.[2]).not.toHaveProperty('target');
    // vm1-nic is the pool member too: one VM. vm2-nic is known only from the NAT rule: a marked default address.
    expect(t.vms).toEqual([
      { name: 'vm1-nic', os: 'linux', nic: { name: 'eth0', ip: '192.0.2.10' } },
      { name: 'vm2-nic', os: 'linux', nic: { name: 'eth0', ip: '192.0.2.11' } },
    ]);
    expectDiagnostic(r.diagnostics, {
      severity: 'info',
      code: 'ImportDefaultUsed',
      path: 'inboundNatRules[1].backendIPConfiguration.id',
      message:
        'The NIC "vm2-nic" (IP configuration "ipconfig1") is the target of the inbound NAT rule "rdp-vm2" but its address is not in this JSON (`az network nic show` has it); it is imported as 192.0.2.11, a documentation address.',
    });
    expect(r.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('leaves inboundNatRules out when there are none', async () => {
    expect(ok(await importArm(JSON.stringify(azOld))).topology).not.toHaveProperty('inboundNatRules');
  });

  it('two NICs naming the same NAT rule: the first is the target, the second is said', async () => {
    const r = ok(
      await importArm(
        template([
          lbResource([natRule('rdp', { frontendPort: 50001, backendPort: 3389 })]),
          nic('a', [{ ip: '10.0.0.4', nat: [ref('inboundNatRules', 'rdp')] }]),
          nic('b', [{ ip: '10.0.0.5', nat: [ref('inboundNatRules', 'rdp')] }]),
        ]),
      ),
    );
    expect(lbView(r.topology).inboundNatRules?.[0]?.target).toBe('a');
    expectDiagnostic(r.diagnostics, {
      severity: 'warning',
      code: 'ImportInvalid',
      path: 'resources[2].properties.ipConfigurations[0]',
      message:
        'The inbound NAT rule "rdp" is attached to "a" and also to "b"; Azure forwards a NAT rule to one IP configuration only, so only "a" is imported.',
    });
  });

  it('NAT rules and pools declared as child resources of their own (a copy loop, `<lb>/<name>`) join their load balancer', async () => {
    // The common quickstart shape: one RDP rule per VM as a child resource in a copy loop, NICs naming them by id.
    const childRule = {
      type: 'Microsoft.Network/loadBalancers/inboundNatRules',
      apiVersion: '2024-05-01',
      name: "[concat(parameters('lbName'), '/rdp-vm', copyIndex(1))]",
      copy: { name: 'natLoop', count: 2 },
      dependsOn: ["[resourceId('Microsoft.Network/loadBalancers', parameters('lbName'))]"],
      properties: {
        frontendIPConfiguration: {
          id: "[resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', parameters('lbName'), 'fe')]",
        },
        protocol: 'Tcp',
        frontendPort: '[add(50000, copyIndex(1))]',
        backendPort: 3389,
        enableFloatingIP: false,
      },
    };
    const childPool = { type: 'Microsoft.Network/loadBalancers/backendAddressPools', name: 'LB/web', properties: {} };
    const lb = { ...lbResource([]), name: "[parameters('lbName')]" };
    const nics = [1, 2].map((n) =>
      nic(`vm${n}-nic`, [
        { ip: `10.0.0.${3 + n}`, nat: [ref('inboundNatRules', `rdp-vm${n}`)], pools: [ref('backendAddressPools', 'web')] },
      ]),
    );
    const r = ok(await importArm(template([lb, childRule, childPool, ...nics], { lbName: { type: 'string', defaultValue: 'lb' } })));
    expect(lbView(r.topology).inboundNatRules?.map((n) => [n.name, n.frontend, n.frontendPort, n.backendPort, n.target])).toEqual([
      ['rdp-vm1', 'fe', 50001, 3389, 'vm1-nic'],
      ['rdp-vm2', 'fe', 50002, 3389, 'vm2-nic'],
    ]);
    // The child pool (its parent named in other case) is a pool like the inline one, with its NIC members.
    expect(lbView(r.topology).backendPools).toEqual([
      { name: 'pool', members: [] },
      { name: 'web', members: ['vm1-nic', 'vm2-nic'] },
    ]);
    expect(r.diagnostics.filter((d) => d.code === 'ImportIgnored' || d.severity !== 'info')).toEqual([]);
  });

  it("a NAT rule nested in the load balancer's own resources (short name) joins it too", async () => {
    const nested = {
      type: 'inboundNatRules',
      apiVersion: '2024-05-01',
      name: 'ssh',
      properties: {
        frontendIPConfiguration: { id: "[resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb', 'fe')]" },
        protocol: 'Tcp',
        frontendPort: 50022,
        backendPort: 22,
      },
    };
    const r = ok(await importArm(template([{ ...lbResource([]), resources: [nested] }])));
    expect(lbView(r.topology).inboundNatRules?.map((n) => [n.name, n.frontendPort, n.backendPort])).toEqual([['ssh', 50022, 22]]);
    expect(r.diagnostics.filter((d) => d.code === 'ImportIgnored')).toEqual([]);
  });

  it('a child resource that cannot join a load balancer is ImportIgnored with the reason, never silently dropped', async () => {
    const child = (type: string, name: string) => ({
      type: `Microsoft.Network/loadBalancers/${type}`,
      name,
      properties: { protocol: 'Tcp', frontendPort: 50022, backendPort: 22 },
    });
    const resources = [
      lbResource([natRule('ssh', { frontendPort: 50022, backendPort: 22 })]),
      child('inboundNatRules', 'other-lb/rdp'),
      child('inboundNatRules', 'ssh'),
      child('inboundNatRules', 'lb/SSH'),
      child('outboundRules', 'lb/out'),
    ];
    const r = ok(await importArm(template(resources)));
    expect(lbView(r.topology).inboundNatRules?.map((n) => n.name)).toEqual(['ssh']);
    const ignored = r.diagnostics.filter((d) => d.code === 'ImportIgnored').map((d) => [d.severity, d.path, messageOf(d)]);
    const head = (i: number, type: string) =>
      `resources[${i}] is a Microsoft.Network/loadBalancers/${type} resource of its own and is not imported: `;
    expect(ignored).toEqual([
      ['info', 'resources[1]', `${head(1, 'inboundNatRules')}its load balancer "other-lb" is not in this template.`],
      [
        'info',
        'resources[2]',
        `${head(2, 'inboundNatRules')}its name "ssh" is not "<load balancer>/<element>"; give it the load balancer's name and its own, or use Bicep \`parent:\`.`,
      ],
      [
        'info',
        'resources[3]',
        `${head(3, 'inboundNatRules')}the load balancer already declares "SSH" in its inboundNatRules; the one inside the load balancer is imported.`,
      ],
      [
        'info',
        'resources[4]',
        `${head(4, 'outboundRules')}Floatplan reads a load balancer's frontends, backend pools, probes, load-balancing rules and inbound NAT rules, and this type is none of them.`,
      ],
    ]);
  });

  it('NAT pools are ImportIgnored: they serve scale sets', async () => {
    const pools = {
      inboundNatPools: [
        { name: 'vmss-ssh', properties: { protocol: 'Tcp', frontendPortRangeStart: 50000, frontendPortRangeEnd: 50119, backendPort: 22 } },
      ],
    };
    const r = ok(await importArm(template([lbResource([], pools)])));
    expect(r.topology).not.toHaveProperty('inboundNatRules');
    expectDiagnostic(r.diagnostics, {
      severity: 'info',
      code: 'ImportIgnored',
      path: 'resources[0].properties.inboundNatPools[0]',
      message:
        'The inbound NAT pool "vmss-ssh" is not imported: NAT pools serve virtual machine scale sets, and Floatplan plans classic inbound NAT rules to individual VMs only.',
    });
  });

  it("a Floatplan export's metadata.floatplanNatRuleTargets gives the targets back", async () => {
    const metadata = {
      generator: 'Floatplan',
      floatplanVms: [{ name: 'vm1', os: 'linux', nic: { name: 'eth0', ip: '10.0.0.4', secondaryIps: ['10.0.0.5'] } }],
      floatplanNatRuleTargets: { rdp: 'vm1 (10.0.0.5)', ssh: 'vm1', ghost: 'vm1', lost: 'vm9' },
    };
    const rules = [
      natRule('rdp', { frontendPort: 50001, backendPort: 3389 }),
      natRule('ssh', { frontendPort: 50022, backendPort: 22 }),
      natRule('lost', { frontendPort: 50009, backendPort: 22 }),
    ];
    const r = ok(await importArm(template([lbResource(rules)], {}, metadata)));
    expect(lbView(r.topology).inboundNatRules?.map((n) => [n.name, n.target])).toEqual([
      ['rdp', { vm: 'vm1', ip: '10.0.0.5' }],
      ['ssh', 'vm1'],
      ['lost', undefined],
    ]);
    expect(
      r.diagnostics.filter((d) => d.path === 'metadata.floatplanNatRuleTargets').map((d) => [d.severity, d.code, messageOf(d)]),
    ).toEqual([
      [
        'warning',
        'ImportInvalid',
        'metadata.floatplanNatRuleTargets names the inbound NAT rule "ghost", which the template does not have; its target is left out.',
      ],
      [
        'warning',
        'ImportInvalid',
        'metadata.floatplanNatRuleTargets gives "vm9" as the target of the inbound NAT rule "lost", but there is no such VM; the rule is imported without a target.',
      ],
    ]);
  });
});
