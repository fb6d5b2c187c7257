// Test-only: the shipped presets loaded by the core, so specs compare the page with the core's own output.
import { readFileSync } from 'node:fs';
import { lbView } from '../src/core/topology/design';
import { loadTopology } from '../src/core/topology/load';
import type { LbTopology } from '../src/core/topology/schema';

/**
 * Loads public/examples/<name>.json with the core's loader, or throws with its message: its (first) load balancer's
 * view, the shape every per-load-balancer function of the core takes.
 */
export function example(name: string): LbTopology {
  const loaded = loadTopology(JSON.parse(readFileSync(new URL(`../public/examples/${name}.json`, import.meta.url), 'utf8')));
  if (!loaded.ok) throw new Error(`public/examples/${name}.json does not load`);
  return lbView(loaded.topology, 0);
}
