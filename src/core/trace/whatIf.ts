import { formatEndpoint } from '../net/address';
import { clusterWords } from './modes';
import type { FlowRow, Stage, Trace, TraceMsg } from './trace';

// What-if switches: guest-side faults a learner can turn on to see where the flow breaks. The facts follow the
// reference (§1.3–1.4, §2.7): the guest must own the frontend IP (loopback) and listen on it when floating IP is
// on; probes always go to the NIC IP and a failed probe takes the VM out of rotation; a flow the guest opens from
// the frontend IP is not rewritten by Azure and fails.

/** The faults the trace can simulate; each is off unless set to true. */
export interface WhatIf {
  /** The guest has no loopback interface holding the frontend IP. */
  noLoopback?: boolean;
  /** The service is bound to the NIC IP only, not to the frontend IP or every address. */
  listensOnNicIpOnly?: boolean;
  /** The health probe port is closed in the guest (firewall or nothing listening). */
  probePortClosed?: boolean;
  /** The application opens an outbound connection from the frontend IP. */
  outboundFromFrontendIp?: boolean;
}

export type WhatIfKey = keyof WhatIf;

/** Every switch, in the order effects are listed and shown. */
export const WHAT_IF_KEYS: readonly WhatIfKey[] = ['noLoopback', 'listensOnNicIpOnly', 'probePortClosed', 'outboundFromFrontendIp'];

/** How a hop fails: dropped by the guest, refused (no listener), never sent (VM out of rotation), or denied by an NSG. */
export type HopOutcome = 'dropped' | 'no-listener' | 'out-of-rotation' | 'blocked-by-nsg';
/** What one switch does to a flow. */
export type Outcome = HopOutcome | 'outbound-fails' | 'no-effect';

export interface HopFailure {
  outcome: HopOutcome;
  /** Which switch caused it; absent when the user's own NSG did (then `nsg` says which rule). */
  whatIf?: WhatIfKey;
  /** The NSG rule that blocks the flow or its probe (core/trace/nsgHop.ts). */
  nsg?: { nsg: string; rule: string; priority: number };
  /** What happens and why, in plain words. */
  reason: string;
  /** What to change in the guest, starting "Fix:". */
  fix: string;
}

export interface WhatIfEffect {
  whatIf: WhatIfKey;
  outcome: Outcome;
  /** Where it bites: a hop's stage, the probe, or the outbound flow; absent when it has no effect. */
  at?: Stage | 'probe' | 'outbound';
  reason: string;
  /** Absent when there is nothing to fix. */
  fix?: string;
}

// Failures at the same hop, earliest in the packet's life first: a VM out of rotation never gets the packet,
// a guest without the address drops it before any socket lookup.
const HOP_PRECEDENCE: readonly HopOutcome[] = ['out-of-rotation', 'dropped', 'no-listener'];

/**
 * The trace with the switches applied: the failing hop marked, later hops not reached, probe and outbound marked,
 * and one effect per switch that is on (saying so when it changes nothing for this floating IP setting).
 * @example applyWhatIf(trace, row, { noLoopback: true }, msg).hops[1].failure?.outcome // 'dropped' (floating IP on)
 */
export function applyWhatIf(trace: Trace, row: FlowRow, whatIf: WhatIf, msg: TraceMsg): Trace {
  const atVm = trace.hops[1]!;
  const port = atVm.packet.dstPort;
  const endpoint = formatEndpoint(atVm.packet.dstIp, port);
  const nicIp = row.memberIp;
  const on = trace.floatingIp;
  const facts = { vm: row.vm, frontendIp: row.frontendIp, nicIp, endpoint, port, rule: row.rule };
  let probe = trace.probe;
  let outbound = trace.outbound;

  /** The probe finds its port closed, so the load balancer takes this VM (a cluster: the whole frontend) out of rotation. */
  const outOfRotation = (
    key: WhatIfKey,
    p: NonNullable<Trace['probe']>,
    isCluster: boolean,
    extra: { listener?: string } = {},
  ): WhatIfEffect => {
    const probeFacts = { ...facts, probeSrc: p.src, probeDst: p.dst, port: p.port, ...extra };
    probe = { ...p, failed: msg('probeFailed', probeFacts) };
    return {
      whatIf: key,
      outcome: 'out-of-rotation',
      at: 'lb-to-vm',
      reason: msg(isCluster ? 'outOfRotationCluster' : 'outOfRotation', probeFacts),
      fix: msg(isCluster ? 'outOfRotationClusterFix' : 'outOfRotationFix', probeFacts),
    };
  };

  const cluster = trace.cluster;
  // Modes first: a flow that never reaches this VM, an appliance and a cluster node change what a fault does.
  const modeEffect = (key: WhatIfKey): WhatIfEffect | undefined => {
    if (cluster?.role === 'passive')
      return { whatIf: key, outcome: 'no-effect', reason: msg('noEffectPassive', { ...facts, active: cluster.active }) };
    if (trace.hops[1]?.blockedBy) return { whatIf: key, outcome: 'no-effect', reason: msg('noEffectBlocked', facts) };
    if (trace.appliance) {
      if (key === 'noLoopback') return { whatIf: key, outcome: 'no-effect', reason: msg('noEffectApplianceLoopback', facts) };
      if (key === 'listensOnNicIpOnly') return { whatIf: key, outcome: 'no-effect', reason: msg('noEffectApplianceListener', facts) };
      if (key === 'outboundFromFrontendIp') return { whatIf: key, outcome: 'no-effect', reason: msg('noEffectApplianceOutbound', facts) };
    }
    if (cluster && on && key === 'noLoopback') return { whatIf: key, outcome: 'no-effect', reason: msg('noEffectClusterLoopback', facts) };
    if (cluster && on && key === 'listensOnNicIpOnly') {
      const answer = msg(row.protocol === 'Udp' ? 'noListenerUdp' : 'noListenerTcp');
      return {
        whatIf: key,
        outcome: 'no-listener',
        at: 'lb-to-vm',
        reason: msg('noListener', { ...facts, answer }),
        fix: msg('noListenerFixCluster', facts),
      };
    }
    if (cluster && key === 'probePortClosed' && trace.probe) {
      // The active node is the only one answering: closing its probe port leaves the frontend with no healthy member.
      return outOfRotation(key, trace.probe, true, { listener: clusterWords(cluster.holder, msg).listener });
    }
    return undefined;
  };

  const effectOf = (key: WhatIfKey): WhatIfEffect => {
    const byMode = modeEffect(key);
    if (byMode) return byMode;
    switch (key) {
      case 'noLoopback':
        return on
          ? { whatIf: key, outcome: 'dropped', at: 'lb-to-vm', reason: msg('dropped', facts), fix: msg('droppedFix', facts) }
          : { whatIf: key, outcome: 'no-effect', reason: msg('noEffectLoopback', facts) };
      case 'listensOnNicIpOnly': {
        const answer = msg(row.protocol === 'Udp' ? 'noListenerUdp' : 'noListenerTcp');
        return on
          ? {
              whatIf: key,
              outcome: 'no-listener',
              at: 'lb-to-vm',
              reason: msg('noListener', { ...facts, answer }),
              fix: msg('noListenerFix', facts),
            }
          : { whatIf: key, outcome: 'no-effect', reason: msg('noEffectListener', facts) };
      }
      case 'probePortClosed': {
        if (!trace.probe)
          return { whatIf: key, outcome: 'no-effect', reason: msg(row.kind === 'natRule' ? 'noEffectProbeNat' : 'noEffectProbe', facts) };
        return outOfRotation(key, trace.probe, false);
      }
      case 'outboundFromFrontendIp':
        if (!on || !trace.outbound) return { whatIf: key, outcome: 'no-effect', reason: msg('noEffectOutbound', facts) };
        outbound = { ...trace.outbound, attempted: true };
        return {
          whatIf: key,
          outcome: 'outbound-fails',
          at: 'outbound',
          reason: msg('outboundFails', facts),
          fix: msg('outboundFailsFix', facts),
        };
    }
  };

  const effects = WHAT_IF_KEYS.filter((k) => whatIf[k]).map(effectOf);
  const hopEffect = HOP_PRECEDENCE.map((o) => effects.find((e) => e.outcome === o)).find((e) => e !== undefined);
  const failure = hopEffect ?? effects.find((e) => e.outcome === 'outbound-fails');
  const failedAt = hopEffect ? trace.hops.findIndex((h) => h.stage === hopEffect.at) : -1;
  const hops = trace.hops.map((hop, i) => {
    if (failedAt < 0 || i < failedAt) return hop;
    if (i > failedAt) return { ...hop, notReached: true as const };
    return {
      ...hop,
      failure: { outcome: hopEffect!.outcome as HopOutcome, whatIf: hopEffect!.whatIf, reason: hopEffect!.reason, fix: hopEffect!.fix! },
    };
  });
  const result: Trace = { ...trace, hops, effects };
  if (probe) result.probe = probe;
  if (outbound) result.outbound = outbound;
  if (failure) result.failure = failure;
  return result;
}
