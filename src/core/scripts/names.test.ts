import { describe, expect, it } from 'vitest';
import { linuxInterfaceReason, linuxLabelReason, windowsInterfaceReason } from './names';
import { render, type Text } from '../i18n/text';

// A reason's English words (reasons are catalog texts).
const said = (why: Text | undefined) => (why ? render(why) : undefined);

describe('interface names', () => {
  it('Linux: 1-15 bytes, not . or .., no / : or whitespace (hostile but legal names pass)', () => {
    for (const ok of ['eth0', 'ens5', '$(reboot)', "a'b"]) expect(said(linuxInterfaceReason(ok))).toBeUndefined();
    expect(said(linuxInterfaceReason(''))).toMatch(/empty/);
    expect(said(linuxInterfaceReason('a'.repeat(16)))).toMatch(/15 bytes/);
    expect(said(linuxInterfaceReason('ééééééééé'))).toMatch(/15 bytes/);
    expect(said(linuxInterfaceReason('..'))).toMatch(/"\."/);
    expect(said(linuxInterfaceReason('a/b'))).toMatch(/"\/"/);
    expect(said(linuxInterfaceReason('lo:0'))).toMatch(/":"/);
    expect(said(linuxInterfaceReason('eth 0'))).toMatch(/whitespace/);
  });
  it('Linux labels start with lo', () => {
    expect(said(linuxLabelReason('lo:fp'))).toBeUndefined();
    expect(said(linuxLabelReason('lo'))).toBeUndefined();
    expect(said(linuxLabelReason('eth0:1'))).toMatch(/must be "lo"/);
    expect(said(linuxLabelReason("lo:'x"))).toMatch(/must be "lo"/);
  });
  it('Windows: 1-256 characters, no control characters or surrounding spaces', () => {
    expect(said(windowsInterfaceReason('Loopback Pseudo-Interface 1'))).toBeUndefined();
    expect(said(windowsInterfaceReason(''))).toMatch(/empty/);
    expect(said(windowsInterfaceReason('x'.repeat(257)))).toMatch(/256/);
    expect(said(windowsInterfaceReason(' Ethernet'))).toMatch(/spaces/);
    expect(said(windowsInterfaceReason('Eth\nernet'))).toMatch(/control/);
  });
});
