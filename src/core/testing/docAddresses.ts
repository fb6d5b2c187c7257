// Test-only: rewrites a topology onto documentation addresses (RFC 5737 / RFC 3849) so the network-namespace
// lab never uses a real address: frontends -> 203.0.113.x, NICs -> 192.0.2.x, the client is 198.51.100.10.
import { parseIp } from '../net/address';
import type { PoolMember, LbTopology } from '../topology/schema';

export const CLIENT_IP = '198.51.100.10';
export const CLIENT_GATEWAY = '198.51.100.1';
export const VM_GATEWAY = '192.0.2.1';
/**
 * The lab's health prober, standing in for Azure's 168.63.129.16 (a real address the lab must not use): TEST-NET-3,
 * outside every range the lab hands out (frontends start at 203.0.113.10, appliance servers sit in 203.0.113.0/25).
 */
export const PROBE_SOURCE = '203.0.113.254';

/**
 * The same topology with every address replaced consistently, every VM made a Linux VM (the lab emulates
 * Linux guests only) with NIC `eth0`. IPv4 only: the lab has no IPv6 data path.
 * @example remapToDocAddresses(preset('type2-floating-ip')).frontends[0].ip // '203.0.113.10'
 */
export function remapToDocAddresses(t: LbTopology): LbTopology {
  const map = new Map<string, string>();
  const assign = (raw: string, next: () => string) => {
    const ip = parseIp(raw);
    if (!ip) throw new Error(`lab: ${raw} is not an address`);
    if (ip.family !== 4) throw new Error(`lab: IPv6 address ${raw} is not supported by the namespace lab`);
    if (!map.has(ip.text)) map.set(ip.text, next());
    return map.get(ip.text)!;
  };
  let fe = 10;
  let nic = 10;
  const frontends = t.frontends.map((f) => ({ ...f, ip: assign(f.ip, () => `203.0.113.${fe++}`) }));
  const vms = t.vms.map((v) => ({
    ...v,
    os: 'ubuntu' as const,
    nic: {
      name: 'eth0',
      ip: assign(v.nic.ip, () => `192.0.2.${nic++}`),
      ...(v.nic.secondaryIps ? { secondaryIps: v.nic.secondaryIps.map((s) => assign(s, () => `192.0.2.${nic++}`)) } : {}),
    },
  }));
  if (fe > 250 || nic > 250) throw new Error('lab: too many addresses');
  const member = (m: PoolMember): PoolMember => (typeof m === 'string' ? m : { vm: m.vm, ip: map.get(parseIp(m.ip)!.text) ?? m.ip });
  return { ...t, frontends, vms, backendPools: t.backendPools.map((p) => ({ ...p, members: p.members.map(member) })) };
}
