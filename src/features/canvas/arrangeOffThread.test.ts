import { describe, expect, it } from 'vitest';
import { preset } from '../../core/testing/presets';
import { arrangeOffThread, type ArrangeReply, type ArrangeRequest, type ArrangeWorkerLike } from './arrangeOffThread';
import { asV2 } from './flowInput.testing';
import { arrange } from './layout';

const topology = asV2(preset('type1-no-port-reuse'));
const request: ArrangeRequest = { topology, sizes: {}, aspect: 1.6 };

/** A worker that answers with `reply` (or fails), and records what it was sent and whether it was ended. */
function fake(reply: ArrangeReply | 'error') {
  const seen: { sent: ArrangeRequest[]; ended: boolean } = { sent: [], ended: false };
  const make = (): ArrangeWorkerLike => {
    const w: ArrangeWorkerLike = {
      onmessage: null,
      onerror: null,
      postMessage: (m) => {
        seen.sent.push(m);
        queueMicrotask(() => (reply === 'error' ? w.onerror?.(new Error('boom')) : w.onmessage?.({ data: reply })));
      },
      terminate: () => (seen.ended = true),
    };
    return w;
  };
  return { make, seen };
}

describe('arrangeOffThread', () => {
  it('asks the worker and takes its positions, then ends it', async () => {
    const { make, seen } = fake({ ok: true, positions: { 'vm:VM1': { x: 7, y: 9 } } });
    await expect(arrangeOffThread(request, make)).resolves.toEqual({ 'vm:VM1': { x: 7, y: 9 } });
    expect(seen.sent).toEqual([request]);
    expect(seen.ended).toBe(true);
  });

  it('lays out on the page’s thread when the worker fails, refuses, or cannot start', async () => {
    const expected = arrange(topology, () => undefined, undefined, 1.6);
    const ids = Object.keys(expected).sort();
    for (const make of [fake('error').make, fake({ ok: false, error: 'no' }).make, undefined]) {
      expect(Object.keys(await arrangeOffThread(request, make)).sort()).toEqual(ids);
    }
    const throws = () => {
      throw new Error('no workers here');
    };
    expect(Object.keys(await arrangeOffThread(request, throws)).sort()).toEqual(ids);
  });
});
