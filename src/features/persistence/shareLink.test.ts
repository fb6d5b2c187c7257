import { compressToEncodedURIComponent } from 'lz-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTranslations } from '../../i18n/catalog';
import type { Topology } from '../../core/topology/schema';
import { DEFAULT_TOPOLOGY } from '../../store/defaultTopology';
import { untranslated } from '../../core/i18n/untranslated';
import { lzBomb } from '../../core/testing/lzBomb';
import { encodeShareLink } from './encodeShareLink';
import { MAX_LINK_LENGTH, readShareHash } from './shareLink';

// The Japanese catalogs load on demand, as in the app when the user picks Japanese.
beforeAll(() => loadTranslations('ja'));

const BASE = 'https://floatplan.example/app/';

describe('share links', () => {
  it('round-trips a topology through the hash', () => {
    const link = encodeShareLink(DEFAULT_TOPOLOGY, `${BASE}#old`);
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    expect(link.url.startsWith(`${BASE}#t=`)).toBe(true);
    expect(readShareHash(new URL(link.url).hash)).toEqual({ kind: 'ok', topology: DEFAULT_TOPOLOGY });
  });

  it('refuses a topology whose link would be too long', () => {
    const vms = Array.from({ length: 400 }, (_, i) => ({
      name: `vm-${i}-${Math.random().toString(36).slice(2)}`,
      os: 'linux' as const,
      nic: { name: 'eth0', ip: `10.${i >> 8}.${i & 255}.4` },
    }));
    const big: Topology = { ...DEFAULT_TOPOLOGY, vms };
    const link = encodeShareLink(big, BASE);
    expect(link.ok).toBe(false);
    if (!link.ok) expect(link.length).toBeGreaterThan(MAX_LINK_LENGTH);
  });

  it('refuses a short link that unpacks to more than MAX_TOPOLOGY_CHARS, without unpacking it all', () => {
    const payload = lzBomb(3_000); // ~4.5 million characters from ~5,000 of link
    expect(payload.length).toBeLessThan(MAX_LINK_LENGTH);
    const read = readShareHash(`#t=${payload}`);
    expect(read).toEqual({
      kind: 'broken',
      reason: 'it unpacks to more than 3,000,000 characters, more than Floatplan opens (no plan within Azure’s limits needs that many)',
    });
    const ja = readShareHash(`#t=${payload}`, 'ja');
    expect(ja.kind === 'broken' && untranslated(ja.reason, ['3,000,000'])).toEqual([]);
  });

  it('ignores hashes that are not share links', () => {
    expect(readShareHash('')).toEqual({ kind: 'none' });
    expect(readShareHash('#mapping')).toEqual({ kind: 'none' });
  });

  it.each([
    ['#t=', /holds no topology/],
    ['#t=%%%not-lz', /does not decompress/],
    [`#t=${compressToEncodedURIComponent('{"version": 1}')}`, /name: missing/],
    [`#t=${compressToEncodedURIComponent('hello')}`, /not valid JSON/],
  ])('explains a broken link %j', (hash, reason) => {
    const read = readShareHash(hash);
    expect(read.kind).toBe('broken');
    if (read.kind === 'broken') expect(read.reason).toMatch(reason);
  });

  it.each([
    ['#t=', 'the link holds no topology'],
    ['#t=%%%not-lz', 'the link is incomplete or was changed (it does not decompress)'],
  ])('explains the broken link %j in Japanese, and in the same English as before', (hash, english) => {
    expect(readShareHash(hash)).toEqual({ kind: 'broken', reason: english });
    const ja = readShareHash(hash, 'ja');
    expect(ja.kind).toBe('broken');
    const reason = ja.kind === 'broken' ? ja.reason : '';
    expect(reason).not.toBe(english);
    expect(untranslated(reason, [])).toEqual([]);
  });

  it("gives the loader's reasons in Japanese too", () => {
    const read = readShareHash(`#t=${compressToEncodedURIComponent('hello')}`, 'ja');
    expect(read.kind === 'broken' && read.reason).toMatch(/^JSON として正しくありません/);
  });

  it('catches a truncated link', () => {
    const link = encodeShareLink(DEFAULT_TOPOLOGY, BASE);
    if (!link.ok) throw new Error('expected a link');
    const hash = new URL(link.url).hash;
    expect(readShareHash(hash.slice(0, Math.floor(hash.length / 2))).kind).toBe('broken');
  });
});
