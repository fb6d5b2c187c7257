import { describe, expect, it } from 'vitest';
import { formatEndpoint, parseEndpoint, parseIp } from './address';

describe('parseIp', () => {
  it('accepts strict dotted-quad IPv4 and canonicalises IPv6', () => {
    expect(parseIp('10.0.0.4')).toEqual({ family: 4, text: '10.0.0.4' });
    expect(parseIp('2001:DB8:0:0::1')).toEqual({ family: 6, text: '2001:db8::1' });
  });
  it.each(['010.0.0.1', '0x7f.1', '10.0.0', '10.0.0.256', ' 10.0.0.4', '10.0.0.4/32', 'fe80::1%eth0', '', 'example.com', '1.2.3.4.5'])(
    'rejects %j',
    (raw) => {
      expect(parseIp(raw)).toBeUndefined();
    },
  );
});

describe('endpoints', () => {
  it('brackets IPv6 and round-trips through parseEndpoint', () => {
    expect(formatEndpoint('2001:db8::1', 443)).toBe('[2001:db8::1]:443');
    expect(formatEndpoint('10.0.0.4', 80)).toBe('10.0.0.4:80');
    expect(parseEndpoint('[2001:db8::10]:50000')).toEqual({ ip: { family: 6, text: '2001:db8::10' }, port: 50000 });
    expect(parseEndpoint('198.51.100.10:50000')?.port).toBe(50000);
  });
  it.each(['198.51.100.10', '198.51.100.10:0', '198.51.100.10:70000', '2001:db8::1:80', '[2001:db8::1]', 'x:80'])('rejects %j', (raw) => {
    expect(parseEndpoint(raw)).toBeUndefined();
  });
});
