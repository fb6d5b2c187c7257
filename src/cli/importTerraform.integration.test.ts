// `floatplan import` on Terraform: the CLI goes through importDefinition, so this checks the wiring end to end.
import { describe, expect, it } from 'vitest';
import { readAzureFixture } from '../core/testing/fixtures';
import { skipWithout } from '../core/testing/prerequisites';
import { loadTopology } from '../core/topology/load';
import { runCliAsync as run } from './runCli.testing';
import { lbView } from '../core/topology/design';

describe.skipIf(skipWithout('fixtures'))('floatplan import tf-sql-vm-lb.tf', { timeout: 60_000 }, () => {
  it('detects Terraform, prints the topology with the listener rule (floating IP off) and the diagnostics; exit 0', async () => {
    const r = await run(['import', 'lb.tf'], { 'lb.tf': readAzureFixture('tf-sql-vm-lb.tf') });
    expect(r.code).toBe(0);
    const loaded = loadTopology(JSON.parse(r.out));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    // The fixture's rule: Tcp 1433 → 1433, probe 59999, no enable_floating_ip.
    expect(lbView(loaded.topology).rules[0]).toMatchObject({
      name: 'SQLAlwaysOnEndPointListener',
      frontendPort: 1433,
      backendPort: 1433,
      floatingIp: false,
      probe: 'SQLAlwaysOnEndPointProbe',
    });
    expect(lbView(loaded.topology).probes[0]).toMatchObject({ port: 59999 });
    expect(r.err.split('\n')).toContainEqual(
      expect.stringMatching(/^floatplan: info ImportDefaultUsed azurerm_lb_rule\.SQLAlwaysOnEndPointListener\.floating_ip_enabled: /),
    );
    expect(r.err).toMatch(/imported lb\.tf as terraform: 1 frontends, 1 backend pools, 1 probes, 1 rules, 0 VMs$/);
  });

  it('--param fills the variables the module gets from its caller', async () => {
    const r = await run(['import', 'lb.tf', '--param', 'lbprivate_ip_address=10.0.1.10', '--param', 'prefix=contoso'], {
      'lb.tf': readAzureFixture('tf-sql-vm-lb.tf'),
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({
      version: 2,
      loadBalancers: [{ name: 'contoso-sql-loadbalancer', frontends: [{ name: 'LoadBalancerFrontEnd', ip: '10.0.1.10' }] }],
    });
  });

  it('malformed HCL exits 2 with the line', async () => {
    const r = await run(['import', 'bad.tf', '--format', 'terraform'], { 'bad.tf': 'resource "azurerm_lb" "lb" {\n  name = \n}\n' });
    expect(r.code).toBe(2);
    expect(r.err).toContain('line 2, column 10');
  });
});
