import type { LoadBalancer } from '../topology/schema';

/**
 * True when the load balancer hands every flow to its pool through the pool's tunnel interfaces: a Gateway load
 * balancer sends the packet VXLAN-encapsulated to the appliance's NIC, with the original packet (and its original
 * destination) inside. Nothing in the guest holds the frontend IP, so no loopback is configured (Learn:
 * gateway-overview, "Tunnel interfaces"; REST spec `tunnelInterfaces`).
 * @example deliversThroughTunnels({ loadBalancer: { sku: 'Gateway' } }) // true
 */
export function deliversThroughTunnels(topology: { loadBalancer: Pick<LoadBalancer, 'sku'> }): boolean {
  return topology.loadBalancer.sku === 'Gateway';
}

/**
 * True when the load balancer accepts "every port" forms (HA-ports rules, and inbound NAT rules with protocol All and
 * ports 0/0): an internal Standard load balancer (HA ports overview; azurerm TestAccAzureRMLoadBalancerNatRule_zeroPortNumber).
 */
export function acceptsEveryPort(lb: Pick<LoadBalancer, 'sku' | 'type'>): boolean {
  return lb.sku === 'Standard' && lb.type === 'Internal';
}
