// Test helper shared by the importers' tests: a successful import whose topology also loads.
import { expect } from 'vitest';
import { loadTopology } from '../topology/load';
import type { ImportOutcome, ImportSuccess } from './types';

/** The outcome as a success (else the test fails showing the whole outcome, the importer's reason included); its topology must load. */
export function imported(r: ImportOutcome): ImportSuccess {
  expect(r).toMatchObject({ ok: true });
  if (!r.ok) throw new Error('unreachable: the assertion above failed');
  expect(loadTopology(r.topology).ok).toBe(true);
  return r;
}
