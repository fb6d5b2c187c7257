// The trace's example endpoints (the default client, the server behind an appliance) are documentation addresses
// (RFC 5737, RFC 3849). An imported topology may hold those same addresses as placeholders, and a client equal to a
// frontend or a VM would trace a different flow than the one the user asked for, so the examples skip them.
import type { LbTopology } from '../topology/schema';
import { canonicalIp, formatEndpoint } from '../net/address';
import { DEFAULT_DESTINATION } from './modes';

const CANDIDATES = {
  4: ['198.51.100.', '203.0.113.', '192.0.2.'].flatMap((net) => Array.from({ length: 245 }, (_, i) => `${net}${i + 10}`)),
  6: ['2001:db8::', '2001:db8:ffff::'].flatMap((net) => Array.from({ length: 245 }, (_, i) => `${net}${(i + 16).toString(16)}`)),
} as const;

/**
 * Every address the topology itself uses: frontend IPs, NIC IPs, secondary IPs and pool members' IPs, canonical.
 * @example ownAddresses(t).has('10.0.0.4') // true when a VM's NIC holds 10.0.0.4
 */
export function ownAddresses(topology: LbTopology): Set<string> {
  const own = new Set<string>();
  for (const f of topology.frontends) own.add(canonicalIp(f.ip));
  for (const vm of topology.vms) {
    own.add(canonicalIp(vm.nic.ip));
    for (const ip of vm.nic.secondaryIps ?? []) own.add(canonicalIp(ip));
  }
  for (const pool of topology.backendPools) for (const m of pool.members) if (typeof m !== 'string') own.add(canonicalIp(m.ip));
  return own;
}

/**
 * The first example address of the family that is not in `own`, starting from `preferred`.
 * @example exampleAddress(new Set(['198.51.100.10']), 4, '198.51.100.10') // '198.51.100.11'
 */
export function exampleAddress(own: ReadonlySet<string>, family: 4 | 6, preferred: string): string {
  if (!own.has(preferred)) return preferred;
  const list: readonly string[] = CANDIDATES[family];
  const start = Math.max(0, list.indexOf(preferred));
  for (let i = 1; i <= list.length; i++) {
    const ip = list[(start + i) % list.length]!;
    if (!own.has(ip)) return ip;
  }
  return preferred; // a topology holding all 735 example addresses: nothing better to offer
}

const CLIENT = { 4: { ip: '198.51.100.10', port: 50000 }, 6: { ip: '2001:db8::10', port: 50000 } } as const;

/**
 * The default client endpoint of a trace: 198.51.100.10:50000 (or [2001:db8::10]:50000) unless the topology uses
 * that address itself, then the next free documentation address.
 * @example defaultClient(topologyWithFrontend('198.51.100.10'), 4) // '198.51.100.11:50000'
 */
export function defaultClient(topology: LbTopology, family: 4 | 6, own: ReadonlySet<string> = ownAddresses(topology)): string {
  return formatEndpoint(exampleAddress(own, family, CLIENT[family].ip), CLIENT[family].port);
}

/** What traceExamples gives. */
export type TraceExamples = { client: string; destinationIp: string };

/**
 * The examples a trace of this family uses when the user gives none: the client endpoint and the server behind an appliance.
 * @example traceExamples(t, 4) // { client: '198.51.100.10:50000', destinationIp: '198.51.100.80' }
 */
export function traceExamples(topology: LbTopology, family: 4 | 6): TraceExamples {
  const own = ownAddresses(topology);
  return { client: defaultClient(topology, family, own), destinationIp: exampleAddress(own, family, DEFAULT_DESTINATION[family]) };
}
