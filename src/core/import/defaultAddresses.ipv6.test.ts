import { describe, expect, it } from 'vitest';
import { canonicalIp } from '../net/address';
import { DefaultAddresses } from './defaultAddresses';

describe('DefaultAddresses IPv6', () => {
  it('hands out distinct RFC 3849 addresses for private frontends and NICs, apart from the public ones', () => {
    const a = new DefaultAddresses();
    const got = [a.public6(), a.privateFrontend6(), a.privateFrontend6(), a.nic6(), a.nic6()];
    expect(got).toEqual(['2001:db8::a', '2001:db8:0:1::a', '2001:db8:0:1::b', '2001:db8:0:2::a', '2001:db8:0:2::b']);
    // Already canonical (RFC 5952), so they compare equal to what the topology stores.
    expect(got.map((ip) => canonicalIp(ip))).toEqual(got);
    expect(new Set(got).size).toBe(got.length);
  });
});
