import { describe, expect, it } from 'vitest';
import { linuxInterfaceReason, linuxLabelReason, windowsInterfaceReason } from './names';

describe('interface names', () => {
  it('Linux: 1-15 bytes, not . or .., no / : or whitespace (hostile but legal names pass)', () => {
    for (const ok of ['eth0', 'ens5', '$(reboot)', "a'b"]) expect(linuxInterfaceReason(ok)).toBeUndefined();
    expect(linuxInterfaceReason('')).toMatch(/empty/);
    expect(linuxInterfaceReason('a'.repeat(16))).toMatch(/15 bytes/);
    expect(linuxInterfaceReason('ééééééééé')).toMatch(/15 bytes/);
    expect(linuxInterfaceReason('..')).toMatch(/"\."/);
    expect(linuxInterfaceReason('a/b')).toMatch(/"\/"/);
    expect(linuxInterfaceReason('lo:0')).toMatch(/":"/);
    expect(linuxInterfaceReason('eth 0')).toMatch(/whitespace/);
  });
  it('Linux labels start with lo', () => {
    expect(linuxLabelReason('lo:fp')).toBeUndefined();
    expect(linuxLabelReason('lo')).toBeUndefined();
    expect(linuxLabelReason('eth0:1')).toMatch(/must be "lo"/);
    expect(linuxLabelReason("lo:'x")).toMatch(/must be "lo"/);
  });
  it('Windows: 1-256 characters, no control characters or surrounding spaces', () => {
    expect(windowsInterfaceReason('Loopback Pseudo-Interface 1')).toBeUndefined();
    expect(windowsInterfaceReason('')).toMatch(/empty/);
    expect(windowsInterfaceReason('x'.repeat(257))).toMatch(/256/);
    expect(windowsInterfaceReason(' Ethernet')).toMatch(/spaces/);
    expect(windowsInterfaceReason('Eth\nernet')).toMatch(/control/);
  });
});
