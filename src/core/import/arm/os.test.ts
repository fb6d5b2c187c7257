import { describe, expect, it } from 'vitest';
import { Findings } from './diagnostics';
import { imageOs, vmOs } from './os';
import { withEnglish } from '../withEnglish.testing';

const vm = (properties: object) => ({ value: { type: 'Microsoft.Compute/virtualMachines', name: 'v', properties }, path: 'resources[1]' });

describe('OS of an imported VM', () => {
  it('reads the image publisher, offer and sku', () => {
    expect(imageOs('MicrosoftWindowsServer WindowsServer 2022-datacenter')).toBe('windows');
    expect(imageOs('MicrosoftSQLServer sql2019-ws2019 enterprise')).toBe('windows');
    expect(imageOs('Canonical 0001-com-ubuntu-server-jammy 22_04-lts')).toBe('ubuntu');
    expect(imageOs('RedHat RHEL 9_4')).toBe('rhel');
    expect(imageOs('SUSE sles-sap-15-sp5 gen2')).toBe('suse');
    expect(imageOs('Debian debian-12 12')).toBe('debian');
    expect(imageOs('MyCompany golden-image v3')).toBeUndefined();
  });
  it('falls back to the OS profile and OS disk, then linux with a diagnostic', () => {
    const f = new Findings();
    expect(vmOs(vm({ osProfile: { windowsConfiguration: {} } }), 'v', f, 'x')).toBe('windows');
    expect(vmOs(vm({ storageProfile: { osDisk: { osType: 'Windows' } } }), 'v', f, 'x')).toBe('windows');
    expect(vmOs(vm({ osProfile: { linuxConfiguration: { disablePasswordAuthentication: true } } }), 'v', f, 'x')).toBe('linux');
    expect(f.list).toEqual([]);
    expect(vmOs(undefined, 'nic-vm', f, 'resources[0]')).toBe('linux');
    expect(withEnglish(f.list)).toEqual([
      expect.objectContaining({
        severity: 'info',
        code: 'ImportDefaultUsed',
        path: 'resources[0]',
        message: expect.stringMatching(/OS of the VM "nic-vm" is not in the definition/),
      }),
    ]);
  });
});
