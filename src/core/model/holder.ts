import type { BackendPool, FrontendIpHolder } from '../topology/schema';

/** Where the address a service must listen on lives in the guest. */
export type ListenOn = 'nic' | 'loopback' | 'cluster' | 'none';

/**
 * Who holds a pool's frontend IP in the guest; a pool without the field is the Learn page's case.
 * @example frontendIpHolder({ name: 'sql', members: [] }) // 'every-member'
 */
export function frontendIpHolder(pool: Pick<BackendPool, 'frontendIpHolder'>): FrontendIpHolder {
  return pool.frontendIpHolder ?? 'every-member';
}

/** True when only the node that owns the cluster resource holds the address and answers the probe. */
export function isCluster(holder: FrontendIpHolder): boolean {
  return holder === 'cluster-windows' || holder === 'cluster-pacemaker';
}

/**
 * Where a rule's listen address lives: floating IP off, the member's NIC; on, a loopback on every member, or the
 * active node's NIC where the cluster adds it (WSFC IP resource, Pacemaker IPaddr2); an appliance listens on nothing,
 * it forwards packets that keep their original destination.
 * @example listenOnFor('cluster-pacemaker', true) // 'cluster'
 */
export function listenOnFor(holder: FrontendIpHolder, floatingIp: boolean): ListenOn {
  if (holder === 'appliance') return 'none';
  if (!floatingIp) return 'nic';
  return isCluster(holder) ? 'cluster' : 'loopback';
}
