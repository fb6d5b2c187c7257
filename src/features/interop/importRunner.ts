// Runs the importer in a worker, so a definition that asks for a lot of work (or a parser that loads) never freezes
// the page, and Cancel can end it at once by ending the worker. No DOM here: the worker is injected, so tests drive
// this with a fake.
import type { Diagnostic } from '../../core/diagnostics/diagnostic';
import type { ImportFormat, ImportOutcome } from '../../core/import/types';

/** What the page asks the import worker: the text and the options that can cross postMessage (no callbacks). */
export interface ImportRequest {
  id: number;
  text: string;
  options: {
    format?: ImportFormat | 'auto';
    params?: Readonly<Record<string, string>>;
    parametersFile?: string;
    loadBalancer?: string;
  };
}

/** What the import worker answers: progress now and then, then the outcome (with the planner's checks of it) or a crash. */
export type ImportReply =
  | { id: number; kind: 'progress'; steps: number; limit: number }
  | { id: number; kind: 'done'; outcome: ImportOutcome; planner: Diagnostic[] }
  | { id: number; kind: 'crashed'; message: string };

/** How one import ended, as the dialog needs it. */
export type ImportEnd = Exclude<ImportReply, { kind: 'progress' }> | { id: number; kind: 'cancelled' };

/** The part of a Worker the runner uses. */
export interface ImportWorkerLike {
  postMessage(message: ImportRequest): void;
  terminate(): void;
  onmessage: ((event: { data: ImportReply }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
}

/** Starts and cancels imports; one at a time. */
export interface ImportRunner {
  /** Starts an import (cancelling one still running); resolves when it ends, however it ends. */
  run(text: string, options: ImportRequest['options'], onProgress?: (steps: number, limit: number) => void): Promise<ImportEnd>;
  /** Ends the running import (its worker is stopped); its promise resolves as `cancelled`. */
  cancel(): void;
  /** Stops the worker (when the dialog closes). */
  dispose(): void;
}

/** A runner over workers made by `createWorker`; an idle worker is kept for the next import (its parsers stay loaded). */
export function createImportRunner(createWorker: () => ImportWorkerLike): ImportRunner {
  let worker: ImportWorkerLike | undefined;
  let nextId = 0;
  let pending: { id: number; resolve: (end: ImportEnd) => void; onProgress?: (steps: number, limit: number) => void } | undefined;

  const settle = (end: ImportEnd) => {
    if (pending?.id !== end.id) return; // an answer to an import cancelled meanwhile
    const { resolve } = pending;
    pending = undefined;
    resolve(end);
  };
  const stop = () => {
    worker?.terminate();
    worker = undefined;
  };
  const cancel = () => {
    if (!pending) return;
    stop();
    settle({ id: pending.id, kind: 'cancelled' });
  };

  return {
    run(text, options, onProgress) {
      cancel();
      const id = ++nextId;
      return new Promise<ImportEnd>((resolve) => {
        pending = { id, resolve, ...(onProgress ? { onProgress } : {}) };
        try {
          if (!worker) {
            const created = createWorker();
            created.onmessage = ({ data }) => {
              if (data.kind === 'progress') {
                if (pending?.id === data.id) pending.onProgress?.(data.steps, data.limit);
              } else settle(data);
            };
            // A worker that cannot load (offline) or dies: this import crashed; the next one starts a fresh worker.
            created.onerror = (event) => {
              const current = pending;
              stop();
              if (current) settle({ id: current.id, kind: 'crashed', message: event.message ?? 'the import worker stopped' });
            };
            worker = created;
          }
          worker.postMessage({ id, text, options });
        } catch (e) {
          stop();
          settle({ id, kind: 'crashed', message: (e as Error).message });
        }
      });
    },
    cancel,
    dispose() {
      cancel();
      stop();
    },
  };
}
