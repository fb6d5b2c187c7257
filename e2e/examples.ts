// Test-only: the shipped presets loaded by the core, so specs compare the page with the core's own output.
import { readFileSync } from 'node:fs';
import { lbView } from '../src/core/topology/design';
import { loadTopology } from '../src/core/topology/load';
import type { LbTopology, Topology } from '../src/core/topology/schema';

/** Loads public/examples/<name>.json with the core's loader (as format v2, whatever its version), or throws with its message. */
export function exampleDesign(name: string): Topology {
  const loaded = loadTopology(JSON.parse(readFileSync(new URL(`../public/examples/${name}.json`, import.meta.url), 'utf8')));
  if (!loaded.ok) throw new Error(`public/examples/${name}.json does not load`);
  return loaded.topology;
}

/** The first (for most examples, the only) load balancer of an example, in the shape per-load-balancer functions take. */
export function example(name: string): LbTopology {
  return lbView(exampleDesign(name), 0);
}
