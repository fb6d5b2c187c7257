import type { Topology } from '../../core/topology/schema';
import { loadDagre } from './dagre';
import { arrange, type Size, type XY } from './layout';

/** What the Arrange worker is asked: the topology, the sizes the nodes are drawn at, the view's aspect. */
export interface ArrangeRequest {
  topology: Topology;
  sizes: Record<string, Size>;
  aspect: number;
}

/** The Arrange worker's answer. */
export type ArrangeReply = { ok: true; positions: Record<string, XY> } | { ok: false; error: string };

/** The part of a Worker used here. */
export interface ArrangeWorkerLike {
  onmessage: ((e: { data: ArrangeReply }) => void) | null;
  onerror: ((e: unknown) => void) | null;
  postMessage(m: ArrangeRequest): void;
  terminate(): void;
}

// Vite bundles the worker with its own copy of dagre; Node (the tests) has no Worker.
const createWorker =
  typeof Worker === 'undefined'
    ? undefined
    : () =>
        new Worker(new URL('./arrange.worker.ts', import.meta.url), {
          type: 'module',
          name: 'floatplan-arrange',
        }) as unknown as ArrangeWorkerLike;

/**
 * Arrange's positions, computed in a Web Worker so the page keeps painting and answering while dagre orders a large
 * topology. Where no worker can start or it fails, the same layout runs on the page's thread (slower, still right).
 */
export function arrangeOffThread(
  request: ArrangeRequest,
  make: (() => ArrangeWorkerLike) | undefined = createWorker,
): Promise<Record<string, XY>> {
  const here = async () => {
    const dagre = await loadDagre().catch(() => undefined);
    return arrange(request.topology, (id) => request.sizes[id], dagre, request.aspect);
  };
  let worker: ArrangeWorkerLike;
  try {
    if (!make) return here();
    worker = make();
  } catch {
    return here();
  }
  return new Promise<Record<string, XY>>((resolve) => {
    const end = (positions: Record<string, XY> | Promise<Record<string, XY>>) => {
      worker.terminate();
      resolve(positions);
    };
    worker.onmessage = ({ data }) => end(data.ok ? data.positions : here());
    worker.onerror = () => end(here());
    worker.postMessage(request);
  });
}
