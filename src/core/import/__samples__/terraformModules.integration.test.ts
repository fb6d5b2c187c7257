// Floatplan-authored Terraform samples that call the load balancer modules (fixtures/SOURCES.md names the public
// example each is shaped after). Every expectation is what Azure would build from the sample, read from its text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ImportOptions } from '../types';
import { codesAt, frontends, importSample, messageAt, TIMEOUT } from './samples.testing';
import { lbView } from '../../topology/design';

/** The text of a sample, by its path under fixtures/ (`terraform/x.tf`). */
const sample = (path: string) => readFileSync(new URL(`./fixtures/${path}`, import.meta.url), 'utf8');
const load = (path: string, options?: ImportOptions) => importSample(sample(path), path, options);

describe('terraform/avm-gateway-chain.tf (two AVM module calls: Gateway LB and a public LB chained to it)', { timeout: TIMEOUT }, () => {
  const file = 'terraform/avm-gateway-chain.tf';

  it('imports the Gateway load balancer of the first call, with the module defaults', async () => {
    const r = await load(file);
    // Both calls have a local source and the AVM inputs: both load balancers are listed, the first is imported.
    expect(r.loadBalancers).toEqual(['module.appliance_gwlb.azurerm_lb.this', 'module.web_lb.azurerm_lb.this']);
    // sku = "Gateway"; frontend_subnet_resource_id makes the frontend private.
    expect(lbView(r.topology).loadBalancer).toEqual({ name: 'gwlb-appliances', sku: 'Gateway', type: 'Internal' });
    // Dynamic allocation: a documentation address, marked as Azure's.
    expect(frontends(lbView(r.topology))).toEqual([{ name: 'fe-gateway', ip: '198.51.100.10' }]);
    // The web load balancer's frontend names the Gateway one through the module's output: the chain is read.
    expect(lbView(r.topology, 1).frontends[0]!.gatewayLoadBalancer).toEqual({ loadBalancer: 'gwlb-appliances', frontend: 'fe-gateway' });
    expect(lbView(r.topology).frontends[0]!.placeholders).toEqual([expect.objectContaining({ field: 'ip', reason: 'allocatedByAzure' })]);
    expect(lbView(r.topology).backendPools.map((p) => [p.name, p.members])).toEqual([['pool-nva', []]]);
    // lb_probes.health sets only name and protocol: the module's port 80, interval 15, threshold 1.
    expect(lbView(r.topology).probes).toEqual([{ name: 'probe-nva', protocol: 'Tcp', port: 80, intervalInSeconds: 15, probeThreshold: 1 }]);
    // lb_rules.all_ports: All 0/0 (HA ports), no enable_floating_ip → the module's false.
    expect(lbView(r.topology).rules).toEqual([
      {
        name: 'rule-haports',
        frontend: 'fe-gateway',
        backendPool: 'pool-nva',
        protocol: 'All',
        frontendPort: 0,
        backendPort: 0,
        floatingIp: false,
        probe: 'probe-nva',
        idleTimeoutMinutes: 4,
        enableTcpReset: false,
        loadDistribution: 'Default',
        disableOutboundSnat: false,
      },
    ]);
    expect(codesAt(r, 'module.appliance_gwlb.lb_rules["all_ports"].enable_floating_ip')).toEqual(['ImportDefaultUsed']);
    // The pool's two VXLAN tunnel interfaces are named, not dropped.
    expect(messageAt(r, 'module.appliance_gwlb.azurerm_lb_backend_address_pool.this["nva"].tunnel_interface')).toContain(
      'Internal/VXLAN/10900/900, External/VXLAN/10901/901',
    );
    // The naming module is another module, named with its source.
    expect(messageAt(r, 'module.names')).toContain('"Azure/naming/azurerm"');
    // The NAT gateway is attached to no subnet: it changes nothing.
    expect(r.topology.vms).toEqual([]);
  });

  it('imports the chained Standard load balancer with --lb, and says its chain to the other one is left out', async () => {
    const r = await load(file, { loadBalancer: 'web_lb' });
    // No sku: the module's Standard; create_public_ip_address = true: a public IP the module creates.
    expect(lbView(r.topology).loadBalancer).toEqual({ name: 'lb-web-public', sku: 'Standard', type: 'Public' });
    expect(frontends(lbView(r.topology))).toEqual([{ name: 'fe-web', ip: '203.0.113.10' }]);
    expect(lbView(r.topology).rules).toEqual([]);
    const chain = r.diagnostics.filter((d) => d.text.key === 'import.ref.unresolved');
    expect(chain.map((d) => [d.code, d.path])).toEqual([['ImportUnresolved', 'module.web_lb.azurerm_lb.this']]);
  });
});

describe('terraform/classic-private-lb.tf (a call of the classic module with its port maps)', { timeout: TIMEOUT }, () => {
  it('imports the private load balancer of lb_port, lb_probe and remote_port with the module defaults', async () => {
    const r = await load('terraform/classic-private-lb.tf');
    // name = "ilb-app", lb_sku = "Standard", type = "private" with a static address.
    expect(lbView(r.topology).loadBalancer).toEqual({ name: 'ilb-app', sku: 'Standard', type: 'Internal' });
    // frontend_name is not set: the module's "myPublicIP", even for a private frontend.
    expect(frontends(lbView(r.topology))).toEqual([{ name: 'myPublicIP', ip: '10.20.4.20' }]);
    expect(lbView(r.topology).backendPools.map((p) => [p.name, p.members])).toEqual([['BackEndAddressPool', []]]);
    // Map keys come in sorted order (admin, api); interval 5 and 2 probes are the module's defaults.
    expect(lbView(r.topology).probes).toEqual([
      { name: 'admin', protocol: 'Http', port: 8443, requestPath: '/healthz', intervalInSeconds: 5, probeThreshold: 2 },
      { name: 'api', protocol: 'Tcp', port: 8080, intervalInSeconds: 5, probeThreshold: 2 },
    ]);
    // Rule i takes probe i; floating IP off and idle 5 from the module.
    const rule = (name: string, port: number) => ({
      name,
      frontend: 'myPublicIP',
      backendPool: 'BackEndAddressPool',
      protocol: 'Tcp',
      frontendPort: port,
      backendPort: port,
      floatingIp: false,
      probe: name,
      idleTimeoutMinutes: 5,
    });
    expect(lbView(r.topology).rules).toEqual([rule('admin', 8443), rule('api', 8080)]);
    // remote_port.rdp: the module's NAT rule VM-0 on frontend port 50001 → 3389, connected to no VM here.
    expect(lbView(r.topology).inboundNatRules).toEqual([
      { name: 'VM-0', frontend: 'myPublicIP', protocol: 'Tcp', frontendPort: 50001, backendPort: 3389, floatingIp: false },
    ]);
    expect(codesAt(r, 'module.app_ilb.lb_floating_ip_enabled')).toEqual(['ImportDefaultUsed']);
    // frontend_subnet_id = module.vnet.vnet_subnets[0]: another module's output, said as an info.
    expect(codesAt(r, 'module.app_ilb.azurerm_lb.azlb.frontend_ip_configuration[0].subnet_id')).toEqual(['ImportUnresolved']);
    expect(codesAt(r, 'module.vnet')).toEqual(['ImportIgnored']);
  });
});
