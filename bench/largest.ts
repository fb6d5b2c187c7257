import type { Rule, LbTopology } from '../src/core/topology/schema';

/**
 * The largest valid load balancer Azure allows, scaled by `factor`: 600 frontends, 1,500 rules and
 * 6 disjoint pools totalling 2,000 VMs, so rules × members = 500,000 pairs; each NIC serves 250 rules
 * (limit 300) and each frontend at most 1,002 ipconfigs (limit 10,000). Half the rules use floating IP.
 */
export function largestTopology(factor = 1): LbTopology {
  const frontendCount = 600 * factor;
  const ruleCount = 1500 * factor;
  const poolSizes = [333, 333, 333, 333, 334, 334].flatMap((s) => Array<number>(factor).fill(s));
  const vms: LbTopology['vms'] = [];
  const backendPools: LbTopology['backendPools'] = poolSizes.map((size, p) => {
    const members: string[] = [];
    for (let i = 0; i < size; i++) {
      const n = vms.length;
      vms.push({
        name: `vm${n}`,
        os: n % 2 ? 'ubuntu' : 'windows',
        nic: { name: 'eth0', ip: `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` },
      });
      members.push(`vm${n}`);
    }
    return { name: `pool${p}`, members };
  });
  const frontends = Array.from({ length: frontendCount }, (_, i) => ({
    name: `fe${i}`,
    ip: `20.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
  }));
  const rules = Array.from({ length: ruleCount }, (_, r): Rule => {
    // Rules sharing a frontend differ in frontend port; rules sharing a pool differ in backend port or destination IP.
    const frontendPort = 1000 + Math.floor(r / frontendCount);
    const floatingIp = r % 2 === 0;
    return {
      name: `rule${r}`,
      frontend: `fe${r % frontendCount}`,
      backendPool: `pool${r % poolSizes.length}`,
      protocol: r % 3 === 0 ? 'Udp' : 'Tcp',
      frontendPort,
      backendPort: floatingIp ? frontendPort : 10000 + r,
      floatingIp,
      probe: 'health',
    };
  });
  return {
    version: 1,
    name: `largest x${factor}`,
    loadBalancer: { name: 'lb', sku: 'Standard', type: 'Public' },
    frontends,
    backendPools,
    probes: [{ name: 'health', protocol: 'Tcp', port: 8080 }],
    rules,
    vms,
  };
}
