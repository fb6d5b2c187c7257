// Test helper shared by the importers' tests: diagnostics and failures carry only their text, and tests compare the
// English the CLI prints for them, so this adds it back the way the CLI derives it (messageOf, errorOf).
import { expect } from 'vitest';
import { messageOf } from '../diagnostics/diagnostic';
import { errorOf } from './text';
import type { ImportDiagnostic, ImportOutcome } from './types';

/** A diagnostic with its English words, as `floatplan import` prints them. */
export type WordedDiagnostic = ImportDiagnostic & { message: string };

/**
 * An outcome, a list of diagnostics or one diagnostic with its English added: `message` on every diagnostic
 * (`messageOf(d)`) and `error` on a failure (`errorOf(f)`), for comparing with the sentences a test expects.
 * @example expect(withEnglish(r.diagnostics)).toContainEqual(expect.objectContaining({ message: 'The file is empty' }))
 */
export function withEnglish(x: ImportOutcome): Record<string, unknown>;
export function withEnglish(x: readonly ImportDiagnostic[]): WordedDiagnostic[];
export function withEnglish(x: ImportDiagnostic | undefined): WordedDiagnostic | undefined;
export function withEnglish(
  x: ImportOutcome | readonly ImportDiagnostic[] | ImportDiagnostic | undefined,
): Record<string, unknown> | WordedDiagnostic[] | WordedDiagnostic | undefined {
  if (x === undefined) return undefined;
  if (Array.isArray(x)) return (x as readonly ImportDiagnostic[]).map(worded);
  if ('ok' in x) return { ...x, diagnostics: x.diagnostics.map(worded), ...(x.ok ? {} : { error: errorOf(x) }) };
  return worded(x as ImportDiagnostic);
}

function worded(d: ImportDiagnostic): WordedDiagnostic {
  return { ...d, message: messageOf(d) };
}

/** Asserts that `diagnostics` hold one with the `expected` fields, its English `message` among them. */
export function expectDiagnostic(diagnostics: readonly ImportDiagnostic[], expected: Partial<WordedDiagnostic>): void {
  expect(withEnglish(diagnostics)).toContainEqual(expect.objectContaining(expected));
}
