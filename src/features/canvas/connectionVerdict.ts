import { canConnectAcross, type LbElement } from '../../core/edit/crossWires';
import type { Verdict } from '../../core/edit/connect';
import { messages as editMessages } from '../../core/edit/messages';
import { fill, type Locale } from '../../core/i18n/locale';
import type { Topology } from '../../core/topology/schema';
import { parseCanvasId } from './canvasIds';
import { messages } from './messages';

/** One end of a connection being dragged: the node and whether the handle is an output or an input. */
export interface HandleEnd {
  nodeId: string;
  type: 'source' | 'target';
}

/**
 * The core's verdict on a wire between two nodes (canvas ids), inside a load balancer or between two.
 * @example canvasVerdict(t, 'lb/frontend:FIP1', 'vm:VM1')
 */
export function canvasVerdict(t: Topology, source: string, target: string, locale: Locale = 'en'): Verdict {
  const s = parseCanvasId(source);
  const d = parseCanvasId(target);
  if (!s || !d) return { ok: false, reason: editMessages[locale].notConnectable };
  return canConnectAcross(t, withLb(t, s), withLb(t, d), locale);
}

// An id without its load balancer (one-load-balancer code) is the first load balancer's.
function withLb(t: Topology, r: LbElement): LbElement {
  return r.kind === 'vm' || r.loadBalancer !== undefined ? r : { ...r, loadBalancer: t.loadBalancers[0]?.name };
}

/** The two ends of a wire as the core edits take them. */
export function wireEnds(t: Topology, source: string, target: string): [LbElement, LbElement] | undefined {
  const s = parseCanvasId(source);
  const d = parseCanvasId(target);
  return s && d ? [withLb(t, s), withLb(t, d)] : undefined;
}

/**
 * The core's verdict on a connection between two handles, whichever end the user started from.
 * @example verdictFor(t, { nodeId: 'lb/frontend:FIP1', type: 'source' }, { nodeId: 'vm:VM1', type: 'target' })
 */
export function verdictFor(t: Topology, from: HandleEnd, to: HandleEnd, locale: Locale = 'en'): Verdict {
  if (from.type === to.type) {
    return { ok: false, reason: fill(messages[locale].outputToInput) };
  }
  return from.type === 'source' ? canvasVerdict(t, from.nodeId, to.nodeId, locale) : canvasVerdict(t, to.nodeId, from.nodeId, locale);
}
