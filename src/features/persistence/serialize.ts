import type { Topology } from '../../core/topology/schema';

/** The topology as pretty v1 JSON (two-space indent, trailing newline), as files and autosave hold it. */
export function serializeTopology(topology: Topology): string {
  return `${JSON.stringify(topology, null, 2)}\n`;
}

/**
 * A safe download name from the topology's name: lower case, runs of anything but letters, digits,
 * dots and dashes become one dash, at most 60 characters, never empty.
 * @example topologyFilename('Two frontends (type 2)') // 'two-frontends-type-2.json'
 */
export function topologyFilename(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '')
    .replace(/-{2,}/g, '-')
    .slice(0, 60)
    .replace(/[.-]+$/, '');
  return `${base || 'topology'}.json`;
}
