import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { lzBomb as bomb } from '../testing/lzBomb';
import { decompressBounded } from './lzBounded';

/** A seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('decompressBounded', () => {
  it('decodes exactly as lz-string does, on random texts and on damaged payloads', () => {
    const next = random(12);
    for (let n = 0; n < 300; n++) {
      const length = Math.floor(next() * 400);
      const text = Array.from({ length }, () =>
        String.fromCharCode(next() < 0.9 ? 32 + Math.floor(next() * 20) : Math.floor(next() * 0x3000)),
      ).join('');
      const payload = compressToEncodedURIComponent(text);
      expect(decompressBounded(payload, 1e6)).toEqual({ kind: 'ok', text });
      // Cut or changed payloads: where lz-string gives text, so does this; where it gives null or '', this says invalid.
      const damaged = next() < 0.5 ? payload.slice(0, Math.floor(next() * payload.length)) : payload.replace(/./, 'z');
      let theirs: string | null;
      try {
        theirs = decompressFromEncodedURIComponent(damaged);
      } catch {
        theirs = null;
      }
      expect(decompressBounded(damaged, 1e6)).toEqual(theirs ? { kind: 'ok', text: theirs } : { kind: 'invalid' });
    }
  });

  it('reads spaces as + (links pasted through some mail clients), as lz-string does', () => {
    const payload = compressToEncodedURIComponent('{"version":1,"name":"plus?"}'.repeat(20));
    expect(decompressBounded(payload.replace(/\+/g, ' '), 1e6)).toEqual({ kind: 'ok', text: decompressFromEncodedURIComponent(payload) });
  });

  it('stops at the cap on a payload that would unpack quadratically, without building the text', () => {
    const payload = bomb(30_000); // ~75 KB of link text; lz-string would build ~450 million characters
    expect(payload.length).toBeLessThan(80_000);
    const small = bomb(200);
    expect(decompressBounded(small, 1e6)).toEqual({ kind: 'ok', text: decompressFromEncodedURIComponent(small) });
    const started = performance.now();
    expect(decompressBounded(payload, 3_000_000)).toEqual({ kind: 'tooLarge' });
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('says invalid for an empty payload and for an end-of-stream first code', () => {
    expect(decompressBounded('', 10)).toEqual({ kind: 'invalid' });
    expect(decompressBounded('gA', 10)).toEqual({ kind: 'invalid' });
  });
});
