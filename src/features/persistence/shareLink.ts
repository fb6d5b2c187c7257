import { MAX_TOPOLOGY_CHARS } from '../../core/topology/limits';
import { formatLoadErrors, loadTopology } from '../../core/topology/load';
import { decompressBounded } from '../../core/topology/lzBounded';
import { fill, type Locale } from '../../core/i18n/locale';
import type { Topology } from '../../core/topology/schema';
import { messages } from './messages';

/** Longer URLs get cut by chat apps, mail clients and some servers; past this, a file is the safe way. */
export const MAX_LINK_LENGTH = 8000;

/** What starts a share link's data in the URL: `#t=` and the lz-string-compressed JSON (encodeShareLink.ts). */
export const PREFIX = '#t=';

export type SharedHash = { kind: 'none' } | { kind: 'ok'; topology: Topology } | { kind: 'broken'; reason: string };

/** Reads a location hash: no share link, a topology, or why the link is broken (in `locale`). */
export function readShareHash(hash: string, locale: Locale = 'en'): SharedHash {
  if (!hash.startsWith(PREFIX)) return { kind: 'none' };
  const payload = hash.slice(PREFIX.length);
  if (!payload) return { kind: 'broken', reason: fill(messages[locale].linkEmpty) };
  // Stops decoding at the cap: a small link can unpack to hundreds of megabytes (issue 12).
  const json = decompressBounded(payload, MAX_TOPOLOGY_CHARS);
  if (json.kind === 'tooLarge')
    return { kind: 'broken', reason: fill(messages[locale].linkTooLarge, { max: MAX_TOPOLOGY_CHARS.toLocaleString('en') }) };
  // Data that is not lz-string's is refused here; truncated data decodes to garbage that the loader catches.
  if (json.kind === 'invalid' || !json.text) return { kind: 'broken', reason: fill(messages[locale].linkDamaged) };
  const loaded = loadTopology(json.text);
  if (!loaded.ok) return { kind: 'broken', reason: formatLoadErrors(loaded.errors, locale).split('\n').join('; ') };
  return { kind: 'ok', topology: loaded.topology };
}
