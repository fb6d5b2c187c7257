// The CLI process's last line of defence: a fault main cannot catch (thrown later from a timer, a stream's 'error'
// handler, a promise nobody awaits) gets the same one line and exit code 3 as any other internal error, never
// Node's stack and exit code 1 (which means "the topology has errors").
import { failed, failureContext } from './main';
import { processIo, type Io } from './io';

/** The part of `process` the guard uses (tests pass their own). */
export interface GuardedProcess {
  on(event: 'uncaughtException' | 'unhandledRejection', listener: (e: unknown) => void): unknown;
  exit(code: number): never;
}

/**
 * Turns an uncaught exception or an unhandled rejection into `internal error in <command>: …` and exit 3.
 * @example guardProcess(process.argv.slice(2)) // in the CLI's entry, before main runs
 */
export function guardProcess(argv: readonly string[], io: Io = processIo, proc: GuardedProcess = process): void {
  const context = failureContext(argv);
  const onFault = (e: unknown) => proc.exit(failed(e, io, context));
  proc.on('uncaughtException', onFault);
  proc.on('unhandledRejection', onFault);
}
