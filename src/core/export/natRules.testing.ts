// Test-only: a small topology with inbound NAT rules, for the NAT goldens and the shellcheck inputs.
import type { Topology } from '../topology/schema';

/**
 * Three classic NAT rules: a floating one to a specific IP configuration ({ vm, ip }), a plain RDP
 * 50001 → 3389 to a VM's primary IP configuration, and one not connected to a VM yet.
 * @example natTopology().inboundNatRules!.length // 3
 */
export function natTopology(): Topology {
  return {
    version: 1,
    name: 'Inbound NAT rules',
    description: 'A load-balanced web rule plus three inbound NAT rules: floating to a secondary IP configuration, RDP to one VM, and one without a target.',
    loadBalancer: { name: 'lb-nat', sku: 'Standard', type: 'Public' },
    frontends: [
      { name: 'FIP1', ip: '203.0.113.10' },
      { name: 'FIP2', ip: '203.0.113.11' },
    ],
    backendPools: [{ name: 'pool', members: ['VM1', 'VM2'] }],
    probes: [{ name: 'health', protocol: 'Tcp', port: 8081, intervalInSeconds: 5 }],
    rules: [{ name: 'web', frontend: 'FIP1', backendPool: 'pool', protocol: 'Tcp', frontendPort: 80, backendPort: 80, floatingIp: false, probe: 'health' }],
    inboundNatRules: [
      { name: 'sql-listener', frontend: 'FIP2', protocol: 'Tcp', frontendPort: 1433, backendPort: 1433, floatingIp: true, target: { vm: 'VM2', ip: '10.0.0.6' }, idleTimeoutMinutes: 15, enableTcpReset: true },
      { name: 'rdp-vm1', frontend: 'FIP1', protocol: 'Tcp', frontendPort: 50001, backendPort: 3389, floatingIp: false, target: 'VM1' },
      { name: 'spare', frontend: 'FIP1', protocol: 'Tcp', frontendPort: 50002, backendPort: 22, floatingIp: false },
    ],
    vms: [
      { name: 'VM1', os: 'windows', nic: { name: 'Ethernet', ip: '10.0.0.4' } },
      { name: 'VM2', os: 'ubuntu', nic: { name: 'eth0', ip: '10.0.0.5', secondaryIps: ['10.0.0.6'] } },
    ],
  };
}
