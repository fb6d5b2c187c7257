// The fixtures of src/core/import/arm/fixtures (SOURCES.md says what each is shaped after): dual stack, a NAT
// gateway subnet with pool ids written with a trailing slash, and Gateway chaining / Global tier, through the
// public importDefinition as the CLI and the Import dialog call it. Expected values are worked out by hand.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../validation/analyze';
import { importDefinition } from '../importDefinition';
import { imported as ok } from '../imported.testing';
import type { ImportDiagnostic } from '../types';
import { withEnglish } from '../withEnglish.testing';
import { lbView } from '../../topology/design';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
/** The value without the placeholder markers (compared on their own where it matters). */
const bare = <T>(x: T): T => JSON.parse(JSON.stringify(x, (k, v: unknown) => (k === 'placeholders' ? undefined : v))) as T;

describe('dual-stack-public-lb.json (IPv6 ip configurations and public IPs)', () => {
  it('gives the IPv6 ip configurations and the IPv6 public IP IPv6 documentation addresses', async () => {
    const r = ok(await importDefinition(fixture('dual-stack-public-lb.json')));
    expect(bare(lbView(r.topology).frontends)).toEqual([
      { name: 'FrontendIPv4', ip: '203.0.113.10' },
      { name: 'FrontendIPv6', ip: '2001:db8::a' },
    ]);
    expect(bare(r.topology.vms)).toEqual([
      { name: 'dsVM0', os: 'ubuntu', nic: { name: 'eth0', ip: '192.0.2.10', secondaryIps: ['2001:db8:0:2::a'] } },
      { name: 'dsVM1', os: 'ubuntu', nic: { name: 'eth0', ip: '192.0.2.11', secondaryIps: ['2001:db8:0:2::b'] } },
    ]);
    expect(bare(lbView(r.topology).backendPools)).toEqual([
      { name: 'BackendPoolIPv4', members: ['dsVM0', 'dsVM1'] },
      {
        name: 'BackendPoolIPv6',
        members: [
          { vm: 'dsVM0', ip: '2001:db8:0:2::a' },
          { vm: 'dsVM1', ip: '2001:db8:0:2::b' },
        ],
      },
    ]);
    expect(r.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('maps the IPv6 rule to both VMs and validation finds no IP version mismatch', async () => {
    const r = ok(await importDefinition(fixture('dual-stack-public-lb.json')));
    const analysis = analyze(lbView(r.topology));
    expect(analysis.diagnostics.map((d) => d.code)).not.toContain('IpVersionMismatch');
    const v6 = analysis.rows.filter((row) => row.rule === 'RuleIPv6');
    expect(v6.map((row) => [row.vm, row.memberIp, row.destinationIp, row.destinationPort])).toEqual([
      ['dsVM0', '2001:db8:0:2::a', '2001:db8::a', 8080],
      ['dsVM1', '2001:db8:0:2::b', '2001:db8::a', 8080],
    ]);
  });
});

describe('natgw-two-pools.json (NAT gateway subnet, pool ids with a trailing slash)', () => {
  it('reads both pools through resourceId(…/backendAddressPools/, …) and marks the VM in the NAT gateway subnet', async () => {
    const r = ok(await importDefinition(fixture('natgw-two-pools.json')));
    expect(bare(lbView(r.topology).backendPools)).toEqual([
      { name: 'web', members: ['app1'] },
      { name: 'api', members: ['app1', 'jump1'] },
    ]);
    expect(bare(r.topology.vms)).toEqual([
      { name: 'app1', os: 'windows', nic: { name: 'Ethernet', ip: '10.1.0.4' }, natGateway: true },
      { name: 'jump1', os: 'ubuntu', nic: { name: 'eth0', ip: '10.1.1.4' } },
    ]);
    expect(lbView(r.topology).rules.map((x) => [x.name, x.frontend, x.backendPool, x.probe])).toEqual([
      ['web443', 'fe', 'web', 'hp'],
      ['api8443', 'fe', 'api', 'hp'],
    ]);
    // Nothing to say: every reference resolves, and the unused adminUsername and the dependsOn lists are silent.
    expect(r.diagnostics).toEqual([]);
  });
});

describe('gateway-chain.bicep (Gateway chaining, tunnel interfaces, Global tier)', () => {
  const notModelled = (diagnostics: readonly ImportDiagnostic[]) =>
    withEnglish(diagnostics)
      .filter((d) => d.code === 'ImportIgnored' && !d.text.key.endsWith('secondLoadBalancer'))
      .map((d) => [d.severity, d.path, d.message]);

  it('says the Gateway pool tunnel interfaces it leaves out', async () => {
    const r = ok(await importDefinition(fixture('gateway-chain.bicep')));
    expect(lbView(r.topology).loadBalancer).toEqual({ name: 'nva-gwlb', sku: 'Gateway', type: 'Internal' });
    expect(notModelled(r.diagnostics)).toEqual([
      [
        'info',
        'gwlb.properties.backendAddressPools[0].properties.tunnelInterfaces (line 39)',
        'The backend pool "nvas" has 2 Gateway tunnel interface(s) (tunnelInterfaces, VXLAN). Floatplan does not model the tunnels; the pool is imported without them.',
      ],
    ]);
  });

  it('reads the chained frontend and the chained NIC ip configuration into the topology', async () => {
    const r = ok(await importDefinition(fixture('gateway-chain.bicep')));
    expect(r.topology.loadBalancers.map((lb) => [lb.name, lb.sku, lb.tier])).toEqual([
      ['nva-gwlb', 'Gateway', undefined],
      ['app-lb', 'Standard', undefined],
      ['cr-lb', 'Standard', 'Global'],
    ]);
    const chain = { loadBalancer: 'nva-gwlb', frontend: 'gwfe' };
    expect(lbView(r.topology, 'app-lb').frontends[0]!.gatewayLoadBalancer).toEqual(chain);
    expect(r.topology.vms.find((vm) => vm.name === 'web1-nic')!.nic.gatewayLoadBalancer).toEqual(chain);
    expect(r.diagnostics.filter((d) => d.text.key.startsWith('import.ref.'))).toEqual([]);
  });

  it('--lb picks one (by symbolic name): its chain to a load balancer left out is left out too, and said', async () => {
    const r = ok(await importDefinition(fixture('gateway-chain.bicep'), { loadBalancer: 'appLb' }));
    expect(r.loadBalancer).toBe('app-lb');
    expect(lbView(r.topology).frontends[0]!.gatewayLoadBalancer).toBeUndefined();
    expect(r.diagnostics.filter((d) => d.text.key === 'import.ref.unresolved')).toHaveLength(2);
  });

  it('refuses an unknown --lb by listing the load balancers there are', async () => {
    const r = await importDefinition(fixture('gateway-chain.bicep'), { loadBalancer: 'nope' });
    expect(r.ok).toBe(false);
    expect(withEnglish(r)).toMatchObject({
      format: 'bicep',
      error: 'There is no load balancer "nope" in this file; it has "nva-gwlb", "app-lb", "cr-lb". Give one of those names.',
    });
  });

  it('takes the symbolic name in any case, and the Azure name first', async () => {
    expect(ok(await importDefinition(fixture('gateway-chain.bicep'), { loadBalancer: 'GLOBALLB' })).loadBalancer).toBe('cr-lb');
    const clash = fixture('gateway-chain.bicep')
      .replace("resource globalLb '", "resource app_lb_2 '")
      .replace("name: 'cr-lb'", "name: 'appLb'");
    // "appLb" is now the Azure name of the Global one and still the symbolic name of app-lb: the Azure name wins.
    expect(ok(await importDefinition(clash, { loadBalancer: 'appLb' })).loadBalancer).toBe('appLb');
  });

  it('reads the Global tier', async () => {
    const r = ok(await importDefinition(fixture('gateway-chain.bicep'), { loadBalancer: 'cr-lb' }));
    expect(lbView(r.topology).loadBalancer.tier).toBe('Global');
    expect(notModelled(r.diagnostics)).toEqual([]);
  });
});
