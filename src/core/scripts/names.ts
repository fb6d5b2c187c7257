// What each target OS accepts as an interface name or label, so a script never fails half-way on a bad name.
// The reasons are script catalog texts (scripts/messages.en.ts), so a diagnostic can say them in any language.
import type { Text } from '../i18n/text';

const utf8Length = (s: string) => new TextEncoder().encode(s).length;

/**
 * Why `name` is not a valid Linux interface name (kernel dev_valid_name: 1-15 bytes, not "." or "..",
 * no "/", ":" or whitespace), or undefined when it is.
 * @example linuxInterfaceReason('eth0') // undefined; linuxInterfaceReason('a/b') // { key: 'script.why.linuxChar', params: { ch: '"/"' } }
 */
export function linuxInterfaceReason(name: string): Text | undefined {
  if (name === '') return { key: 'script.why.empty' };
  if (utf8Length(name) > 15) return { key: 'script.why.linuxLength' };
  if (name === '.' || name === '..') return { key: 'script.why.dots' };
  const bad = /[/:\s]/.exec(name);
  if (bad)
    return {
      key: 'script.why.linuxChar',
      params: { ch: bad[0] === '/' || bad[0] === ':' ? `"${bad[0]}"` : { key: 'script.ch.whitespace' } },
    };
  return undefined;
}

/**
 * Why `label` is not a loopback address label Floatplan writes (`lo` or `lo:` and 1-12 of A-Z a-z 0-9 _ -), or undefined.
 * @example linuxLabelReason('lo:fp') // undefined
 */
export function linuxLabelReason(label: string): Text | undefined {
  if (/^lo(:[A-Za-z0-9_-]{1,12})?$/.test(label)) return undefined;
  return { key: 'script.why.label' };
}

/**
 * Why `alias` is not a usable Windows interface alias (1-256 characters, no control characters,
 * no leading or trailing spaces that netsh would trim), or undefined.
 * @example windowsInterfaceReason('Ethernet 2') // undefined
 */
export function windowsInterfaceReason(alias: string): Text | undefined {
  if (alias === '') return { key: 'script.why.empty' };
  if (alias.length > 256) return { key: 'script.why.windowsLength' };
  if (alias.trim() !== alias) return { key: 'script.why.spaces' };
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(alias)) return { key: 'script.why.control' };
  return undefined;
}
