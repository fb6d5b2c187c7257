// The Arrange worker: dagre's ordering and the grid of a large topology take about a second on the page's thread.
import { loadDagre } from './dagre';
import { arrange } from './layout';
import type { ArrangeReply, ArrangeRequest } from './arrangeOffThread';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ArrangeRequest>) => void) | null;
  postMessage(m: ArrangeReply): void;
};

// dagre through the same loader as the page (a chunk of the worker's own), so the module is imported one way only.
scope.onmessage = async ({ data: { topology, sizes, aspect } }) => {
  try {
    const dagre = await loadDagre();
    scope.postMessage({ ok: true, positions: arrange(topology, (id) => sizes[id], dagre, aspect) });
  } catch (e) {
    scope.postMessage({ ok: false, error: e instanceof Error ? e.message : String(e) });
  }
};
