import { describe, expect, it } from 'vitest';
import { computeMapping } from '../mapping/mapping';
import { preset } from '../testing/presets';
import { setFrontendIpHolder } from './holder';

const type2 = preset('type2-floating-ip');

describe('setFrontendIpHolder', () => {
  it('sets a mode on one pool, and the mapping follows it', () => {
    const t = setFrontendIpHolder(type2, 'pool', 'cluster-pacemaker');
    expect(t.backendPools[0]!.frontendIpHolder).toBe('cluster-pacemaker');
    expect(new Set(computeMapping(t).map((r) => r.listenOn))).toEqual(new Set(['cluster']));
    expect(type2.backendPools[0]!).not.toHaveProperty('frontendIpHolder');
  });

  it('every-member removes the field, so the file is the one saved before', () => {
    const back = setFrontendIpHolder(setFrontendIpHolder(type2, 'pool', 'appliance'), 'pool', 'every-member');
    expect(back.backendPools[0]).not.toHaveProperty('frontendIpHolder');
    // The saved text (what the app writes: JSON with two-space indent) is byte-for-byte the same.
    expect(JSON.stringify(back, null, 2)).toBe(JSON.stringify(type2, null, 2));
  });

  it('returns the same topology when nothing changes (no empty undo step)', () => {
    expect(setFrontendIpHolder(type2, 'pool', 'every-member')).toBe(type2);
    expect(setFrontendIpHolder(type2, 'nope', 'appliance')).toBe(type2);
    const cluster = setFrontendIpHolder(type2, 'pool', 'cluster-windows');
    expect(setFrontendIpHolder(cluster, 'pool', 'cluster-windows')).toBe(cluster);
  });
});
