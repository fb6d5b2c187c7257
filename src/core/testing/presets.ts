// Test-only: reads a preset from public/examples the way the CLI does.
import { readdirSync, readFileSync } from 'node:fs';
import { lbView } from '../topology/design';
import { formatLoadErrors, loadTopology } from '../topology/load';
import type { LbTopology, Topology } from '../topology/schema';

const EXAMPLES = new URL('../../../public/examples/', import.meta.url);

/** Every shipped example's name (file name without .json), whatever its number of load balancers. */
export const EXAMPLE_NAMES: readonly string[] = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -'.json'.length))
  .sort();

/** Loads public/examples/<name>.json (as format v2, whatever its version) or throws with the loader's message. */
export function presetTopology(name: string): Topology {
  const r = loadTopology(readFileSync(new URL(`${name}.json`, EXAMPLES), 'utf8'));
  if (!r.ok) throw new Error(formatLoadErrors(r.errors));
  return r.topology;
}

/**
 * The examples with one load balancer, so a new one is covered by every test of a per-load-balancer function that
 * loops over them; designs of several load balancers are in {@link EXAMPLE_NAMES} (read them with presetTopology).
 */
export const PRESET_NAMES: readonly string[] = EXAMPLE_NAMES.filter((name) => presetTopology(name).loadBalancers.length === 1);

/** The one load balancer of a one-load-balancer example, in the v1 shape every per-load-balancer function takes. */
export function preset(name: string): LbTopology {
  const t = presetTopology(name);
  if (t.loadBalancers.length !== 1) throw new Error(`${name} has ${t.loadBalancers.length} load balancers: read it with presetTopology`);
  return lbView(t, 0);
}
