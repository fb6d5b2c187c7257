// Test-only: a small topology with inbound NAT rules, for the NAT goldens and the shellcheck inputs.
import { natRule, rule, topology } from '../testing/builders';
import type { InboundNatRule, LbTopology } from '../topology/schema';

/**
 * Two classic NAT rules: a floating one to a specific, secondary IP configuration ({ vm, ip }; VM2 uses a NAT gateway,
 * the planner's exception for floating IP there) and a plain RDP 50001 → 3389 to a VM's primary IP configuration.
 * Clean for the planner, so the goldens show the export alone; `unconnectedNatRule` adds the case without a target.
 * @example natTopology().inboundNatRules!.length // 2
 */
export function natTopology(): LbTopology {
  return topology({
    name: 'Inbound NAT rules',
    description: 'A load-balanced web rule plus two inbound NAT rules: floating to a secondary IP configuration, and RDP to one VM.',
    loadBalancer: { name: 'lb-nat', sku: 'Standard', type: 'Public' },
    frontends: [
      { name: 'FIP1', ip: '203.0.113.10' },
      { name: 'FIP2', ip: '203.0.113.11' },
    ],
    probes: [{ name: 'health', protocol: 'Tcp', port: 8081, intervalInSeconds: 5 }],
    rules: [rule('web', { frontend: 'FIP1', probe: 'health' })],
    inboundNatRules: [
      natRule('sql-listener', {
        frontend: 'FIP2',
        frontendPort: 1433,
        backendPort: 1433,
        floatingIp: true,
        target: { vm: 'VM2', ip: '10.0.0.6' },
        idleTimeoutMinutes: 15,
        enableTcpReset: true,
      }),
      natRule('rdp-vm1', { frontend: 'FIP1' }),
    ],
    vms: [
      { name: 'VM1', os: 'windows', nic: { name: 'Ethernet', ip: '10.0.0.4' } },
      { name: 'VM2', os: 'ubuntu', nic: { name: 'eth0', ip: '10.0.0.5', secondaryIps: ['10.0.0.6'] }, natGateway: true },
    ],
  });
}

/** A NAT rule not connected to a VM yet (the planner reports it; the exports still write the rule, without a target). */
export const unconnectedNatRule: InboundNatRule = {
  name: 'spare',
  frontend: 'FIP1',
  protocol: 'Tcp',
  frontendPort: 50002,
  backendPort: 22,
  floatingIp: false,
};
