import { MAX_TOPOLOGY_FILE_BYTES } from '../../core/topology/limits';
import { topologyFromReport } from '../../core/document/report/embedded';
import { formatLoadErrors, loadTopology } from '../../core/topology/load';
import type { Locale } from '../../core/i18n/locale';
import type { Topology } from '../../core/topology/schema';

export type Opened = { ok: true; topology: Topology } | { ok: false; message: string };

/**
 * Reads a file's text as a topology (a version 1 file is read as version 2); on failure the message is `heading` (or the English one for `filename`)
 * followed by every `path: message`.
 */
export function openTopologyText(text: string, filename: string): Opened {
  return openTopologyTextWith(text, `Could not open “${filename}”: it is not a valid Floatplan topology. Your work is unchanged.`);
}

/**
 * {@link openTopologyText} with the first line of the failure message given (already translated) and the errors in `locale`.
 * A Floatplan design report (HTML or Markdown) opens as the topology embedded in it.
 */
export function openTopologyTextWith(text: string, heading: string, locale: Locale = 'en'): Opened {
  const loaded = loadTopology(topologyFromReport(text) ?? text);
  if (loaded.ok) return loaded;
  return {
    ok: false,
    message: `${heading}\n${formatLoadErrors(loaded.errors, locale)}`,
  };
}

/** Whether a dropped or picked file looks like JSON or a design report (by type or name); other files get a plain refusal. */
export function looksLikeJson(file: { name: string; type: string }): boolean {
  return ['application/json', 'text/html', 'text/markdown'].includes(file.type) || /\.(json|html?|md)$/i.test(file.name);
}

/**
 * A file too large to read at all, as its size in MB and the cap, or null: checked before reading, so a huge
 * drop costs no memory. Text under it still meets the loader's character cap.
 * @example fileTooLarge({ size: 12_000_000 }) // { size: '12.0', max: '9' }
 */
export function fileTooLarge(file: { size: number }): { size: string; max: string } | null {
  if (file.size <= MAX_TOPOLOGY_FILE_BYTES) return null;
  return { size: (file.size / 1e6).toFixed(1), max: String(MAX_TOPOLOGY_FILE_BYTES / 1e6) };
}
