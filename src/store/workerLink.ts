// How the page posts to one analysis worker: after the frame that shows the edit has been painted, and only what
// changed since the worker's last request (topologyUpdate.ts). Posting in the click's own task cloned the whole
// topology before the browser could paint the edit (~4-10 ms at 1,000 elements), and the worker's answer could land
// before that paint too. The runner (analysisRunner.ts) still sees a worker that takes whole topologies.
import type { Topology } from '../core/topology/schema';
import type { AnalysisReply, AnalysisRequest, WorkerLike } from './analysisRunner';
import { diagnosticsUnpacker, type PackedWire } from './diagnosticsDelta';
import { topologyUpdate, type HeldTopology, type TopologyUpdate } from './topologyUpdate';

/** What the page posts to an analysis worker: the topology of request `seq`, as an update of the one it holds. */
export interface WorkerRequest {
  seq: number;
  update: TopologyUpdate;
}

/** What an analysis worker answers: its findings packed against its previous answer (diagnosticsDelta.ts). */
export type WorkerReply = { seq: number; ok: true; wire: PackedWire } | { seq: number; ok: false; error: string };

/** The part of a real Worker the link uses. */
export interface RawWorker {
  postMessage(message: WorkerRequest): void;
  terminate(): void;
  onmessage: ((event: { data: WorkerReply }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
}

/**
 * Runs `task` once the frame being prepared has been painted (a frame callback, then a task). A hidden page paints
 * no frames, so there, and should it be hidden meanwhile, the task runs anyway.
 */
export function afterNextPaint(task: () => void): void {
  if (typeof requestAnimationFrame !== 'function' || document.visibilityState === 'hidden') {
    setTimeout(task, 0);
    return;
  }
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    task();
  };
  requestAnimationFrame(() => setTimeout(run, 0));
  setTimeout(run, 250);
}

/**
 * A worker for the runner: each request is posted once the page has painted (a newer one before then takes its
 * place), as the changes since the previous request posted to this worker (the first one whole); each answer's
 * findings are unpacked against the previous answer's, every answer in order, whether the runner still wants it or not.
 */
export function linkedWorker(worker: RawWorker, afterPaint: (task: () => void) => void = afterNextPaint): WorkerLike {
  let sent: HeldTopology | undefined;
  let waiting: { seq: number; topology: Topology } | undefined;
  let closed = false;

  const send = () => {
    const request = waiting;
    waiting = undefined;
    if (!request || closed) return;
    // Against the last request posted, answered or not: the worker takes them in order.
    worker.postMessage({ seq: request.seq, update: topologyUpdate(request.topology, sent) });
    sent = request;
  };

  const linked: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage({ seq, topology }: AnalysisRequest) {
      const scheduled = waiting !== undefined;
      waiting = { seq, topology };
      if (!scheduled) afterPaint(send);
    },
    terminate() {
      closed = true;
      waiting = undefined;
      worker.terminate();
    },
  };
  const unpack = diagnosticsUnpacker();
  worker.onmessage = ({ data }) => {
    let reply: AnalysisReply;
    try {
      reply = data.ok ? { ...data, wire: unpack(data.wire) } : data;
    } catch (e) {
      reply = { seq: data.seq, ok: false, error: (e as Error).message };
    }
    linked.onmessage?.({ data: reply });
  };
  worker.onerror = (event) => linked.onerror?.(event);
  return linked;
}
