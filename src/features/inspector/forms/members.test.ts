import { beforeAll, describe, expect, it } from 'vitest';
import { loadTranslations } from '../../../i18n/catalog';
import type { Vm } from '../../../core/topology/schema';
import { ipConfigOptions, memberChoice, memberFor, memberVm } from './members';

// The Japanese catalogs load on demand, as in the app when the user picks Japanese.
beforeAll(() => loadTranslations('ja'));

const vm: Vm = { name: 'VM2', os: 'ubuntu', nic: { name: 'eth0', ip: '10.0.0.5', secondaryIps: ['10.0.0.15'] } };

describe('pool member helpers', () => {
  it('reads the VM of either member form', () => {
    expect(memberVm('VM1')).toBe('VM1');
    expect(memberVm({ vm: 'VM2', ip: '10.0.0.15' })).toBe('VM2');
  });

  it('shows the primary for a plain name or the primary address, and the address otherwise', () => {
    expect(memberChoice('VM2', vm)).toBe('');
    expect(memberChoice({ vm: 'VM2', ip: '10.0.0.5' }, vm)).toBe('');
    expect(memberChoice({ vm: 'VM2', ip: '10.0.0.15' }, vm)).toBe('10.0.0.15');
  });

  it('writes the short form for the primary and { vm, ip } for a secondary', () => {
    expect(memberFor('VM2', '')).toBe('VM2');
    expect(memberFor('VM2', '10.0.0.15')).toEqual({ vm: 'VM2', ip: '10.0.0.15' });
  });

  it('lists primary then secondaries', () => {
    expect(ipConfigOptions(vm).map((o) => o.value)).toEqual(['', '10.0.0.15']);
    expect(ipConfigOptions(undefined)).toHaveLength(1);
    expect(ipConfigOptions(vm).map((o) => o.label)).toEqual(['Primary (10.0.0.5)', 'Secondary 10.0.0.15']);
    expect(ipConfigOptions(vm, 'ja').map((o) => o.label)).toEqual(['プライマリ (10.0.0.5)', 'セカンダリ 10.0.0.15']);
  });
});
