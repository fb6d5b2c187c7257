import { describe, expect, it } from 'vitest';
import { readAzureFixture } from '../../testing/fixtures';
import { skipWithout } from '../../testing/prerequisites';
import type { ImportOutcome, ImportSuccess } from '../types';
import { importTerraform } from './importTerraform';
import { messageOf } from '../../diagnostics/diagnostic';
import { errorOf } from '../text';
import { lbView } from '../../topology/design';

// The first import in a worker starts the wasm parser (seconds on a busy 2-core machine).
const TIMEOUT = 60_000;

function ok(r: ImportOutcome): ImportSuccess {
  if (!r.ok) throw new Error(errorOf(r));
  return r;
}
const codesAt = (r: ImportSuccess, path: string) => r.diagnostics.filter((d) => d.path === path).map((d) => d.code);

describe.skipIf(skipWithout('fixtures'))(
  'tf-sql-vm-lb.tf (terraform-provider-azurerm example, SQL Always On listener)',
  { timeout: TIMEOUT },
  () => {
    it('imports the listener rule with floating IP off because the file does not set it', async () => {
      const r = ok(await importTerraform(readAzureFixture('tf-sql-vm-lb.tf')));
      // l.5 sku = "Standard"; l.6-11 one frontend_ip_configuration with a subnet_id → internal.
      expect(lbView(r.topology).loadBalancer).toEqual({ name: '<var.prefix>-sql-loadbalancer', sku: 'Standard', type: 'Internal' });
      // l.7 name = "LoadBalancerFrontEnd"; l.10 private_ip_address = "${var.lbprivate_ip_address}" (no variable block in the file).
      expect(lbView(r.topology).frontends).toEqual([{ name: 'LoadBalancerFrontEnd', ip: '198.51.100.10' }]);
      // l.14 pool "loadbalancer_backend"; no NIC association in the file.
      // Tcp 1433 with its own probe port 59999 is the SQL listener pattern: WSFC, and validation then warns that floating IP is off.
      expect(lbView(r.topology).backendPools).toEqual([{ name: 'loadbalancer_backend', members: [], frontendIpHolder: 'cluster-windows' }]);
      // l.22-26 protocol "tcp" (lower case), port 59999, interval 5, number_of_probes 2.
      expect(lbView(r.topology).probes).toEqual([
        { name: 'SQLAlwaysOnEndPointProbe', protocol: 'Tcp', port: 59999, intervalInSeconds: 5, probeThreshold: 2 },
      ]);
      // l.32-38: Tcp 1433 → 1433, frontend by name, pool and probe by "${….id}", no enable_floating_ip → false.
      expect(lbView(r.topology).rules).toEqual([
        {
          name: 'SQLAlwaysOnEndPointListener',
          frontend: 'LoadBalancerFrontEnd',
          backendPool: 'loadbalancer_backend',
          protocol: 'Tcp',
          frontendPort: 1433,
          backendPort: 1433,
          floatingIp: false,
          probe: 'SQLAlwaysOnEndPointProbe',
        },
      ]);
      expect(r.topology.vms).toEqual([]);
      expect(r.counts).toEqual({ frontends: 1, backendPools: 1, probes: 1, rules: 1, vms: 0 });
    });

    it('says what was missing, at the HCL address', async () => {
      const r = ok(await importTerraform(readAzureFixture('tf-sql-vm-lb.tf')));
      expect(codesAt(r, 'azurerm_lb_rule.SQLAlwaysOnEndPointListener.floating_ip_enabled')).toEqual(['ImportDefaultUsed']);
      expect(codesAt(r, 'azurerm_lb.sql-loadbalancer.frontend_ip_configuration[0].private_ip_address')).toEqual(['ImportUnresolved']);
      expect(codesAt(r, 'azurerm_lb.sql-loadbalancer.frontend_ip_configuration[0].subnet_id')).toEqual(['ImportUnresolved']);
      expect(codesAt(r, 'azurerm_lb.sql-loadbalancer.name')).toEqual(['ImportUnresolved']);
      expect(codesAt(r, 'azurerm_lb_probe.loadbalancer_probe.number_of_probes')).toEqual(['ImportDefaultUsed']);
      expect(codesAt(r, 'azurerm_lb_backend_address_pool.loadbalancer_backend')).toEqual(['ImportDefaultUsed']);
      const address = r.diagnostics.find((d) => d.path?.endsWith('private_ip_address'))!;
      expect(messageOf(address)).toContain('--param lbprivate_ip_address=<value>');
      expect(messageOf(address)).toContain('198.51.100.10');
    });

    it('takes --param values for the variables the module gets from its caller', async () => {
      const r = ok(
        await importTerraform(readAzureFixture('tf-sql-vm-lb.tf'), { params: { prefix: 'contoso', lbprivate_ip_address: '10.0.1.10' } }),
      );
      expect(lbView(r.topology).loadBalancer.name).toBe('contoso-sql-loadbalancer');
      expect(lbView(r.topology).frontends).toEqual([{ name: 'LoadBalancerFrontEnd', ip: '10.0.1.10' }]);
      expect(r.diagnostics.some((d) => d.path === 'azurerm_lb.sql-loadbalancer.name')).toBe(false);
    });

    it('says when a --param names no variable of the file (a typo)', async () => {
      const r = ok(await importTerraform(readAzureFixture('tf-sql-vm-lb.tf'), { params: { prefx: 'contoso' } }));
      const d = r.diagnostics.find((x) => messageOf(x).startsWith('--param prefx'))!;
      expect(d).toMatchObject({ severity: 'warning', code: 'ImportIgnored' });
      expect(messageOf(d)).toContain('var.prefix');
    });
  },
);
