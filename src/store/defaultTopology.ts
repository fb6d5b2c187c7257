import defaultTopology from 'virtual:floatplan/default-topology';
import { loadErrorMessage, loadTopology } from '../core/topology/load';
import type { Topology } from '../core/topology/schema';

const loaded = loadTopology(defaultTopology);
if (!loaded.ok)
  throw new Error(`The built-in example does not load: ${loaded.errors.map((e) => `${e.path}: ${loadErrorMessage(e)}`).join('; ')}`);

/** The source page's two-frontend floating IP example, embedded in the bundle. */
export const DEFAULT_TOPOLOGY: Topology = loaded.topology;

/** An empty topology to start from scratch. */
export const EMPTY_TOPOLOGY: Topology = {
  version: 2,
  name: 'Untitled',
  loadBalancers: [{ name: 'lb', sku: 'Standard', type: 'Public', frontends: [], backendPools: [], probes: [], rules: [] }],
  vms: [],
  layout: {},
};
