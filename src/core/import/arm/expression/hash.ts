// Deterministic stand-ins for uniqueString() and guid(). Azure's own hash (MurmurHash64 based) is not
// reproduced, so names built from them differ from a real deployment; docs/import.md says so.

const MASK = (1n << 64n) - 1n;

/** 64-bit FNV-1a of the UTF-16 code units. */
function fnv1a64(text: string, seed = 0xcbf29ce484222325n): bigint {
  let h = seed;
  for (let i = 0; i < text.length; i++) {
    h ^= BigInt(text.charCodeAt(i));
    h = (h * 0x100000001b3n) & MASK;
  }
  return h;
}

/**
 * 13 lower-case base-32 characters, like Azure's uniqueString() in shape but not in value.
 * @example uniqueString(['/subscriptions/0000']) // same 13 characters every time
 */
export function uniqueString(parts: string[]): string {
  let h = fnv1a64(parts.join('-'));
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  let out = '';
  for (let i = 0; i < 13; i++) {
    out += alphabet[Number(h & 31n)];
    h >>= 5n;
    if (h === 0n) h = fnv1a64(out);
  }
  return out;
}

/** A deterministic version-5-shaped GUID from the parts (Azure's guid() is deterministic too, with another hash). */
export function guid(parts: string[]): string {
  const text = parts.join('-');
  const hex = (fnv1a64(text).toString(16).padStart(16, '0') + fnv1a64(text, 0x84222325cbf29ce4n).toString(16).padStart(16, '0')).split('');
  hex[12] = '5';
  hex[16] = '89ab'[parseInt(hex[16] as string, 16) & 3] as string;
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
