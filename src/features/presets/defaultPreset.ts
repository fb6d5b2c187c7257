import { loadTopology } from '../../core/topology/load';
// public/examples/type2-floating-ip.json, embedded in the bundle by vite.config.ts so the
// planner renders without a network round trip. The file is also served like every preset.
import defaultDocument from 'virtual:floatplan/default-topology';

export const DEFAULT_PRESET_FILE = 'type2-floating-ip.json';

/** The default topology, read through the core loader like any other file. */
export const defaultPresetLoad = loadTopology(defaultDocument);
