/**
 * lz-string's decompressFromEncodedURIComponent (lz-string 1.5.0, MIT), rewritten to stop as soon as the
 * output would pass a cap. LZ-style data can grow quadratically: a hand-made 72 KB link unpacks to 450 MB, and
 * checking the length after lz-string returns would be too late (the tab has already frozen and spent the
 * memory). The trade-off: this copy must decode exactly as lz-string does; lzBounded.test.ts checks it against
 * the library on random and real payloads, and the library still compresses.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]));

export type Decompressed = { kind: 'ok'; text: string } | { kind: 'invalid' } | { kind: 'tooLarge' };

/**
 * Decompresses a compressToEncodedURIComponent payload, giving up once the text would be longer than maxChars.
 * `invalid` is what lz-string answers with null or '' (not its data, or cut short).
 * @example decompressBounded(compressToEncodedURIComponent('hi'), 10) // { kind: 'ok', text: 'hi' }
 */
export function decompressBounded(payload: string, maxChars: number): Decompressed {
  if (payload === '') return { kind: 'invalid' };
  const input = payload.replace(/ /g, '+');
  // An unknown character reads as 0 bits, as in lz-string (undefined & n === 0).
  const valueAt = (i: number) => VALUE.get(input.charAt(i)) ?? 0;
  let val = valueAt(0);
  let position = 32;
  let index = 1;
  const read = (numBits: number) => {
    let bits = 0;
    for (let power = 1; power !== 1 << numBits; power <<= 1) {
      const bit = val & position;
      position >>= 1;
      if (position === 0) {
        position = 32;
        val = valueAt(index++);
      }
      if (bit > 0) bits |= power;
    }
    return bits;
  };

  const dictionary: string[] = ['', '', ''];
  let enlargeIn = 4;
  let numBits = 3;
  const first = read(2);
  if (first !== 0 && first !== 1) return { kind: 'invalid' };
  let w = String.fromCharCode(read(first === 0 ? 8 : 16));
  dictionary[3] = w;
  const result = [w];
  let length = w.length;
  for (;;) {
    if (index > input.length) return { kind: 'invalid' };
    let c = read(numBits);
    if (c === 2) return { kind: 'ok', text: result.join('') };
    if (c === 0 || c === 1) {
      dictionary.push(String.fromCharCode(read(c === 0 ? 8 : 16)));
      c = dictionary.length - 1;
      if (--enlargeIn === 0) enlargeIn = 2 ** numBits++;
    }
    let entry = dictionary[c];
    if (!entry) {
      if (c !== dictionary.length) return { kind: 'invalid' };
      entry = w + w.charAt(0);
    }
    length += entry.length;
    if (length > maxChars) return { kind: 'tooLarge' };
    result.push(entry);
    dictionary.push(w + entry.charAt(0));
    w = entry;
    if (--enlargeIn === 0) enlargeIn = 2 ** numBits++;
  }
}
