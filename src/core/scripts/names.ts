// What each target OS accepts as an interface name or label, so a script never fails half-way on a bad name.

const utf8Length = (s: string) => new TextEncoder().encode(s).length;

/**
 * Why `name` is not a valid Linux interface name (kernel dev_valid_name: 1-15 bytes, not "." or "..",
 * no "/", ":" or whitespace), or undefined when it is.
 * @example linuxInterfaceReason('eth0') // undefined; linuxInterfaceReason('a/b') // 'contains "/" ...'
 */
export function linuxInterfaceReason(name: string): string | undefined {
  if (name === '') return 'is empty';
  if (utf8Length(name) > 15) return 'is longer than 15 bytes, the Linux limit (IFNAMSIZ)';
  if (name === '.' || name === '..') return 'is "." or "..", which Linux refuses';
  const bad = /[/:\s]/.exec(name);
  if (bad) return `contains ${bad[0] === '/' || bad[0] === ':' ? `"${bad[0]}"` : 'whitespace'}, which Linux refuses in interface names`;
  return undefined;
}

/**
 * Why `label` is not a loopback address label Floatplan writes (`lo` or `lo:` and 1-12 of A-Z a-z 0-9 _ -), or undefined.
 * @example linuxLabelReason('lo:fp') // undefined
 */
export function linuxLabelReason(label: string): string | undefined {
  if (/^lo(:[A-Za-z0-9_-]{1,12})?$/.test(label)) return undefined;
  return 'must be "lo" or "lo:" followed by 1-12 letters, digits, "_" or "-" (the kernel wants the device name first and at most 15 bytes)';
}

/**
 * Why `alias` is not a usable Windows interface alias (1-256 characters, no control characters,
 * no leading or trailing spaces that netsh would trim), or undefined.
 * @example windowsInterfaceReason('Ethernet 2') // undefined
 */
export function windowsInterfaceReason(alias: string): string | undefined {
  if (alias === '') return 'is empty';
  if (alias.length > 256) return 'is longer than 256 characters, the Windows interface alias limit';
  if (alias.trim() !== alias) return 'has leading or trailing spaces, which netsh and PowerShell trim';
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(alias)) return 'contains a control character';
  return undefined;
}
