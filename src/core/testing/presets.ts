// Test-only: reads a preset from public/examples the way the CLI does.
import { readFileSync } from 'node:fs';
import { formatLoadErrors, loadTopology } from '../topology/load';
import type { Topology } from '../topology/schema';

/** Loads public/examples/<name>.json or throws with the loader's message. */
export function preset(name: string): Topology {
  const r = loadTopology(readFileSync(new URL(`../../../public/examples/${name}.json`, import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(formatLoadErrors(r.errors));
  return r.topology;
}
