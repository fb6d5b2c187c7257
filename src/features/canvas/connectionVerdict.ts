import { canConnect, type Verdict } from '../../core/edit/connect';
import { fill, type Locale } from '../../core/i18n/locale';
import type { LbTopology } from '../../core/topology/schema';
import { messages } from './messages';

/** One end of a connection being dragged: the node and whether the handle is an output or an input. */
export interface HandleEnd {
  nodeId: string;
  type: 'source' | 'target';
}

/**
 * The core's verdict on a connection between two handles, whichever end the user started from.
 * @example verdictFor(t, { nodeId: 'frontend:FIP1', type: 'source' }, { nodeId: 'vm:VM1', type: 'target' })
 */
export function verdictFor(t: LbTopology, from: HandleEnd, to: HandleEnd, locale: Locale = 'en'): Verdict {
  if (from.type === to.type) {
    return { ok: false, reason: fill(messages[locale].outputToInput) };
  }
  return from.type === 'source' ? canConnect(t, from.nodeId, to.nodeId, locale) : canConnect(t, to.nodeId, from.nodeId, locale);
}
