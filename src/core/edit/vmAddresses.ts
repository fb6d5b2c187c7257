import { canonicalIp as canonical } from '../net/address';
import type { PoolMember, LbTopology, Vm } from '../topology/schema';
import { editNatRules } from './natUpkeep';

// A pool member or NAT target may name one IP configuration of a VM by its address (`{ vm, ip }`). When the
// user edits that address in place (the primary IP, or secondary IP n), the reference follows it, as renaming
// an element carries its references along. A removed address is left to validation, which names what lost it.

type Nic = Vm['nic'];

/**
 * Old → new canonical address of each IP configuration edited in place: the primary, and secondary IPs at the same
 * position while their count is unchanged (adding or removing one shifts nothing it renames).
 * @example movedAddresses({ name: 'eth0', ip: '10.0.0.4' }, { name: 'eth0', ip: '10.0.0.6' }) // Map { '10.0.0.4' → '10.0.0.6' }
 */
export function movedAddresses(before: Nic, after: Nic): Map<string, string> {
  const moved = new Map<string, string>();
  const note = (a: string, b: string) => canonical(a) !== canonical(b) && moved.set(canonical(a), b);
  note(before.ip, after.ip);
  const [was, now] = [before.secondaryIps ?? [], after.secondaryIps ?? []];
  if (was.length === now.length) was.forEach((ip, i) => note(ip, now[i]!));
  return moved;
}

/**
 * The topology with `{ vm, ip }` pool members and NAT targets of `vm` following its moved addresses.
 * @example followAddresses(t, 'VM1', new Map([['10.0.0.15', '10.0.0.16']])).backendPools[0].members // [{ vm: 'VM1', ip: '10.0.0.16' }]
 */
export function followAddresses(t: LbTopology, vm: string, moved: ReadonlyMap<string, string>): LbTopology {
  if (moved.size === 0) return t;
  const follow = (m: PoolMember): PoolMember => {
    if (typeof m === 'string' || m.vm !== vm) return m;
    const to = moved.get(canonical(m.ip));
    return to === undefined ? m : { vm, ip: to };
  };
  const pools = { ...t, backendPools: t.backendPools.map((p) => ({ ...p, members: p.members.map(follow) })) };
  return editNatRules(pools, (r) => (r.target === undefined ? r : { ...r, target: follow(r.target) }));
}
