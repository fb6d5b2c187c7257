// Every shipped example, whatever its number of load balancers: listed in the picker, loads, validates without an
// error and maps; the two designs of several load balancers (issue 19) checked point by point against their sources.
import { describe, expect, it } from 'vitest';
import { messageOf } from '../../core/diagnostics/diagnostic';
import { isHaPorts } from '../../core/model/protocol';
import { EXAMPLE_NAMES, presetTopology } from '../../core/testing/presets';
import { lbView } from '../../core/topology/design';
import type { PoolMember, Topology } from '../../core/topology/schema';
import { analyzeTopology } from '../../core/validation/analyzeTopology';
import { PRESETS } from './presets';

const memberVm = (m: PoolMember) => (typeof m === 'string' ? m : m.vm);
const lb = (t: Topology, name: string) => t.loadBalancers.find((x) => x.name === name)!;

describe('the shipped examples', () => {
  it('the picker lists every file in public/examples, and nothing else', () => {
    expect(PRESETS.map((p) => p.file.replace(/\.json$/, '')).sort()).toEqual([...EXAMPLE_NAMES].sort());
  });

  it.each(EXAMPLE_NAMES)('%s loads, validates without an error and maps every regional load balancer', (name) => {
    const t = presetTopology(name);
    const analysis = analyzeTopology(t);
    const errors = analysis.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code}: ${messageOf(d)}`);
    expect(errors).toEqual([]);
    for (const part of analysis.parts) {
      if (lb(t, part.loadBalancer).tier === 'Global') continue; // its pool holds frontends, not VMs
      expect(part.analysis.rows.length, part.loadBalancer).toBeGreaterThan(0);
    }
  });
});

describe('NVA sandwich (Architecture Center: deploy highly available NVAs)', () => {
  const t = presetTopology('nva-sandwich');
  const pub = lb(t, 'lb-public');
  const ilb = lb(t, 'lb-internal');

  it('a public and an internal Standard load balancer', () => {
    expect([pub, ilb].map((x) => [x.sku, x.type])).toEqual([
      ['Standard', 'Public'],
      ['Standard', 'Internal'],
    ]);
  });

  it('both pools hold the same two appliances, which forward (frontendIpHolder "appliance")', () => {
    for (const x of [pub, ilb]) {
      expect(x.backendPools).toHaveLength(1);
      expect(x.backendPools[0]!.frontendIpHolder).toBe('appliance');
      expect(x.backendPools[0]!.members.map(memberVm)).toEqual(['nva1', 'nva2']);
    }
  });

  it('the internal one has an HA-ports rule; nothing listens on either frontend IP', () => {
    expect(ilb.rules.filter(isHaPorts)).toHaveLength(1);
    const { rows } = analyzeTopology(t);
    expect(new Set(rows.map((r) => r.listenOn))).toEqual(new Set(['none']));
  });

  it('says no word of warning either', () => {
    expect(
      analyzeTopology(t)
        .diagnostics.filter((d) => d.severity !== 'info')
        .map((d) => d.code),
    ).toEqual([]);
  });
});

describe('cross-region (Learn: cross-region-overview)', () => {
  const t = presetTopology('cross-region');
  const global = lb(t, 'lb-global');
  const regional = t.loadBalancers.filter((x) => x !== global);

  it('a Global tier load balancer, public and Standard, with no health probe of its own', () => {
    expect(global).toMatchObject({ tier: 'Global', sku: 'Standard', type: 'Public' });
    expect(global.probes).toEqual([]);
    expect(global.rules.every((r) => r.probe === undefined)).toBe(true);
  });

  it('its pool holds no VM, only the frontends of the regional public Standard load balancers, each of which exists', () => {
    const [pool] = global.backendPools;
    expect(pool!.members).toEqual([]);
    expect(pool!.regionalFrontends).toHaveLength(2);
    for (const ref of pool!.regionalFrontends!) {
      const target = lb(t, ref.loadBalancer);
      expect(target).toMatchObject({ sku: 'Standard', type: 'Public' });
      expect(target.tier ?? 'Regional').toBe('Regional');
      expect(target.frontends.map((f) => f.name)).toContain(ref.frontend);
    }
  });

  it('its rule’s backend port is the regional rules’ frontend port', () => {
    for (const rule of global.rules) for (const x of regional) expect(x.rules.map((r) => r.frontendPort)).toContain(rule.backendPort);
  });

  it('each regional load balancer has its own web servers', () => {
    const vmsOf = regional.map((x) => new Set(lbView(t, x.name).backendPools.flatMap((p) => p.members.map(memberVm))));
    expect(vmsOf.map((s) => s.size)).toEqual([2, 2]);
    expect([...vmsOf[0]!].some((vm) => vmsOf[1]!.has(vm))).toBe(false);
  });

  it('says no word of warning either', () => {
    expect(
      analyzeTopology(t)
        .diagnostics.filter((d) => d.severity !== 'info')
        .map((d) => d.code),
    ).toEqual([]);
  });
});
