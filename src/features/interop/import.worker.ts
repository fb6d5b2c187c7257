// The import worker: the core's importDefinition (which lazy-loads the Terraform and Bicep WebAssembly parsers inside
// this worker, from the app's assets) and the planner's checks of what it built, off the page's thread.
import { importDefinition } from '../../core/import/importDefinition';
import { configureParsers } from '../../core/import/parsers';
import { validateTopology } from '../../core/validation/analyzeTopology';
import type { ImportReply, ImportRequest } from './importRunner';
import { browserParsers } from './parsers';

configureParsers(browserParsers);

const scope = self as unknown as { onmessage: ((e: MessageEvent<ImportRequest>) => void) | null; postMessage(m: ImportReply): void };

scope.onmessage = ({ data: { id, text, options } }) => {
  const onProgress = (p: { steps: number; limits: { steps: number } }) =>
    scope.postMessage({ id, kind: 'progress', steps: p.steps, limit: p.limits.steps });
  const withProgress = { ...options, onProgress };
  void importDefinition(text, withProgress).then(
    (outcome) => scope.postMessage({ id, kind: 'done', outcome, planner: outcome.ok ? validateTopology(outcome.topology) : [] }),
    (e: unknown) => scope.postMessage({ id, kind: 'crashed', message: e instanceof Error ? e.message : String(e) }),
  );
};
