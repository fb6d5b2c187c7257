// The Arrange worker: dagre's ordering and the grid of a large topology take about a second on the page's thread.
import * as dagre from '@dagrejs/dagre';
import { arrange } from './layout';
import type { ArrangeReply, ArrangeRequest } from './arrangeOffThread';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ArrangeRequest>) => void) | null;
  postMessage(m: ArrangeReply): void;
};

scope.onmessage = ({ data: { topology, sizes, aspect } }) => {
  try {
    scope.postMessage({ ok: true, positions: arrange(topology, (id) => sizes[id], dagre, aspect) });
  } catch (e) {
    scope.postMessage({ ok: false, error: e instanceof Error ? e.message : String(e) });
  }
};
