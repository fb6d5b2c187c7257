import { formatLoadErrors, loadTopology } from '../../core/topology/load';
import type { Topology } from '../../core/topology/schema';

export type Opened = { ok: true; topology: Topology } | { ok: false; message: string };

/** Reads a file's text as a v1 topology; on failure the message lists every `path: message`. */
export function openTopologyText(text: string, filename: string): Opened {
  const loaded = loadTopology(text);
  if (loaded.ok) return loaded;
  return {
    ok: false,
    message: `Could not open “${filename}”: it is not a valid Floatplan topology. Your work is unchanged.\n${formatLoadErrors(loaded.errors)}`,
  };
}

/** Whether a dropped or picked file looks like JSON (by type or name); other files get a plain refusal. */
export function looksLikeJson(file: { name: string; type: string }): boolean {
  return file.type === 'application/json' || /\.json$/i.test(file.name);
}
