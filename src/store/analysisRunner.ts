// When and where the page analyses a topology: small ones at once on the page (no flicker), large ones in a
// worker, one request at a time. A newer topology supersedes the running request (the worker is stopped and a
// fresh one started, so stale work never delays the current), Cancel stops it, and every answer is matched to
// its request by a sequence number so nothing late can overwrite something newer. No DOM here: the worker is
// injected, so tests drive this with a fake.
import type { LoadBalancerDef, Topology } from '../core/topology/schema';
import type { TopologyAnalysis } from '../core/validation/analyzeTopology';
import type { AnalysisDecoder, AnalysisWire } from './analysisWire';

/** What the page asks an analysis worker. */
export interface AnalysisRequest {
  seq: number;
  topology: Topology;
}

/** What an analysis worker answers. */
export type AnalysisReply = { seq: number; ok: true; wire: AnalysisWire } | { seq: number; ok: false; error: string };

/**
 * Below this {@link workload} the page analyses a topology at once: about 5 ms in Chromium on the 2-core development
 * machine, so no flicker; above it, in a worker. Chosen by measurement (docs/workers.md).
 */
export const SYNC_WORKLOAD = 10_000;

/** The part of a Worker the runner uses. */
export interface WorkerLike {
  postMessage(message: AnalysisRequest): void;
  terminate(): void;
  onmessage: ((event: { data: AnalysisReply }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
}

/** `current`: the analysis is of the topology; otherwise it is of an earlier one (or missing). */
export type AnalysisStatus = 'current' | 'running' | 'cancelled' | 'failed';

/** Where the analysis of the latest topology stands. */
export interface AnalysisState {
  status: AnalysisStatus;
  /** The topology asked about last. */
  topology: Topology;
  /** The latest finished analysis: of `topology` when `status` is `current`, else of an earlier one, or none yet. */
  analysis: TopologyAnalysis | undefined;
  /** When the running analysis started (`now()`), for an elapsed-time display. */
  startedAt?: number;
  /** Why the analysis failed (a worker that threw or could not start). */
  error?: string;
}

/** The code the page analyses with and decodes a worker's answers with; the app fetches it on demand (analysisCode.ts). */
export interface PageAnalysis {
  analyze: (topology: Topology) => TopologyAnalysis;
  decode: (topology: Topology, wire: AnalysisWire) => AnalysisDecoder;
}

/** What the runner needs from its surroundings. */
export interface RunnerDeps {
  /** Starts a worker; undefined where there are no workers (Node), so everything runs at once. */
  createWorker: (() => WorkerLike) | undefined;
  /** The page's analysis code, or undefined until it has loaded. */
  code: () => PageAnalysis | undefined;
  /** Loads the page's analysis code (once; a failed load may be retried). */
  load: () => Promise<PageAnalysis>;
  /** Runs a task later, after the page has handled pending input. */
  later: (task: () => void) => void;
  now: () => number;
  /** Topologies whose {@link workload} is below this are analysed at once on the page. */
  threshold: number;
  /** Rows rebuilt per slice on the page once a worker answers. */
  sliceRows: number;
}

/**
 * The size of an analysis in units of about 0.5 µs of `analyze` (measured in Chromium), summed over the load
 * balancers: one per rule × member pair (a mapping row), rule and NAT rule; ten per VM and frontend (indexing
 * parses their addresses, once per load balancer).
 * @example workload(topologyWithOneRuleTwoVmsTwoFrontends) // 2 + 1 + 40 = 43
 */
export function workload(topology: Topology): number {
  let sum = 0;
  // From the load balancers themselves, not their views (lbView): building four views' layouts just to count was
  // part of the first render at 1,000 elements.
  for (const lb of topology.loadBalancers) sum += lbWorkload(lb, topology.vms.length);
  return sum;
}

function lbWorkload(lb: LoadBalancerDef, vms: number): number {
  const poolSize = new Map<string, number>();
  for (const pool of lb.backendPools) if (!poolSize.has(pool.name)) poolSize.set(pool.name, pool.members.length);
  let pairs = 0;
  for (const rule of lb.rules) pairs += poolSize.get(rule.backendPool) ?? 0;
  return pairs + lb.rules.length + (lb.inboundNatRules?.length ?? 0) + 10 * (vms + lb.frontends.length);
}

/** The runner's controls. */
export interface AnalysisRunner {
  /** Asks for the analysis of a topology (the latest request wins). */
  request(topology: Topology): void;
  /** Stops the running analysis; the previous analysis stays, marked as not current. */
  cancel(): void;
  /** Starts the latest topology's analysis again (after Cancel or a failure). */
  retry(): void;
  getState(): AnalysisState;
}

/** Creates a runner that reports every change of state to `onChange`. */
export function createAnalysisRunner(deps: RunnerDeps, initial: Topology, onChange: (state: AnalysisState) => void): AnalysisRunner {
  let worker: WorkerLike | undefined;
  let busy = false;
  let seq = 0;
  // Whether anything was started since creation (the initial state is 'running' until the first request).
  let started = false;
  // The topology the current `state.analysis` is of.
  let analysed: Topology | undefined;
  let state: AnalysisState = { status: 'running', topology: initial, analysis: undefined };

  const set = (next: AnalysisState) => {
    state = next;
    onChange(state);
  };
  const finish = (topology: Topology, analysis: TopologyAnalysis) => {
    analysed = topology;
    set({ status: 'current', topology, analysis });
  };
  const stopWorker = () => {
    worker?.terminate();
    worker = undefined;
    busy = false;
  };
  const fail = (error: string) => {
    stopWorker();
    set({ status: 'failed', topology: state.topology, analysis: state.analysis, error });
  };

  // Runs `then` once the page's analysis code has loaded, unless a newer request or Cancel came meanwhile.
  const withCode = (then: (code: PageAnalysis) => void) => {
    const code = deps.code();
    if (code) return then(code);
    const mine = seq;
    deps.load().then(
      (loadedCode) => seq === mine && then(loadedCode),
      (e: unknown) => seq === mine && fail(e instanceof Error ? e.message : String(e)),
    );
  };

  const receive = (reply: AnalysisReply) => {
    if (reply.seq !== seq) return; // superseded or cancelled meanwhile
    busy = false;
    if (!reply.ok) return fail(reply.error);
    withCode((code) => decodeReply(code, reply.wire));
  };

  const decodeReply = (code: PageAnalysis, wire: AnalysisWire) => {
    const mine = seq;
    const topology = state.topology;
    let decoder;
    try {
      decoder = code.decode(topology, wire);
    } catch (e) {
      return fail((e as Error).message);
    }
    const slice = () => {
      if (seq !== mine) return;
      const analysis = decoder.step(deps.sliceRows);
      if (analysis) finish(topology, analysis);
      else deps.later(slice);
    };
    slice();
  };

  const start = (topology: Topology) => {
    seq++;
    started = true;
    // Only positions changed (a drag on the canvas): the analysis does not read them, so it still holds.
    if (analysed && state.analysis && sameButLayout(analysed, topology)) {
      if (busy) stopWorker();
      return finish(topology, state.analysis);
    }
    if (!deps.createWorker || workload(topology) < deps.threshold) {
      if (busy) stopWorker();
      // Until the code has loaded (at start-up), the state stays running without a start time: nothing to cancel.
      if (!deps.code()) set({ status: 'running', topology, analysis: state.analysis });
      return withCode((code) => finish(topology, code.analyze(topology)));
    }
    // A busy worker is computing something nobody wants any more: stop it rather than queue behind it.
    if (busy) stopWorker();
    try {
      if (!worker) {
        const created = deps.createWorker();
        created.onmessage = (event) => receive(event.data);
        created.onerror = (event) => fail(event.message ?? 'The analysis worker stopped.');
        worker = created;
      }
      busy = true;
      set({ status: 'running', topology, analysis: state.analysis, startedAt: deps.now() });
      worker.postMessage({ seq, topology });
    } catch (e) {
      fail((e as Error).message);
    }
  };

  return {
    request(topology) {
      // The same topology again: already answered, under way, or stopped by the user (retry restarts it).
      if (topology === state.topology && (state.status !== 'running' || started)) return;
      start(topology);
    },
    cancel() {
      if (state.status !== 'running') return;
      seq++;
      stopWorker();
      set({ status: 'cancelled', topology: state.topology, analysis: state.analysis });
    },
    retry() {
      if (state.status === 'current' || state.status === 'running') return;
      start(state.topology);
    },
    getState: () => state,
  };
}

/** True when two topologies differ at most in their layout (every other part, and each load balancer's, is the same object). */
function sameButLayout(a: Topology, b: Topology): boolean {
  if (a === b) return true;
  if (!sameFields(a, b, ['layout', 'loadBalancers'])) return false;
  if (a.loadBalancers === b.loadBalancers) return true;
  // A layout edit written back through one load balancer's view (withLb) rebuilds the list and that load balancer.
  return a.loadBalancers.length === b.loadBalancers.length && a.loadBalancers.every((lb, i) => sameFields(lb, b.loadBalancers[i]!, []));
}

function sameFields<T extends object>(a: T, b: T, except: readonly string[]): boolean {
  if (a === b) return true;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of except) keys.delete(key);
  for (const key of keys) if (a[key as keyof T] !== b[key as keyof T]) return false;
  return true;
}
