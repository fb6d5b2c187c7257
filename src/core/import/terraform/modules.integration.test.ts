import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { messageOf } from '../../diagnostics/diagnostic';
import { imported as ok } from '../imported.testing';
import { importTerraform } from './importTerraform';
import { codesAt, TIMEOUT } from './lb.testing';

// Unmodified copies of the modules' own examples (fixtures/SOURCES.md: repository, path, commit, licence).
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const names = <T extends { name: string; ip?: string }>(list: T[]) => list.map(({ name, ip }) => ({ name, ip }));

describe('avm-gateway-main.tf (the AVM load balancer module\'s "gateway" example)', { timeout: TIMEOUT }, () => {
  const text = fixture('avm-gateway-main.tf');

  it('imports the Gateway load balancer the first module call creates, with the module defaults', async () => {
    const r = ok(await importTerraform(text));
    // Two module calls with source "../.." and the AVM inputs: both load balancers are listed, the first imported.
    expect(r.loadBalancers).toEqual(['module.gateway_loadbalancer.azurerm_lb.this', 'module.standard_loadbalancer.azurerm_lb.this']);
    // sku = "Gateway"; frontend_subnet_resource_id makes the frontend private.
    expect(r.topology.loadBalancer).toEqual({ name: 'gateway-lb', sku: 'Gateway', type: 'Internal' });
    // "Dynamic" allocation: a documentation address.
    expect(names(r.topology.frontends)).toEqual([{ name: 'gatewayFrontend-IP', ip: '198.51.100.10' }]);
    expect(r.topology.backendPools.map((p) => [p.name, p.members])).toEqual([['lb-backend-pool', []]]);
    // lb_probes.probe_1 sets only name and protocol: port 80, interval 15, threshold 1 from variables.tf.
    expect(r.topology.probes).toEqual([{ name: 'lb-health-probe', protocol: 'Tcp', port: 80, intervalInSeconds: 15, probeThreshold: 1 }]);
    // lb_rules.rule_1: protocol All, ports 0/0, no enable_floating_ip → the module's false.
    expect(r.topology.rules).toEqual([
      {
        name: 'lb-rule',
        frontend: 'gatewayFrontend-IP',
        backendPool: 'lb-backend-pool',
        protocol: 'All',
        frontendPort: 0,
        backendPort: 0,
        floatingIp: false,
        probe: 'lb-health-probe',
        idleTimeoutMinutes: 4,
        enableTcpReset: false,
        loadDistribution: 'Default',
        disableOutboundSnat: false,
      },
    ]);
    expect(codesAt(r, 'module.gateway_loadbalancer.lb_rules["rule_1"].enable_floating_ip')).toEqual(['ImportDefaultUsed']);
    // The two VXLAN tunnel interfaces of the pool are named, not dropped.
    const tunnels = r.diagnostics.find(
      (d) => d.path === 'module.gateway_loadbalancer.azurerm_lb_backend_address_pool.this["pool_1"].tunnel_interface',
    )!;
    expect(messageOf(tunnels)).toContain('External/VXLAN/10801/801, Internal/VXLAN/10800/800');
    // The naming module is another module, named with its source.
    expect(messageOf(r.diagnostics.find((d) => d.path === 'module.naming')!)).toContain('"Azure/naming/azurerm"');
  });

  it('imports the chained Standard load balancer with --lb, and says the chaining is not modelled', async () => {
    const r = ok(await importTerraform(text, { loadBalancer: 'standard_loadbalancer' }));
    // No sku: variables.tf's "Standard"; create_public_ip_address = true: a public IP the module creates.
    expect(r.topology.loadBalancer).toEqual({ name: 'standard-lb', sku: 'Standard', type: 'Public' });
    expect(names(r.topology.frontends)).toEqual([{ name: 'standardFrontend', ip: '203.0.113.10' }]);
    expect(r.topology.rules).toEqual([]);
    expect(
      codesAt(
        r,
        'module.standard_loadbalancer.azurerm_lb.this.frontend_ip_configuration[0].gateway_load_balancer_frontend_ip_configuration_id',
      ),
    ).toEqual(['ImportIgnored']);
  });
});

describe('classic-lb-startup-main.tf (Azure/terraform-azurerm-loadbalancer "startup" example)', { timeout: TIMEOUT }, () => {
  it('imports the private load balancer of lb_port, lb_probe and remote_port with the module defaults', async () => {
    const r = ok(await importTerraform(fixture('classic-lb-startup-main.tf')));
    // name = "lb-aztest", lb_sku = "Standard", type = "private" with a static address.
    expect(r.topology.loadBalancer).toEqual({ name: 'lb-aztest', sku: 'Standard', type: 'Internal' });
    // frontend_name is not set: "myPublicIP".
    expect(names(r.topology.frontends)).toEqual([{ name: 'myPublicIP', ip: '10.0.1.6' }]);
    expect(r.topology.backendPools.map((p) => [p.name, p.members])).toEqual([['BackEndAddressPool', []]]);
    // lb_probe: keys http, http2; interval 5 and 2 probes (lb_probe_interval, lb_probe_unhealthy_threshold defaults).
    expect(r.topology.probes).toEqual([
      { name: 'http', protocol: 'Tcp', port: 80, intervalInSeconds: 5, probeThreshold: 2 },
      { name: 'http2', protocol: 'Http', port: 1443, requestPath: '/', intervalInSeconds: 5, probeThreshold: 2 },
    ]);
    // lb_port: keys http, https; rule i takes probe i; floating IP off, idle 5, as main.tf writes them.
    expect(r.topology.rules).toEqual([
      {
        name: 'http',
        frontend: 'myPublicIP',
        backendPool: 'BackEndAddressPool',
        protocol: 'Tcp',
        frontendPort: 80,
        backendPort: 80,
        floatingIp: false,
        probe: 'http',
        idleTimeoutMinutes: 5,
      },
      {
        name: 'https',
        frontend: 'myPublicIP',
        backendPool: 'BackEndAddressPool',
        protocol: 'Tcp',
        frontendPort: 443,
        backendPort: 443,
        floatingIp: false,
        probe: 'http2',
        idleTimeoutMinutes: 5,
      },
    ]);
    // remote_port.ssh: NAT rule VM-0, frontend port "50001", backend 22, not connected to a VM in this file.
    expect(r.topology.inboundNatRules).toEqual([
      { name: 'VM-0', frontend: 'myPublicIP', protocol: 'Tcp', frontendPort: 50001, backendPort: 22, floatingIp: false },
    ]);
    expect(codesAt(r, 'module.mylb.lb_floating_ip_enabled')).toEqual(['ImportDefaultUsed']);
    // frontend_subnet_id = module.network.vnet_subnets[0]: another module's output, said as an info.
    expect(codesAt(r, 'module.mylb.azurerm_lb.azlb.frontend_ip_configuration[0].subnet_id')).toEqual(['ImportUnresolved']);
    expect(codesAt(r, 'module.network')).toEqual(['ImportIgnored']);
  });
});
