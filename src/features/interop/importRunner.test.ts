import { describe, expect, it } from 'vitest';
import { itext } from '../../core/import/text';
import type { ImportOutcome } from '../../core/import/types';
import { FakeWorker } from '../../lib/testing/fakeWorker';
import { createImportRunner, type ImportReply, type ImportRequest } from './importRunner';

type ImportFake = FakeWorker<ImportRequest, ImportReply>;

const failure: ImportOutcome = {
  ok: false,
  errorText: itext('word.verbatim', { text: 'no load balancer' }),
  diagnostics: [],
};

function setup() {
  const workers: ImportFake[] = [];
  const runner = createImportRunner(() => {
    const w: ImportFake = new FakeWorker();
    workers.push(w);
    return w;
  });
  return { runner, workers };
}

describe('import runner', () => {
  it('sends the text and options to a worker and resolves with its outcome, reporting progress on the way', async () => {
    const { runner, workers } = setup();
    const progress: number[] = [];
    const ended = runner.run('text', { format: 'arm', params: { a: '1' } }, (steps) => progress.push(steps));
    expect(workers[0]!.received).toEqual([{ id: 1, text: 'text', options: { format: 'arm', params: { a: '1' } } }]);
    workers[0]!.reply({ id: 1, kind: 'progress', steps: 100_000, limit: 5_000_000 });
    workers[0]!.reply({ id: 1, kind: 'done', outcome: failure, planner: [] });
    expect(await ended).toEqual({ id: 1, kind: 'done', outcome: failure, planner: [] });
    expect(progress).toEqual([100_000]);
  });

  it('ends the worker on Stop and resolves as cancelled; a late answer changes nothing', async () => {
    const { runner, workers } = setup();
    const ended = runner.run('text', {});
    runner.cancel();
    expect(workers[0]!.terminated).toBe(true);
    expect(await ended).toEqual({ id: 1, kind: 'cancelled' });
    workers[0]!.reply({ id: 1, kind: 'done', outcome: failure, planner: [] });
    const next = runner.run('again', {});
    expect(workers).toHaveLength(2); // a fresh worker for the next import
    workers[1]!.reply({ id: 2, kind: 'done', outcome: failure, planner: [] });
    expect((await next).kind).toBe('done');
  });

  it('cancels a running import when another starts, and keeps an idle worker for the next', async () => {
    const { runner, workers } = setup();
    const first = runner.run('one', {});
    const second = runner.run('two', {});
    expect(await first).toEqual({ id: 1, kind: 'cancelled' });
    workers[1]!.reply({ id: 2, kind: 'done', outcome: failure, planner: [] });
    await second;
    void runner.run('three', {});
    expect(workers).toHaveLength(2);
    expect(workers[1]!.received.map((r) => r.text)).toEqual(['two', 'three']);
  });

  it('reports a worker that cannot load or dies as a crash, and ends it when the dialog closes', async () => {
    const { runner, workers } = setup();
    const ended = runner.run('text', {});
    workers[0]!.onerror?.({ message: 'failed to fetch' });
    expect(await ended).toEqual({ id: 1, kind: 'crashed', message: 'failed to fetch' });
    expect(workers[0]!.terminated).toBe(true);
    void runner.run('text', {});
    runner.dispose();
    expect(workers[1]!.terminated).toBe(true);
  });
});
