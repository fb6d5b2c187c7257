// Writing a share link needs lz-string's compressor; reading one does not (core/topology/lzBounded.ts), so this
// module and lz-string are fetched when the user first shares (shareActions.ts), not with the page.
import { compressToEncodedURIComponent } from 'lz-string';
import type { Topology } from '../../core/topology/schema';
import { MAX_LINK_LENGTH, PREFIX } from './shareLink';

export type ShareLink = { ok: true; url: string } | { ok: false; length: number };

/** A link that opens this topology: `base` (without hash) plus `#t=` and the lz-string-compressed JSON. */
export function encodeShareLink(topology: Topology, base: string): ShareLink {
  const url = `${base.split('#')[0]}${PREFIX}${compressToEncodedURIComponent(JSON.stringify(topology))}`;
  return url.length > MAX_LINK_LENGTH ? { ok: false, length: url.length } : { ok: true, url };
}
