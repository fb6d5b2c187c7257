// ARM's (and Bicep's) encoding functions of the same names: text is UTF-8, as in ARM.
import { checkTextLength, EvalFailure } from './values';

/** base64(): the UTF-8 bytes of `text` in base64. */
export function toBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  checkTextLength('base64', Math.ceil(bytes.length / 3) * 4);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** base64ToString(): the UTF-8 text of base64 `text`; anything else fails the evaluation. */
export function fromBase64(fn: string, text: string): string {
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    throw new EvalFailure(`${fn}() got text that is not base64: '${text.length > 60 ? `${text.slice(0, 60)}…` : text}'`);
  }
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** uriComponentToString(): the decoded text; anything else fails the evaluation. */
export function fromUriComponent(fn: string, text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new EvalFailure(`${fn}() got text that is not URI-encoded: '${text.length > 60 ? `${text.slice(0, 60)}…` : text}'`);
  }
}

/** dataUriToString(): the text of a `data:[<type>][;base64],<data>` URI. */
export function fromDataUri(text: string): string {
  const m = /^data:([^,]*),(.*)$/s.exec(text);
  if (!m)
    throw new EvalFailure(`dataUriToString() got text that is not a data URI: '${text.length > 60 ? `${text.slice(0, 60)}…` : text}'`);
  return /;base64$/i.test(m[1]!) ? fromBase64('dataUriToString', m[2]!) : fromUriComponent('dataUriToString', m[2]!);
}
