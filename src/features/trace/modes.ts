import { isCluster } from '../../core/model/holder';
import type { FrontendIpHolder } from '../../core/topology/schema';
import type { Hop } from '../../core/trace/trace';

/** Which extra fields the traced rule's pool needs: the active node (a cluster) or the destination (an appliance). */
export interface ModeFields {
  active: boolean;
  destination: boolean;
}

/**
 * The mode fields a pool's holder asks for; the Floating IP page's case (every member) asks for none.
 * @example modeFields('cluster-windows') // { active: true, destination: false }
 */
export function modeFields(holder: FrontendIpHolder | undefined): ModeFields {
  return { active: holder !== undefined && isCluster(holder), destination: holder === 'appliance' };
}

/**
 * The active node to trace with: the user's pick while it is still a member, else the first member (the core's default).
 * @example resolveActive(['sql1', 'sql2'], 'sql3') // 'sql1'
 */
export function resolveActive(members: readonly string[], picked: string | undefined): string | undefined {
  return picked !== undefined && members.includes(picked) ? picked : members[0];
}

/** What the stepper says about a hop: failed (what-if), not reached after a failure, blocked by a mode, or reached. */
export type HopStatus =
  { kind: 'failed' } | { kind: 'after-failure' } | { kind: 'blocked'; by: NonNullable<Hop['blockedBy']> } | { kind: 'reached' };

/**
 * A hop's status; a hop a mode blocks (a passive node, a client inside the pool) is not reached without any what-if.
 * @example hopStatus({ ...hop, notReached: true, blockedBy: 'passive-node' }) // { kind: 'blocked', by: 'passive-node' }
 */
export function hopStatus(hop: Pick<Hop, 'failure' | 'notReached' | 'blockedBy'>): HopStatus {
  if (hop.failure) return { kind: 'failed' };
  if (hop.notReached) return hop.blockedBy ? { kind: 'blocked', by: hop.blockedBy } : { kind: 'after-failure' };
  return { kind: 'reached' };
}
