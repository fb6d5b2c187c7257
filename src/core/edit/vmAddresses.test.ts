import { describe, expect, it } from 'vitest';
import { natRule, topology, vm } from '../testing/builders';
import { codesOf } from '../testing/builders';
import { updateElement } from './elements';
import { movedAddresses } from './vmAddresses';

// VM1 has a secondary 10.0.0.15 (member of "pool" and a NAT target by address) and 2001:db8::4 on its NIC.
const base = topology({
  vms: [
    vm('VM1', '10.0.0.4', { nic: { name: 'eth0', ip: '10.0.0.4', secondaryIps: ['10.0.0.15', '2001:db8::4'] } }),
    vm('VM2', '10.0.0.5'),
  ],
  backendPools: [{ name: 'pool', members: [{ vm: 'VM1', ip: '10.0.0.15' }, { vm: 'VM1', ip: '10.0.0.4' }, 'VM2'] }],
  inboundNatRules: [natRule('ssh', { target: { vm: 'VM1', ip: '10.0.0.15' } })],
});
const nic = base.vms[0]!.nic;

describe('editing a VM address in place', () => {
  it('moves the { vm, ip } pool members and NAT targets that named the secondary IP', () => {
    const t = updateElement(base, 'vm', 'VM1', { nic: { ...nic, secondaryIps: ['10.0.0.16', '2001:db8::4'] } });
    expect(t.backendPools[0]!.members).toEqual([{ vm: 'VM1', ip: '10.0.0.16' }, { vm: 'VM1', ip: '10.0.0.4' }, 'VM2']);
    expect(t.inboundNatRules![0]!.target).toEqual({ vm: 'VM1', ip: '10.0.0.16' });
    expect(codesOf(t)).not.toContain('UnknownReference');
  });

  it('moves a member that named the primary IP, compares addresses canonically, and leaves other VMs alone', () => {
    const written = {
      ...base,
      backendPools: [
        {
          name: 'pool',
          members: [
            { vm: 'VM1', ip: '10.0.0.4' },
            { vm: 'VM1', ip: '2001:DB8:0::4' },
            { vm: 'VM2', ip: '10.0.0.4' },
          ],
        },
      ],
    };
    const t = updateElement(written, 'vm', 'VM1', { nic: { ...nic, ip: '10.0.0.6', secondaryIps: ['10.0.0.15', '2001:db8::9'] } });
    expect(t.backendPools[0]!.members).toEqual([
      { vm: 'VM1', ip: '10.0.0.6' },
      { vm: 'VM1', ip: '2001:db8::9' },
      { vm: 'VM2', ip: '10.0.0.4' },
    ]);
  });

  it('does not guess when secondary IPs are added or removed: a removed address is left for validation to name', () => {
    expect([...movedAddresses(nic, { ...nic, secondaryIps: ['10.0.0.16'] })]).toEqual([]);
    const removed = updateElement(base, 'vm', 'VM1', { nic: { ...nic, secondaryIps: ['2001:db8::4'] } });
    expect(removed.backendPools[0]!.members[0]).toEqual({ vm: 'VM1', ip: '10.0.0.15' });
    expect(codesOf(removed)).toContain('UnknownReference');
    // A patch that leaves the addresses as they are returns the same references.
    expect(updateElement(base, 'vm', 'VM1', { os: 'windows' }).backendPools).toBe(base.backendPools);
  });
});
