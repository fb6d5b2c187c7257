// The analysis worker: the core's analyzeTopology, off the page's thread, answering in the compact form of analysisWire.
// It keeps the topology of its last request and gets the next one as the changes since (topologyUpdate.ts), so a load
// balancer an edit did not touch keeps its objects here, and analyzeTopology its analysis.
import { analyzeTopology } from '../core/validation/analyzeTopology';
import { encodeAnalysis, wireBuffers } from './analysisWire';
import { diagnosticsPacker } from './diagnosticsDelta';
import { applyUpdate, type HeldTopology } from './topologyUpdate';
import type { WorkerReply, WorkerRequest } from './workerLink';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(m: WorkerReply, transfer?: Transferable[]): void;
};

let held: HeldTopology | undefined;
// Findings already sent go as their position in the previous answer (diagnosticsDelta.ts).
const pack = diagnosticsPacker();

scope.onmessage = ({ data: { seq, update } }) => {
  let reply: WorkerReply;
  try {
    const topology = applyUpdate(update, held);
    held = { seq, topology };
    const wire = encodeAnalysis(topology, analyzeTopology(topology));
    scope.postMessage({ seq, ok: true, wire: pack(wire) }, wireBuffers(wire));
    return;
  } catch (e) {
    reply = { seq, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  scope.postMessage(reply);
};
