import { describe, expect, it } from 'vitest';
import { presetTopology } from '../core/testing/presets';
import { inLb } from '../core/topology/design';
import type { Topology } from '../core/topology/schema';
import { FakeWorker } from '../lib/testing/fakeWorker';
import { applyUpdate, type HeldTopology } from './topologyUpdate';
import { linkedWorker, type WorkerReply, type WorkerRequest } from './workerLink';

/** A worker that applies what it receives, as analysis.worker.ts does, and a page whose frames the test paints. */
function setup() {
  let held: HeldTopology | undefined;
  const worker = new FakeWorker<WorkerRequest, WorkerReply>();
  const frames: (() => void)[] = [];
  const linked = linkedWorker(worker, (task) => frames.push(task));
  const paint = () => frames.splice(0).forEach((task) => task());
  const received = () => {
    const last = structuredClone(worker.received.at(-1)!);
    held = { seq: last.seq, topology: applyUpdate(last.update, held) };
    return last;
  };
  return { worker, linked, paint, received, held: () => held?.topology };
}

const toggle = (t: Topology, lb: number): Topology =>
  inLb(lb, (v) => ({ ...v, rules: v.rules.map((r, i) => (i === 0 ? { ...r, floatingIp: !r.floatingIp } : r)) }))(t);

const withoutLayout = ({ layout: _, ...rest }: Topology) => rest;

describe('linked analysis worker', () => {
  it('posts nothing until the edit has been painted, then the whole topology first and only changes after', () => {
    const { worker, linked, paint, received, held } = setup();
    const t = presetTopology('nva-sandwich');
    linked.postMessage({ seq: 1, topology: t });
    expect(worker.received).toHaveLength(0);
    paint();
    expect(received().update.base).toBeUndefined();
    const next = toggle(t, 1);
    linked.postMessage({ seq: 2, topology: next });
    paint();
    expect(received()).toMatchObject({ seq: 2, update: { base: 1, vms: 'same', loadBalancers: [0, next.loadBalancers[1]] } });
    expect(held()).toEqual(withoutLayout(next));
  });

  it('two edits before one paint post only the newer one, against what the worker holds', () => {
    const { worker, linked, paint, received, held } = setup();
    const t = presetTopology('cross-region');
    linked.postMessage({ seq: 1, topology: t });
    paint();
    received();
    const twice = toggle(toggle(t, 0), 1);
    linked.postMessage({ seq: 2, topology: toggle(t, 0) });
    linked.postMessage({ seq: 3, topology: twice });
    paint();
    expect(received()).toMatchObject({ seq: 3, update: { base: 1 } });
    expect(worker.received).toHaveLength(2);
    expect(held()).toEqual(withoutLayout(twice));
  });

  it('hands the worker’s answers and errors to the runner, and drops a request still waiting once terminated', () => {
    const { worker, linked, paint } = setup();
    const answers: unknown[] = [];
    linked.onmessage = (e) => answers.push(e.data);
    linked.onerror = (e) => answers.push(e.message);
    worker.reply({ seq: 1, ok: false, error: 'broken' });
    worker.onerror?.({ message: 'stopped' });
    expect(answers).toEqual([{ seq: 1, ok: false, error: 'broken' }, 'stopped']);
    linked.postMessage({ seq: 2, topology: presetTopology('type2-floating-ip') });
    linked.terminate();
    paint();
    expect(worker.terminated).toBe(true);
    expect(worker.received).toHaveLength(0);
  });
});
