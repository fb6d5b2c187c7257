import type { Topology } from '../../core/topology/schema';
import { safeFileName } from '../../lib/fileName';

/** The topology as pretty JSON (format v2) (two-space indent, trailing newline), as files and autosave hold it. */
export function serializeTopology(topology: Topology): string {
  return `${JSON.stringify(topology, null, 2)}\n`;
}

/**
 * The download name of a saved topology (cleaned by safeFileName).
 * @example topologyFilename('Two frontends (type 2)') // 'two-frontends-type-2.json'
 */
export function topologyFilename(name: string): string {
  return safeFileName(name, 'json');
}
