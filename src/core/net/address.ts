import ipaddr from 'ipaddr.js';

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

/** Why `raw` is not an address, in words a user can act on. */
export function explainInvalidIp(raw: string): string {
  if (raw.trim() === '') return 'the address is empty';
  if (raw.trim() !== raw) return 'the address has spaces around it';
  if (raw.includes('/')) return 'give a single address without a prefix length (no "/")';
  if (raw.includes('%')) return 'IPv6 zone indexes ("%eth0") are not allowed in Azure addresses';
  if (/^[0-9.]+$/.test(raw)) return 'an IPv4 address is four decimal numbers 0-255 without leading zeros, like 10.0.0.4';
  if (/^0x/i.test(raw) || /\.0x/i.test(raw)) return 'hexadecimal parts are not allowed; write four decimal numbers, like 10.0.0.4';
  return 'expected an IPv4 address like 10.0.0.4 or an IPv6 address like 2001:db8::4';
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
