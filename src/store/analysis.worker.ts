// The analysis worker: the core's analyzeTopology, off the page's thread, answering in the compact form of analysisWire.
import { analyzeTopology } from '../core/validation/analyzeTopology';
import type { AnalysisReply, AnalysisRequest } from './analysisRunner';
import { encodeAnalysis, wireBuffers } from './analysisWire';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<AnalysisRequest>) => void) | null;
  postMessage(m: AnalysisReply, transfer?: Transferable[]): void;
};

scope.onmessage = ({ data: { seq, topology } }) => {
  let reply: AnalysisReply;
  try {
    const wire = encodeAnalysis(topology, analyzeTopology(topology));
    scope.postMessage({ seq, ok: true, wire }, wireBuffers(wire));
    return;
  } catch (e) {
    reply = { seq, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  scope.postMessage(reply);
};
