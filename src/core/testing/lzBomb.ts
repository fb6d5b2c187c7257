// Test support: hostile share-link payloads.

/**
 * A payload that lz-string unpacks to about n²/2 characters: after one literal, every code is the entry
 * just being defined (w + w[0]), so each entry is one longer than the last.
 */
export function lzBomb(codes: number): string {
  let bits = '';
  const write = (value: number, width: number) => {
    for (let i = 0; i < width; i++) bits += (value >> i) & 1;
  };
  let numBits = 2;
  write(0, numBits);
  write(97, 8); // 'a'
  let dictSize = 4;
  let enlargeIn = 4;
  numBits = 3;
  for (let i = 0; i < codes; i++) {
    write(dictSize, numBits);
    dictSize++;
    if (--enlargeIn === 0) enlargeIn = 2 ** numBits++;
  }
  write(2, numBits);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
  let out = '';
  // lz-string reads each character's 6 bits from the highest down.
  for (let i = 0; i < bits.length; i += 6) {
    const chunk = bits.slice(i, i + 6).padEnd(6, '0');
    out += alphabet[parseInt(chunk, 2)];
  }
  return out;
}
