// The flows the NSG checks evaluate, built in one place so the warnings (checks.ts) and the trace (core/trace/nsgHop.ts)
// ask the user's NSGs the same question: a client flow from Internet (public load balancer) or VirtualNetwork
// (internal) to the frontend IP (floating IP: the NSG sees it unchanged) or the member's NIC IP, and the probe from
// AzureLoadBalancer to the NIC IP on the probe port.
import type { Flow } from './evaluate';
import type { SourceClass } from './match';

/**
 * Who sends a load balancer's client traffic, as the NSG sees it.
 * @example clientSource(true) // 'VirtualNetwork'
 */
export function clientSource(internal: boolean): SourceClass {
  return internal ? 'VirtualNetwork' : 'Internet';
}

/**
 * The client flow of a rule to one member: `port` 0 means every port (HA ports).
 * @example clientFlow({ internal: false, floatingIp: true, frontendIp: '203.0.113.1', memberIp: '10.0.0.4', protocol: 'Tcp', port: 80 }).destination // { ip: '203.0.113.1', public: true }
 */
export function clientFlow(f: {
  internal: boolean;
  floatingIp: boolean;
  frontendIp: string;
  memberIp: string;
  protocol: string;
  port: number;
}): Flow {
  const source = clientSource(f.internal);
  return {
    source,
    destination: { ip: f.floatingIp ? f.frontendIp : f.memberIp, public: source === 'Internet' && f.floatingIp },
    protocol: f.protocol,
    port: f.port,
  };
}

/**
 * The health probe's flow: from the AzureLoadBalancer tag to the member's NIC IP (never the frontend), over TCP.
 * @example probeFlow('10.0.0.4', 8080).source // 'AzureLoadBalancer'
 */
export function probeFlow(memberIp: string, port: number): Flow {
  return { source: 'AzureLoadBalancer', destination: { ip: memberIp, public: false }, protocol: 'Tcp', port };
}
