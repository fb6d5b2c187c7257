import { text } from '../../core/i18n/text';
import { loadFailure, loadTopology, type LoadResult } from '../../core/topology/load';
import { presetUrl } from './presets';

/**
 * Fetches a preset and reads it through the core loader. Never throws, except when `signal` aborts.
 * HTTP and network failures come back as a load error at the empty path.
 */
export async function fetchPreset(file: string, signal: AbortSignal): Promise<LoadResult> {
  const url = presetUrl(file);
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (e) {
    if (signal.aborted) throw e;
    return loadFailure('', text('load.fetch', { url, detail: (e as Error).message }));
  }
  if (!response.ok) return loadFailure('', text('load.fetchStatus', { url, status: `${response.status} ${response.statusText}`.trim() }));
  return loadTopology(await response.text());
}
