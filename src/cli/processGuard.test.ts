// Issue 16: a fault main cannot catch (thrown later, from a timer or a stream handler) is the same one line and
// exit 3 as any internal error, in a real process too.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { Io } from './io';
import { REPORT_AT } from './main';
import { guardProcess, type GuardedProcess } from './processGuard';

function fakeProcess() {
  const listeners = new Map<string, (e: unknown) => void>();
  const exits: number[] = [];
  const proc: GuardedProcess = {
    on: (event, listener) => listeners.set(event, listener),
    exit: ((code: number) => void exits.push(code)) as GuardedProcess['exit'],
  };
  return { proc, listeners, exits };
}

describe('guardProcess', () => {
  it('turns an uncaught exception and an unhandled rejection into one line and exit 3', () => {
    for (const event of ['uncaughtException', 'unhandledRejection']) {
      const err: string[] = [];
      const io: Io = { out: () => {}, err: (t) => err.push(t), readFile: () => '' };
      const { proc, listeners, exits } = fakeProcess();
      guardProcess(['script', 'x.json', '--all', '--out', 'd'], io, proc);
      listeners.get(event)!(new RangeError('late'));
      expect(exits).toEqual([3]);
      expect(err).toEqual([
        `floatplan: internal error in script --all: RangeError: late — this is a bug in Floatplan; please report it at ${REPORT_AT}.`,
      ]);
    }
  });

  it('in a real process: a timer that throws after main is one line on stderr and exit 3; --debug adds the stack', () => {
    const script = [
      "import { guardProcess } from './src/cli/processGuard.ts';",
      "guardProcess(process.argv.slice(1).filter((a) => a !== '--'));",
      "setTimeout(() => { throw new Error('thrown from a timer'); }, 1);",
    ].join('\n');
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', script, '--', ...args], { encoding: 'utf8' });
    const r = run('map', 'x.json');
    expect(r.status).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `floatplan: internal error in map: thrown from a timer — this is a bug in Floatplan; please report it at ${REPORT_AT}.\n`,
    );
    const d = run('map', 'x.json', '--debug');
    expect(d.status).toBe(3);
    expect(d.stderr).toMatch(/^floatplan: internal error in map: thrown from a timer — [^\n]*\nError: thrown from a timer\n\s+at /);
  }, 60_000);
});
