import ipaddr from 'ipaddr.js';
import { render } from '../i18n/text';
import type { Locale } from '../i18n/locale';

/** A parsed, canonical IP address. `text` is the canonical form used for comparisons and display. */
export interface IpAddress {
  family: 4 | 6;
  text: string;
}

/**
 * Parses an IPv4 (strict dotted quad) or IPv6 address; returns undefined when it is not one.
 * @example parseIp('10.0.0.4') // { family: 4, text: '10.0.0.4' }; parseIp('010.0.0.1') // undefined
 */
export function parseIp(raw: string): IpAddress | undefined {
  const s = raw.trim();
  if (s !== raw || s === '') return undefined;
  if (ipaddr.IPv4.isValidFourPartDecimal(s)) {
    // Reject leading zeros: Azure and most tools read "010" as decimal 10, some as octal 8.
    if (s.split('.').some((o) => o.length > 1 && o.startsWith('0'))) return undefined;
    return { family: 4, text: ipaddr.IPv4.parse(s).toString() };
  }
  if (s.includes(':') && !s.includes('%') && ipaddr.IPv6.isValid(s)) {
    return { family: 6, text: ipaddr.IPv6.parse(s).toRFC5952String() };
  }
  return undefined;
}

/**
 * An address in its canonical form for comparing (`2001:DB8:0::4` → `2001:db8::4`); text that is no address stays as it is.
 * @example canonicalIp('2001:DB8:0::4') // '2001:db8::4'
 */
export function canonicalIp(raw: string): string {
  return parseIp(raw)?.text ?? raw;
}

/** Why an address is invalid, as a key of the diagnostics catalog (so the reason can be shown in any language). */
export type InvalidIpReason = 'ip.empty' | 'ip.spaces' | 'ip.prefix' | 'ip.zone' | 'ip.ipv4' | 'ip.hex' | 'ip.other';

/**
 * Why `raw` is not an address, as a catalog key.
 * @example invalidIpReason('10.0.0.0/24') // 'ip.prefix'
 */
export function invalidIpReason(raw: string): InvalidIpReason {
  if (raw.trim() === '') return 'ip.empty';
  if (raw.trim() !== raw) return 'ip.spaces';
  if (raw.includes('/')) return 'ip.prefix';
  if (raw.includes('%')) return 'ip.zone';
  if (/^[0-9.]+$/.test(raw)) return 'ip.ipv4';
  if (/^0x/i.test(raw) || /\.0x/i.test(raw)) return 'ip.hex';
  return 'ip.other';
}

/** Why `raw` is not an address, in words a user can act on (English unless a locale is given). */
export function explainInvalidIp(raw: string, locale: Locale = 'en'): string {
  return render({ key: `validation.${invalidIpReason(raw)}` }, locale);
}

/**
 * Formats an endpoint, bracketing IPv6.
 * @example formatEndpoint('2001:db8::1', 80) // '[2001:db8::1]:80'
 */
export function formatEndpoint(ip: string, port: number): string {
  return ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`;
}

/**
 * Parses `ip:port` or `[ipv6]:port`; undefined when either part is invalid.
 * @example parseEndpoint('[2001:db8::10]:50000') // { ip: {family:6,...}, port: 50000 }
 */
export function parseEndpoint(raw: string): { ip: IpAddress; port: number } | undefined {
  const m = /^\[([^\]]+)\]:(\d{1,5})$/.exec(raw) ?? /^([^:]+):(\d{1,5})$/.exec(raw);
  if (!m) return undefined;
  const ip = parseIp(m[1]!);
  const port = Number(m[2]);
  if (!ip || port < 1 || port > 65535) return undefined;
  return { ip, port };
}
