// Test-only: reads a preset from public/examples the way the CLI does.
import { readdirSync, readFileSync } from 'node:fs';
import { formatLoadErrors, loadTopology } from '../topology/load';
import type { LbTopology } from '../topology/schema';

const EXAMPLES = new URL('../../../public/examples/', import.meta.url);

/** Every shipped preset's name (file name without .json), so a new preset is covered by every test that loops over them. */
export const PRESET_NAMES: readonly string[] = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -'.json'.length))
  .sort();

/** Loads public/examples/<name>.json or throws with the loader's message. */
export function preset(name: string): LbTopology {
  const r = loadTopology(readFileSync(new URL(`${name}.json`, EXAMPLES), 'utf8'));
  if (!r.ok) throw new Error(formatLoadErrors(r.errors));
  return r.topology;
}
