import { describe, expect, it } from 'vitest';
import { loadTopology } from '../core/topology/load';
import { USAGE } from './main';
import { runCliAsync as run, importedLb } from './runCli.testing';
import { lbView } from '../core/topology/design';

const REST = JSON.stringify({
  id: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/loadBalancers/lb',
  name: 'lb',
  sku: { name: 'Standard' },
  properties: {
    frontendIPConfigurations: [{ name: 'fe', properties: { privateIPAddress: '10.0.0.9' } }],
    backendAddressPools: [{ name: 'pool' }],
    loadBalancingRules: [
      {
        name: 'r',
        properties: {
          protocol: 'Tcp',
          frontendPort: 1433,
          backendPort: 1433,
          enableFloatingIP: true,
          frontendIPConfiguration: { id: 'fe' },
          backendAddressPool: { id: 'pool' },
        },
      },
    ],
  },
});

describe('floatplan import', () => {
  it('prints a loadable v1 topology on stdout and a summary on stderr; exit 0', async () => {
    const r = await run(['import', 'lb.json'], { 'lb.json': REST });
    expect(r.code).toBe(0);
    const loaded = loadTopology(JSON.parse(r.out));
    expect(loaded.ok && lbView(loaded.topology).rules[0]).toMatchObject({
      name: 'r',
      floatingIp: true,
      frontend: 'fe',
      backendPool: 'pool',
    });
    expect(r.err).toBe('floatplan: imported lb.json as arm: 1 frontends, 1 backend pools, 0 probes, 1 rules, 0 VMs');
  });

  it('counts inbound NAT rules in the summary when there are some', async () => {
    const withNat = JSON.parse(REST);
    withNat.properties.inboundNatRules = [
      { name: 'rdp', properties: { protocol: 'Tcp', frontendPort: 50001, backendPort: 3389, frontendIPConfiguration: { id: 'fe' } } },
    ];
    const r = await run(['import', 'lb.json'], { 'lb.json': JSON.stringify(withNat) });
    expect(r.code).toBe(0);
    expect(importedLb(r.out).inboundNatRules).toEqual([
      { name: 'rdp', frontend: 'fe', protocol: 'Tcp', frontendPort: 50001, backendPort: 3389, floatingIp: false },
    ]);
    expect(r.err).toBe('floatplan: imported lb.json as arm: 1 frontends, 1 backend pools, 0 probes, 1 rules, 1 inbound NAT rules, 0 VMs');
  });

  it('exit 2 for unreadable input, nothing to import and usage mistakes', async () => {
    const bad = await run(['import', 'bad.json'], { 'bad.json': '{ "a": }' });
    expect(bad.code).toBe(2);
    expect(bad.out).toBe('');
    expect(bad.err).toMatch(/^floatplan: cannot import bad\.json: This is not valid JSON \(line 1, column 8\)/);
    expect((await run(['import', 'nope.json'])).err).toMatch(/cannot read the file nope\.json: no such file/);
    expect((await run(['import', 'vnet.json'], { 'vnet.json': '{"resources": []}' })).err).toMatch(/No load balancer found/);
    expect((await run(['import'])).err).toMatch(/missing <file>/);
    expect((await run(['import', 'lb.json', '--format', 'pulumi'], { 'lb.json': REST })).err).toMatch(
      /unknown format "pulumi"; formats are arm \(or az\), terraform, bicep/,
    );
    expect((await run(['import', 'lb.json', '--param', 'novalue'], { 'lb.json': REST })).err).toMatch(
      /--param "novalue" is not name=value/,
    );
    expect((await run(['import', 'lb.json', '--parameters', 'missing.json'], { 'lb.json': REST })).err).toMatch(
      /cannot read the parameters file missing\.json/,
    );
    for (const argv of [
      ['import', 'a', 'b'],
      ['import', 'lb.json', '--colour'],
    ])
      expect((await run(argv, { 'lb.json': REST })).code).toBe(2);
  });

  it('imports every load balancer; --lb picks one; the summary lists them; an unknown name exits 2 naming the others', async () => {
    const two = JSON.stringify([JSON.parse(REST), { ...JSON.parse(REST), name: 'lb-b' }]);
    const first = await run(['import', 'two.json'], { 'two.json': two });
    expect(first.code).toBe(0);
    // Every load balancer of the file, in one v2 topology.
    expect([importedLb(first.out, 0).loadBalancer.name, importedLb(first.out, 1).loadBalancer.name]).toEqual(['lb', 'lb-b']);
    expect(first.err).toContain('floatplan: the file has 2 load balancers (lb, lb-b); imported them all (pick one with --lb <name>)');
    const picked = await run(['import', 'two.json', '--lb', 'lb-b'], { 'two.json': two });
    expect([picked.code, importedLb(picked.out).loadBalancer.name]).toEqual([0, 'lb-b']);
    expect(JSON.parse(picked.out).loadBalancers).toHaveLength(1);
    expect(picked.err).toContain('imported lb-b (choose with --lb <name>)');
    expect(picked.err).toContain('"lb" (at [0]) is not imported: --lb picked another load balancer');
    const wrong = await run(['import', 'two.json', '--lb', 'lb-c'], { 'two.json': two });
    expect([wrong.code, wrong.out]).toEqual([2, '']);
    expect(wrong.err).toContain('There is no load balancer "lb-c" in this file; it has "lb", "lb-b".');
    expect((await run(['import', 'two.json', '--lb', ' '], { 'two.json': two })).err).toMatch(/--lb needs the name of a load balancer/);
  });

  it('a directory (or several .tf files) is one Terraform configuration: variables from one file, the load balancer from another', async () => {
    const files = {
      'cfg/variables.tf': 'variable "ip" {\n  default = "10.0.1.9"\n}\n',
      'cfg/main.tf':
        'resource "azurerm_lb" "lb" {\n  name = "lb"\n  sku = "Standard"\n  frontend_ip_configuration {\n    name = "fe"\n    subnet_id = "s"\n    private_ip_address = var.ip\n  }\n}\n',
      'cfg/README.md': '# not Terraform',
    };
    const dir = await run(['import', 'cfg'], files);
    expect(dir.code).toBe(0);
    expect(importedLb(dir.out).frontends).toEqual([{ name: 'fe', ip: '10.0.1.9' }]);
    expect(dir.err).toContain('floatplan: imported cfg as terraform');
    const listed = await run(['import', 'cfg/main.tf', 'cfg/variables.tf'], files);
    expect(importedLb(listed.out).frontends).toEqual([{ name: 'fe', ip: '10.0.1.9' }]);

    const broken = await run(['import', 'cfg'], { ...files, 'cfg/main.tf': files['cfg/main.tf'].replace('name = "lb"', 'name = ') });
    expect([broken.code, broken.out]).toEqual([2, '']);
    expect(broken.err).toMatch(/cfg\/main\.tf, line 2, column \d+/);
    expect((await run(['import', 'cfg/main.tf', 'lb.json'], { ...files, 'lb.json': REST })).err).toContain(
      'several files are read together only as one Terraform configuration (.tf files); lb.json is not one',
    );
    expect((await run(['import', 'docs'], { 'docs/a.md': 'x' })).err).toContain('docs is a directory without .tf files');
    // Files Terraform skips are skipped; a .tf.json file is read on its own, never joined with .tf files.
    const skipped = await run(['import', 'cfg'], { ...files, 'cfg/.#main.tf': 'not a file' });
    expect(skipped.code).toBe(0);
    const mixed = await run(['import', 'cfg'], { ...files, 'cfg/extra.tf.json': '{}' });
    expect([mixed.code, mixed.err]).toEqual([
      2,
      expect.stringContaining('cfg has cfg/extra.tf.json beside other configuration files; import a .tf.json file on its own'),
    ]);
    const cdktf = await run(['import', 'out'], {
      'out/cdk.tf.json': JSON.stringify({
        resource: {
          azurerm_lb: {
            lb: { name: 'lb', sku: 'Standard', frontend_ip_configuration: { name: 'fe', subnet_id: 's', private_ip_address: '10.0.1.9' } },
          },
        },
      }),
    });
    expect([cdktf.code, importedLb(cdktf.out).frontends]).toEqual([0, [{ name: 'fe', ip: '10.0.1.9' }]]);
  });

  it('--format az is the ARM reader; the usage lists the command', async () => {
    expect((await run(['import', 'lb.json', '--format', 'az'], { 'lb.json': REST })).code).toBe(0);
    expect(USAGE).toContain(
      'floatplan import <file>... [--param name=value]... [--parameters <file>] [--format arm|az|terraform|bicep] [--lb <name>]',
    );
  });
});
