import { useEffect, useState } from 'react';
import { createImportRunner, type ImportEnd, type ImportRequest, type ImportRunner, type ImportWorkerLike } from './importRunner';

/** Steps of work done by the running import, and the most it may take (the importer's budget). */
export interface ImportWork {
  steps: number;
  limit: number;
}

// Vite bundles the worker (with the importers and their WebAssembly parsers) as chunks of its own.
const createWorker = () =>
  new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'floatplan-import' }) as unknown as ImportWorkerLike;

/**
 * The dialog's import worker: `run` starts an import (its work so far in `work`), `stop` ends it at once.
 * The worker is ended when the dialog closes, so an import left running never lands anywhere.
 */
export function useImportWorker() {
  const [runner] = useState<ImportRunner>(() => createImportRunner(createWorker));
  const [work, setWork] = useState<ImportWork | undefined>();
  useEffect(() => () => runner.dispose(), [runner]);
  const run = (text: string, options: ImportRequest['options']): Promise<ImportEnd> => {
    setWork(undefined);
    return runner.run(text, options, (steps, limit) => setWork({ steps, limit }));
  };
  return { run, stop: runner.cancel, work };
}
