// REST, `az` and literal-template shapes (no expressions): the fixture files are covered in fixtures.test.ts.
import { describe, expect, it } from 'vitest';
import { imported as ok } from '../imported.testing';
import { azNew, azOld } from './azShow.testing';
import { importArm } from './importArm';
import { messageOf } from '../../diagnostics/diagnostic';
import { errorOf } from '../text';
import { withEnglish } from '../withEnglish.testing';
import { lbView } from '../../topology/design';

describe('importArm: az network lb show', () => {
  for (const [label, json] of [
    ['older casing', azOld],
    ['newer casing', azNew],
  ] as const) {
    it(`reads the ${label}`, async () => {
      const r = ok(await importArm(JSON.stringify(json, null, 2)));
      expect(lbView(r.topology).loadBalancer).toEqual({ name: 'lb', sku: 'Standard', type: 'Internal' });
      expect(lbView(r.topology).frontends).toEqual([{ name: 'fe', ip: '10.1.0.10' }]);
      expect(lbView(r.topology).rules).toEqual([
        {
          name: 'sql',
          frontend: 'fe',
          backendPool: 'pool',
          protocol: 'Tcp',
          frontendPort: 1433,
          backendPort: 1433,
          floatingIp: true,
          probe: 'p59999',
          idleTimeoutMinutes: 4,
        },
      ]);
      expect(lbView(r.topology).probes).toEqual([
        { name: 'p59999', protocol: 'Tcp', port: 59999, intervalInSeconds: 5, probeThreshold: 2 },
      ]);
      // The pool lists the NIC ipconfig: the VM is named after the NIC, its address is a marked default.
      // Tcp 1433 with its own probe port 59999 is Microsoft's SQL listener procedure; the VM's OS is a default, so WSFC.
      expect(lbView(r.topology).backendPools).toEqual([{ name: 'pool', members: ['vm1-nic'], frontendIpHolder: 'cluster-windows' }]);
      expect(r.topology.vms).toEqual([{ name: 'vm1-nic', os: 'linux', nic: { name: 'eth0', ip: '192.0.2.10' } }]);
      expect(r.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
      expect(r.diagnostics.map((d) => messageOf(d)).join('\n')).toMatch(/NIC "vm1-nic" .* imported as 192\.0\.2\.10/);
      expect(r.counts).toEqual({ frontends: 1, backendPools: 1, probes: 1, rules: 1, vms: 1 });
    });
  }
  it("a missing enableFloatingIP is Azure's default, false", async () => {
    const json = structuredClone(azOld) as unknown as { loadBalancingRules: Record<string, unknown>[] };
    delete json.loadBalancingRules[0]!.enableFloatingIP;
    expect(lbView(ok(await importArm(JSON.stringify(json))).topology).rules[0]!.floatingIp).toBe(false);
  });
  it('imports every load balancer of a list into one topology; --lb picks one and names the others it leaves out', async () => {
    const text = JSON.stringify([azOld, { ...azNew, name: 'lb2' }]);
    const r = ok(await importArm(text));
    expect(r.topology.loadBalancers.map((lb) => lb.name)).toEqual(['lb', 'lb2']);
    expect(r.diagnostics.filter((d) => d.code === 'ImportIgnored')).toEqual([]);
    expect([r.loadBalancers, r.loadBalancer]).toEqual([['lb', 'lb2'], undefined]);
    const first = ok(await importArm(text, { loadBalancer: 'lb' }));
    expect(withEnglish(first.diagnostics)).toContainEqual(
      expect.objectContaining({
        severity: 'info',
        code: 'ImportIgnored',
        path: '[1]',
        message:
          '"lb2" (at [1]) is not imported: --lb picked another load balancer of the file. Import without --lb to get every load balancer in one topology.',
      }),
    );

    const second = ok(await importArm(text, { loadBalancer: 'LB2' }));
    expect(lbView(second.topology).loadBalancer.name).toBe('lb2');
    expect(second.loadBalancer).toBe('lb2');
    expect(second.diagnostics.filter((d) => d.code === 'ImportIgnored').map((d) => d.path)).toEqual(['[0]']);
    expect(withEnglish(await importArm(text, { loadBalancer: 'lb3' }))).toMatchObject({
      ok: false,
      error: 'There is no load balancer "lb3" in this file; it has "lb", "lb2". Give one of those names.',
    });
    expect(ok(await importArm(JSON.stringify(azOld)))).not.toHaveProperty('loadBalancers');
  });

  it('two load balancers of the same name are listed and chosen by their path', async () => {
    const text = JSON.stringify([azOld, { ...azNew, name: 'lb' }]);
    const r = ok(await importArm(text));
    expect(r.loadBalancers).toEqual(['[0]', '[1]']);
    const second = ok(await importArm(text, { loadBalancer: '[1]' }));
    expect(second.loadBalancer).toBe('[1]');
    expect(second.diagnostics.filter((d) => d.code === 'ImportIgnored').map((d) => d.path)).toEqual(['[0]']);
  });
});

describe('importArm: literal templates', () => {
  const template = (resources: unknown[]) =>
    JSON.stringify({
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      contentVersion: '1.0.0.0',
      resources,
    });
  const lb = {
    type: 'Microsoft.Network/loadBalancers',
    name: 'lb-web',
    sku: { name: 'Standard' },
    properties: {
      frontendIPConfigurations: [
        {
          name: 'fe',
          properties: {
            publicIPAddress: { id: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/publicIPAddresses/pip-web' },
          },
        },
      ],
      backendAddressPools: [
        { name: 'web' },
        { name: 'ips', properties: { loadBalancerBackendAddresses: [{ name: 'appliance', properties: { ipAddress: '10.0.5.9' } }] } },
      ],
      probes: [{ name: 'http', properties: { protocol: 'http', port: '8080', requestPath: '/health', intervalInSeconds: '5' } }],
      loadBalancingRules: [
        {
          name: 'https',
          properties: {
            frontendIPConfiguration: { id: 'fe' },
            backendAddressPool: { id: '/x/providers/Microsoft.Network/loadBalancers/lb-web/backendAddressPools/web' },
            probe: { id: '/x/providers/Microsoft.Network/loadBalancers/lb-web/probes/http' },
            protocol: 'Tcp',
            frontendPort: 443,
            backendPort: '8443',
            enableFloatingIP: 'true',
          },
        },
      ],
      inboundNatRules: [
        {
          name: 'rdp',
          properties: {
            frontendIPConfiguration: { id: 'fe' },
            protocol: 'Tcp',
            frontendPort: 50001,
            backendPort: 3389,
            enableFloatingIP: false,
          },
        },
      ],
    },
  };
  const nic = (name: string, ip?: string) => ({
    type: 'Microsoft.Network/networkInterfaces',
    name,
    properties: {
      ipConfigurations: [
        {
          name: 'ipconfig1',
          properties: {
            ...(ip ? { privateIPAllocationMethod: 'Static', privateIPAddress: ip } : {}),
            loadBalancerBackendAddressPools: [{ id: '/x/providers/Microsoft.Network/loadBalancers/lb-web/backendAddressPools/web' }],
          },
        },
      ],
    },
  });
  const vm = (name: string, nicName: string, image: object) => ({
    type: 'Microsoft.Compute/virtualMachines',
    name,
    properties: {
      storageProfile: { imageReference: image },
      networkProfile: { networkInterfaces: [{ id: `/x/providers/Microsoft.Network/networkInterfaces/${nicName}` }] },
    },
  });
  const pip = {
    type: 'Microsoft.Network/publicIPAddresses',
    name: 'pip-web',
    properties: { publicIPAllocationMethod: 'Static', ipAddress: '20.1.2.3' },
  };

  it('maps NICs to pools, VMs to NICs, OS from the image, the public IP from its resource', async () => {
    const r = ok(
      await importArm(
        template([
          lb,
          pip,
          nic('web1-nic', '10.0.0.4'),
          nic('web2-nic'),
          vm('web1', 'web1-nic', { publisher: 'Canonical', offer: 'ubuntu-24_04-lts' }),
          vm('web2', 'web2-nic', { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer' }),
        ]),
      ),
    );
    const t = lbView(r.topology);
    expect(t.loadBalancer).toEqual({ name: 'lb-web', sku: 'Standard', type: 'Public' });
    expect(t.frontends).toEqual([{ name: 'fe', ip: '20.1.2.3' }]);
    expect(t.rules).toEqual([
      {
        name: 'https',
        frontend: 'fe',
        backendPool: 'web',
        protocol: 'Tcp',
        frontendPort: 443,
        backendPort: 8443,
        floatingIp: true,
        probe: 'http',
      },
    ]);
    expect(t.probes).toEqual([{ name: 'http', protocol: 'Http', port: 8080, requestPath: '/health', intervalInSeconds: 5 }]);
    expect(t.backendPools).toEqual([
      { name: 'web', members: ['web1', 'web2'] },
      { name: 'ips', members: ['appliance'] },
    ]);
    expect(t.vms).toEqual([
      { name: 'web1', os: 'ubuntu', nic: { name: 'eth0', ip: '10.0.0.4' } },
      { name: 'web2', os: 'windows', nic: { name: 'Ethernet', ip: '192.0.2.10' } },
      { name: 'appliance', os: 'linux', nic: { name: 'eth0', ip: '10.0.5.9' } },
    ]);
    // No NIC names the NAT rule: it imports without a target (a valid state), and nothing is ignored.
    expect(t.inboundNatRules).toEqual([
      { name: 'rdp', frontend: 'fe', protocol: 'Tcp', frontendPort: 50001, backendPort: 3389, floatingIp: false },
    ]);
    expect(r.diagnostics.filter((d) => d.code === 'ImportIgnored')).toEqual([]);
    expect(r.diagnostics).toContainEqual(
      expect.objectContaining({
        code: 'ImportDefaultUsed',
        path: 'resources[3].properties.ipConfigurations[0].properties.privateIPAddress',
      }),
    );
  });

  it('without VM resources the VM is named after its NIC, with a default OS, both said', async () => {
    const r = ok(await importArm(template([lb, nic('nic-a', '10.0.0.7')])));
    expect(r.topology.vms[0]).toEqual({ name: 'nic-a', os: 'linux', nic: { name: 'eth0', ip: '10.0.0.7' } });
    expect(r.diagnostics.map((d) => messageOf(d)).join('\n')).toMatch(
      /No virtual machine in the template uses the NIC "nic-a"[\s\S]*OS of the VM "nic-a" is not in the definition/,
    );
    // The public IP resource is absent: a documentation address, said.
    expect(lbView(r.topology).frontends[0]!.ip).toBe('203.0.113.10');
  });

  it('a single load balancer resource imports on its own; a missing sku is Basic, said', async () => {
    const { sku: _sku, ...noSku } = lb;
    const r = ok(await importArm(JSON.stringify(noSku)));
    expect(lbView(r.topology).loadBalancer.sku).toBe('Basic');
    expect(withEnglish(r.diagnostics)).toContainEqual(
      expect.objectContaining({
        severity: 'info',
        code: 'ImportDefaultUsed',
        path: 'sku',
        message: expect.stringMatching(/no sku, which Azure reads as Basic/),
      }),
    );
  });

  it('bad values become visible placeholders with a warning at their path, never dropped', async () => {
    const bad = structuredClone(lb);
    const rule = bad.properties.loadBalancingRules[0]!.properties as Record<string, unknown>;
    rule.frontendPort = 'eighty';
    rule.protocol = 'Sctp';
    bad.properties.loadBalancingRules.push({ name: '', properties: { frontendPort: 80, backendPort: 80, protocol: 'Udp' } } as never);
    const r = ok(await importArm(template([bad])));
    expect(lbView(r.topology).rules.map((x) => [x.name, x.protocol, x.frontendPort, x.frontend, x.backendPool])).toEqual([
      ['https', 'Tcp', 0, 'fe', 'web'],
      ['<rule-2>', 'Udp', 80, '', ''],
    ]);
    const warnings = r.diagnostics.filter((d) => d.severity === 'warning');
    expect(warnings.map((d) => d.path)).toEqual([
      'resources[0].properties.loadBalancingRules[0].properties.protocol',
      'resources[0].properties.loadBalancingRules[0].properties.frontendPort',
      'resources[0].properties.loadBalancingRules[1].name',
      'resources[0].properties.loadBalancingRules[1].properties.frontendIPConfiguration',
      'resources[0].properties.loadBalancingRules[1].properties.backendAddressPool',
    ]);
  });
});

describe('importArm: a REST spec example', () => {
  it('imports what the PUT request creates, says so, and takes backendAddressPools when backendAddressPool is {}', async () => {
    const id = (kind: string, name: string) =>
      `/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/loadBalancers/lb/${kind}/${name}`;
    const rule = (protocol: string, port: number, pool: object) => ({
      name: 'r',
      properties: {
        frontendIPConfiguration: { id: id('frontendIPConfigurations', 'fe') },
        protocol,
        frontendPort: port,
        backendPort: port,
        enableFloatingIP: true,
        ...pool,
      },
    });
    const props = (r: object) => ({
      frontendIPConfigurations: [
        { name: 'fe', properties: { privateIPAddress: '10.0.0.4', privateIPAllocationMethod: 'Static', subnet: { id: '/s' } } },
      ],
      backendAddressPools: [{ name: 'p1' }, { name: 'p2' }],
      loadBalancingRules: [r],
    });
    const example = {
      parameters: {
        loadBalancerName: 'lb',
        parameters: {
          sku: { name: 'Gateway' },
          properties: props(
            rule('All', 0, {
              backendAddressPool: {},
              backendAddressPools: [{ id: id('backendAddressPools', 'p1') }, { id: id('backendAddressPools', 'p2') }],
            }),
          ),
        },
      },
      responses: {
        200: {
          body: {
            id: '/x',
            name: 'lb',
            sku: { name: 'Gateway' },
            properties: props(rule('Tcp', 80, { backendAddressPool: { id: id('backendAddressPools', 'p1') } })),
          },
        },
      },
    };
    const r = ok(await importArm(JSON.stringify(example)));
    expect(lbView(r.topology).loadBalancer.name).toBe('lb');
    expect(lbView(r.topology).rules.map((x) => [x.protocol, x.frontendPort, x.backendPool])).toEqual([['All', 0, 'p1']]);
    const said = r.diagnostics.map((d) => [d.code, d.path, messageOf(d)]);
    expect(said).toContainEqual(['ImportIgnored', 'parameters.parameters', expect.stringContaining('read from its request body')]);
    expect(said).toContainEqual([
      'ImportIgnored',
      'parameters.parameters.properties.loadBalancingRules[0].properties.backendAddressPools[1]',
      expect.stringContaining('"p2"'),
    ]);
    expect(said.filter(([c]) => c === 'ImportUnresolved')).toEqual([]);
  });
});

describe('importArm: what it refuses', () => {
  it('malformed JSON, with line and column', async () => {
    expect(withEnglish(await importArm('{\n  "resources": [\n    { "type": "x" }\n    { }\n  ]\n}'))).toMatchObject({
      ok: false,
      format: 'arm',
      error: expect.stringMatching(/^This is not valid JSON \(line 4, column 5\): expected ","/),
      diagnostics: [],
    });
  });
  it('a template without any load balancer says so', async () => {
    const r = await importArm(
      JSON.stringify({
        $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
        resources: [{ type: 'Microsoft.Network/virtualNetworks', name: 'v' }],
      }),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(errorOf(r)).toMatch(/^No load balancer found: the template: it has no Microsoft\.Network\/loadBalancers resource/);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ severity: 'error', code: 'ImportNoLoadBalancer' }));
  });
});

describe('importArm: a load balancer whose properties are one expression', () => {
  it('is an error naming the parameter, not a silently empty load balancer', async () => {
    const text = JSON.stringify({
      parameters: { props: { type: 'object' } },
      resources: [{ type: 'Microsoft.Network/loadBalancers', name: 'lb', properties: "[parameters('props')]" }],
    });
    const r = await importArm(text);
    expect(r.ok && lbView(r.topology).rules).toEqual([]);
    expect(withEnglish(r.diagnostics)).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        code: 'ImportUnresolved',
        message: expect.stringMatching(/^The properties of the load balancer: \[parameters\('props'\)\] could not be evaluated/),
      }),
    );
  });
});

describe('importArm: paths of a lone resource', () => {
  it('point into the file, also for expressions the evaluator could not resolve', async () => {
    const resource = {
      type: 'Microsoft.Network/loadBalancers',
      name: 'lb',
      properties: { frontendIPConfigurations: [{ name: 'fe', properties: { privateIPAddress: "[parameters('ip')]" } }] },
    };
    const r = await importArm(JSON.stringify([resource]));
    expect(r.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'ImportUnresolved', path: '[0].properties.frontendIPConfigurations[0].properties.privateIPAddress' }),
    );
  });
});
