import { describe, expect, it } from 'vitest';
import { rule, topology as v1 } from '../core/testing/builders';
import { inLb, migrateV1 } from '../core/topology/design';
import type { LbTopology, Topology } from '../core/topology/schema';
import { analyzeTopology as analyze } from '../core/validation/analyzeTopology';
import {
  createAnalysisRunner,
  workload,
  type AnalysisReply,
  type AnalysisRequest,
  type AnalysisState,
  type PageAnalysis,
  type WorkerLike,
} from './analysisRunner';
import { decodeAnalysis, encodeAnalysis } from './analysisWire';
import { FakeWorker } from '../lib/testing/fakeWorker';

/** A worker that answers only when the test says so, as a real one does after a while. */
class AnalysisFake extends FakeWorker<AnalysisRequest, AnalysisReply> implements WorkerLike {
  /** Answers a request it received (the latest by default) with the real analysis. */
  answer(request = this.received.at(-1)!) {
    this.reply({ seq: request.seq, ok: true, wire: encodeAnalysis(request.topology, analyze(request.topology)) });
  }
}

const topology = (over: Partial<LbTopology> = {}): Topology => migrateV1(v1(over));

/** Two rules on a pool of two, two VMs and two frontends: workload 46, to the worker; `small` (41) stays at once. */
const large = (name = 'large'): Topology => topology({ name, rules: [rule('a'), rule('b', { frontendPort: 81 })] });
const small = topology({ backendPools: [{ name: 'pool', members: [] }] });

/** `large` with a second load balancer over the same VMs: an internal one with one rule on the same pool. */
const twoLbs = (): Topology => {
  const t = large('two');
  const second = { ...t.loadBalancers[0]!, name: 'ilb', type: 'Internal' as const, rules: [rule('p', { frontendPort: 443 })] };
  return { ...t, loadBalancers: [t.loadBalancers[0]!, second] };
};

const code: PageAnalysis = { analyze, decode: decodeAnalysis };

/** The page's analysis code as the app fetches it: absent until the test resolves (or rejects) its load. */
function deferredCode() {
  let loaded: PageAnalysis | undefined;
  const analysed: Topology[] = [];
  const code: PageAnalysis = {
    analyze: (t) => {
      analysed.push(t);
      return analyze(t);
    },
    decode: decodeAnalysis,
  };
  const loads: { resolve: () => void; reject: (e: Error) => void }[] = [];
  return {
    code: () => loaded,
    load: () => new Promise<PageAnalysis>((resolve, reject) => loads.push({ resolve: () => resolve((loaded = code)), reject })),
    loads,
    analysed,
  };
}

function setup(
  initial: Topology = small,
  pageCode: Pick<ReturnType<typeof deferredCode>, 'code' | 'load'> = { code: () => code, load: async () => code },
) {
  const workers: AnalysisFake[] = [];
  const later: (() => void)[] = [];
  const states: AnalysisState[] = [];
  let syncRuns = 0;
  const runner = createAnalysisRunner(
    {
      createWorker: () => {
        const w = new AnalysisFake();
        workers.push(w);
        return w;
      },
      code: () => {
        const loaded = pageCode.code();
        return (
          loaded && {
            ...loaded,
            analyze: (t: Topology) => {
              syncRuns++;
              return loaded.analyze(t);
            },
          }
        );
      },
      load: pageCode.load,
      later: (task) => later.push(task),
      now: () => 1000,
      threshold: 45,
      sliceRows: 1000,
    },
    initial,
    (s) => states.push(s),
  );
  const drain = () => {
    while (later.length) later.shift()!();
  };
  return { runner, workers, later, states, drain, syncRuns: () => syncRuns };
}

/** Shows the small topology's analysis, then requests a large one (which goes to a worker); returns both. */
function showThenSendLarge(runner: ReturnType<typeof setup>['runner']) {
  runner.request(small);
  const before = runner.getState().analysis;
  const t = large();
  runner.request(t);
  return { before, t };
}

describe('analysis runner', () => {
  it('measures a topology by rule × member pairs, rules, and ten per VM and frontend', () => {
    expect(workload(large())).toBe(46);
    expect(workload(small)).toBe(41);
  });

  it('analyses a small topology at once, without a worker', () => {
    const { runner, workers } = setup();
    runner.request(small);
    expect(runner.getState()).toMatchObject({ status: 'current', topology: small });
    expect(runner.getState().analysis).toEqual(analyze(small));
    expect(workers).toHaveLength(0);
  });

  it('sends a large topology to a worker, keeps the previous analysis meanwhile, then shows the new one with the page’s own objects', () => {
    const { runner, workers } = setup();
    const { before, t } = showThenSendLarge(runner);
    expect(runner.getState()).toMatchObject({ status: 'running', topology: t, analysis: before, startedAt: 1000 });
    expect(workers[0]!.received).toEqual([{ seq: 2, topology: t }]);
    workers[0]!.answer();
    const state = runner.getState();
    expect(state.status).toBe('current');
    expect(state.analysis).toEqual(analyze(t));
    expect(state.analysis!.rows[0]!.ruleRef).toBe(t.loadBalancers[0]!.rules[0]);
  });

  it('adds up every load balancer’s workload', () => {
    // The second load balancer: one rule on the pool of two (3) and the shared VMs and its frontends (40).
    expect(workload(twoLbs())).toBe(46 + 43);
  });

  it('rebuilds the answer for several load balancers part by part, each row pointing at its own load balancer’s rule', () => {
    const { runner, workers, drain } = setup();
    const t = twoLbs();
    runner.request(t);
    workers[0]!.answer();
    drain();
    const analysis = runner.getState().analysis!;
    expect(analysis).toEqual(analyze(t));
    expect(analysis.parts.map((p) => [p.loadBalancer, p.rowStart])).toEqual([
      ['lb', 0],
      ['ilb', 4],
    ]);
    expect(analysis.rows[0]!.ruleRef).toBe(t.loadBalancers[0]!.rules[0]);
    expect(analysis.rows[4]!.ruleRef).toBe(t.loadBalancers[1]!.rules[0]);
  });

  it('lets a newer topology supersede a running request: the busy worker is stopped and a late answer ignored', () => {
    const { runner, workers } = setup();
    const [first, second] = [large('first'), large('second')];
    runner.request(first);
    runner.request(second);
    expect(workers[0]!.terminated).toBe(true);
    expect(workers[1]!.received.map((r) => r.topology)).toEqual([second]);
    workers[0]!.answer(workers[0]!.received[0]); // arrives after all
    expect(runner.getState()).toMatchObject({ status: 'running', topology: second });
    workers[1]!.answer();
    expect(runner.getState()).toMatchObject({ status: 'current', topology: second });
  });

  it('reuses an idle worker for the next request', () => {
    const { runner, workers } = setup();
    runner.request(large('first'));
    workers[0]!.answer();
    runner.request(large('second'));
    expect(workers).toHaveLength(1);
    expect(workers[0]!.terminated).toBe(false);
  });

  it('stops the worker on Cancel, keeps the previous analysis, ignores a late answer, and can start again', () => {
    const { runner, workers } = setup();
    const { before, t } = showThenSendLarge(runner);
    runner.cancel();
    expect(workers[0]!.terminated).toBe(true);
    expect(runner.getState()).toMatchObject({ status: 'cancelled', topology: t, analysis: before });
    workers[0]!.answer();
    expect(runner.getState().status).toBe('cancelled');
    runner.request(t); // the same topology again (a re-render) does not restart it by itself
    expect(workers).toHaveLength(1);
    runner.retry();
    expect(runner.getState().status).toBe('running');
    workers[1]!.answer();
    expect(runner.getState()).toMatchObject({ status: 'current', topology: t });
  });

  it('lets a small topology supersede a large one in the worker', () => {
    const { runner, workers } = setup();
    runner.request(large());
    runner.request(small);
    expect(workers[0]!.terminated).toBe(true);
    expect(runner.getState()).toMatchObject({ status: 'current', topology: small });
  });

  it('rebuilds a large answer in slices, between which a newer request stops it', () => {
    const { runner, workers, later, drain } = setup();
    const t = topology({ rules: Array.from({ length: 3000 }, (_, i) => rule(`r${i}`, { frontendPort: 1 + i })) });
    runner.request(t);
    workers[0]!.answer();
    expect(later).toHaveLength(1); // 6,000 rows, 1,000 a slice
    expect(runner.getState().status).toBe('running');
    drain();
    expect(runner.getState().analysis!.rows).toHaveLength(6000);

    const next = { ...t, name: 'next' };
    runner.request(next);
    workers[0]!.answer();
    const newer = large();
    runner.request(newer);
    drain();
    expect(runner.getState()).toMatchObject({ status: 'running', topology: newer });
  });

  it('keeps the analysis when only positions changed (a drag), without asking the worker', () => {
    const { runner, workers } = setup();
    const t = large();
    runner.request(t);
    workers[0]!.answer();
    const moved = { ...t, layout: { 'rule:a': { x: 1, y: 2 } } };
    runner.request(moved);
    expect(runner.getState()).toMatchObject({ status: 'current', topology: moved, analysis: runner.getState().analysis });
    expect(workers[0]!.received).toHaveLength(1);
  });

  it('keeps the analysis when a drag is written back through one load balancer’s view', () => {
    const { runner, workers } = setup();
    const t = twoLbs();
    runner.request(t);
    workers[0]!.answer();
    const moved = inLb(1, (v) => ({ ...v, layout: { 'rule:p': { x: 1, y: 2 } } }))(t);
    expect(moved.loadBalancers[1]).not.toBe(t.loadBalancers[1]);
    runner.request(moved);
    expect(runner.getState()).toMatchObject({ status: 'current', topology: moved, analysis: runner.getState().analysis });
    expect(workers[0]!.received).toHaveLength(1);
    // A change of a load balancer's own field is not a drag.
    runner.request(inLb(1, (v) => ({ ...v, loadBalancer: { ...v.loadBalancer, sku: 'Basic' } }))(moved));
    expect(workers[0]!.received).toHaveLength(2);
  });

  it('reports a worker that fails or crashes, and tries again on request', () => {
    const { runner, workers } = setup();
    const t = large();
    runner.request(t);
    workers[0]!.onmessage?.({ data: { seq: workers[0]!.received[0]!.seq, ok: false, error: 'boom' } });
    expect(runner.getState()).toMatchObject({ status: 'failed', error: 'boom' });
    runner.retry();
    workers[1]!.onerror?.({ message: 'crashed' });
    expect(runner.getState()).toMatchObject({ status: 'failed', error: 'crashed' });
    expect(workers[1]!.terminated).toBe(true);
  });

  it('waits for the page’s analysis code at start-up (running, no start time, nothing to cancel), then analyses', async () => {
    const page = deferredCode();
    const { runner, workers } = setup(small, page);
    runner.request(small);
    expect(runner.getState()).toMatchObject({ status: 'running', topology: small, analysis: undefined });
    expect(runner.getState().startedAt).toBeUndefined();
    expect(page.loads).toHaveLength(1);
    page.loads[0]!.resolve();
    await Promise.resolve();
    expect(runner.getState()).toMatchObject({ status: 'current', topology: small });
    expect(runner.getState().analysis).toEqual(analyze(small));
    expect(workers).toHaveLength(0);
  });

  it('analyses only the latest topology once the code comes', async () => {
    const page = deferredCode();
    const { runner } = setup(small, page);
    const later = topology({ name: 'later', backendPools: [{ name: 'pool', members: [] }] });
    runner.request(small);
    runner.request(later);
    for (const load of page.loads) load.resolve();
    await Promise.resolve();
    expect(runner.getState()).toMatchObject({ status: 'current', topology: later });
    expect(page.analysed).toEqual([later]);
  });

  it('holds a worker’s answer that comes before the code, and decodes it when the code comes', async () => {
    const page = deferredCode();
    const { runner, workers } = setup(small, page);
    const t = large();
    runner.request(t);
    workers[0]!.answer();
    expect(runner.getState()).toMatchObject({ status: 'running', topology: t, analysis: undefined });
    page.loads[0]!.resolve();
    await Promise.resolve();
    expect(runner.getState().status).toBe('current');
    expect(runner.getState().analysis).toEqual(analyze(t));
  });

  it('fails when the code cannot be fetched, and fetches it again on Analyse again', async () => {
    const page = deferredCode();
    const { runner } = setup(small, page);
    runner.request(small);
    page.loads[0]!.reject(new Error('offline'));
    await Promise.resolve();
    expect(runner.getState()).toMatchObject({ status: 'failed', error: 'offline' });
    runner.retry();
    expect(page.loads).toHaveLength(2);
    page.loads[1]!.resolve();
    await Promise.resolve();
    expect(runner.getState()).toMatchObject({ status: 'current', topology: small });
  });

  it('runs everything at once where there are no workers', () => {
    const states: AnalysisState[] = [];
    const runner = createAnalysisRunner(
      { createWorker: undefined, code: () => code, load: async () => code, later: () => {}, now: () => 0, threshold: 5, sliceRows: 10 },
      small,
      (s) => states.push(s),
    );
    runner.request(large());
    expect(runner.getState().status).toBe('current');
  });
});
