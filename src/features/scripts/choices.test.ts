import { describe, expect, it } from 'vitest';
import type { Vm } from '../../core/topology/schema';
import { docExactSupported, flavorFor, INITIAL_CHOICES, openPortsValid, pickVm, scriptOptions } from './choices';

const vm = (name: string, os: Vm['os']): Vm => ({ name, os, nic: { name: 'eth0', ip: '10.0.0.4' } }) as Vm;

describe('pickVm', () => {
  it('prefers the user pick, then the canvas selection, then the first VM', () => {
    expect(pickVm(['VM1', 'VM2'], 'VM2', 'VM1')).toBe('VM2');
    expect(pickVm(['VM1', 'VM2'], undefined, 'VM2')).toBe('VM2');
    expect(pickVm(['VM1', 'VM2'], undefined, undefined)).toBe('VM1');
  });

  it('ignores names that no longer exist (a VM renamed or deleted)', () => {
    expect(pickVm(['VM1', 'VM2'], 'gone', 'also-gone')).toBe('VM1');
    expect(pickVm([], 'VM1', undefined)).toBeUndefined();
  });
});

describe('flavorFor', () => {
  it("defaults from the VM's OS and keeps a per-VM pick", () => {
    expect(flavorFor(vm('VM1', 'windows'), INITIAL_CHOICES)).toBe('windows-powershell');
    expect(flavorFor(vm('VM2', 'ubuntu'), INITIAL_CHOICES)).toBe('ubuntu');
    const picked = { ...INITIAL_CHOICES, flavorByVm: { VM1: 'windows-netsh' as const } };
    expect(flavorFor(vm('VM1', 'windows'), picked)).toBe('windows-netsh');
    expect(flavorFor(vm('VM2', 'ubuntu'), picked)).toBe('ubuntu');
  });

  it('gives a VM named like an Object.prototype member its default, not that member (issue 12 fuzz)', () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty'])
      expect(flavorFor(vm(name, 'ubuntu'), INITIAL_CHOICES)).toBe('ubuntu');
  });
});

describe('scriptOptions', () => {
  it('maps the toggles to the core options', () => {
    expect(scriptOptions('ubuntu', { ...INITIAL_CHOICES, rollback: true, noPersist: true, docExact: true })).toEqual({
      flavor: 'ubuntu',
      rollback: true,
      docExact: true,
      persist: false,
    });
  });

  it('passes "Open only these ports" on when it reads as a port list, and never a typo', () => {
    expect(scriptOptions('ubuntu', { ...INITIAL_CHOICES, openPorts: 'tcp/443, udp/53' }).openPorts).toEqual([
      { protocol: 'tcp', port: 443 },
      { protocol: 'udp', port: 53 },
    ]);
    expect(scriptOptions('ubuntu', { ...INITIAL_CHOICES, openPorts: 'tcp/44x' })).not.toHaveProperty('openPorts');
    expect(scriptOptions('ubuntu', { ...INITIAL_CHOICES, openPorts: ' ' })).not.toHaveProperty('openPorts');
    expect([openPortsValid(''), openPortsValid('udp/53'), openPortsValid('443')]).toEqual([true, true, false]);
  });

  it('drops doc-exact for flavours the Learn page has no commands for, instead of an error', () => {
    expect(docExactSupported('rhel')).toBe(false);
    expect(docExactSupported('windows-netsh')).toBe(true);
    expect(scriptOptions('rhel', { ...INITIAL_CHOICES, docExact: true }).docExact).toBe(false);
  });
});
