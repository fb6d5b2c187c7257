import { diagnostic, SOURCES, type Diagnostic } from '../diagnostics/diagnostic';
import type { TopologyIndex } from '../model/resolve';
import { names, text } from './catalogText';
import { ref } from './refs';

/**
 * What a Global (cross-region) load balancer is by itself (cross-region-overview, "Limitations"; gateway-overview,
 * "Limitations"): Standard and public only, not Gateway; its pools hold regional frontends, not VMs; no probe of its
 * own. What its pool members must be (public Standard regional frontends) needs the other load balancers: acrossLbs.ts.
 */
export function checkGlobalTier(index: TopologyIndex, out: Diagnostic[]): void {
  const t = index.topology;
  const lb = t.loadBalancer;
  if (lb.tier !== 'Global') return;
  const lbRef = ref('loadBalancer', lb.name);
  if (lb.sku === 'Gateway') {
    out.push(
      diagnostic(
        'error',
        'GlobalTierRequiresPublicStandard',
        [lbRef],
        text('GlobalTierRequiresPublicStandard.gateway', { lb: lb.name }),
        SOURCES.gateway,
      ),
    );
  } else if (lb.sku !== 'Standard' || lb.type !== 'Public') {
    out.push(
      diagnostic(
        'error',
        'GlobalTierRequiresPublicStandard',
        [lbRef],
        text('GlobalTierRequiresPublicStandard', { lb: lb.name, sku: lb.sku, type: lb.type }),
        SOURCES.crossRegion,
      ),
    );
  }
  for (const pool of t.backendPools) {
    if (pool.members.length === 0) continue;
    const vms = [...new Set(pool.members.map((m) => (typeof m === 'string' ? m : m.vm)))].sort();
    out.push(
      diagnostic(
        'error',
        'GlobalPoolMemberNotRegionalFrontend',
        [ref('backendPool', pool.name), lbRef, ...vms.map((vm) => ref('vm', vm))],
        text('GlobalPoolMemberNotRegionalFrontend', { lb: lb.name, pool: pool.name, vms: names(vms) }),
        SOURCES.crossRegion,
      ),
    );
  }
  const probes = new Set(t.probes.map((p) => p.name));
  for (const rule of t.rules) if (rule.probe !== undefined) probes.add(rule.probe);
  if (probes.size > 0) {
    const list = [...probes].sort();
    out.push(
      diagnostic(
        'error',
        'GlobalProbeNotSupported',
        [lbRef, ...list.filter((p) => index.probes.has(p)).map((p) => ref('probe', p))],
        text('GlobalProbeNotSupported', { lb: lb.name, probes: names(list) }),
        SOURCES.crossRegion,
      ),
    );
  }
}
