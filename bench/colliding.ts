import type { Rule, LbTopology } from '../src/core/topology/schema';

/**
 * The worst shape for conflict checks at Azure's limits: 1,500 rules (the most a Standard load balancer allows)
 * on one frontend and frontend port, all to one pool of 333 VMs on one backend port, so every rule collides
 * with every other on the frontend and on each of the 333 ipconfigs (499,500 rule × member pairs, as many as
 * the largest valid load balancer). `floatingIp`: all rules have floating IP on, so they also share the
 * destination IP (…WithFloatingIPEnabled); otherwise each VM receives them all on its own IP (…AndPool).
 */
export function collidingTopology(floatingIp: boolean, ruleCount = 1500, vmCount = 333): LbTopology {
  const vms: LbTopology['vms'] = Array.from({ length: vmCount }, (_, n) => ({
    name: `vm${n}`,
    os: 'ubuntu',
    nic: { name: 'eth0', ip: `10.0.${(n >> 8) & 255}.${n & 255}` },
  }));
  const rules = Array.from({ length: ruleCount }, (_, r): Rule => ({
    name: `rule${r}`,
    frontend: 'fe',
    backendPool: 'pool',
    protocol: 'Tcp',
    frontendPort: 80,
    backendPort: 80,
    floatingIp,
    probe: 'health',
  }));
  return {
    version: 1,
    name: `colliding ${floatingIp ? 'floating' : 'non-floating'}`,
    loadBalancer: { name: 'lb', sku: 'Standard', type: 'Public' },
    frontends: [{ name: 'fe', ip: '20.0.0.1' }],
    backendPools: [{ name: 'pool', members: vms.map((v) => v.name) }],
    probes: [{ name: 'health', protocol: 'Tcp', port: 8080 }],
    rules,
    vms,
  };
}
