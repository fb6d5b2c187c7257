import { describe, expect, it } from 'vitest';
import { preset } from '../../core/testing/presets';
import { benchTopology } from './benchTopology';
import { findEntries, matchFind } from './findIndex';
import { asV2 } from './flowInput.testing';

const names = (found: { kind: string; name: string }[]) => found.map((e) => `${e.kind}:${e.name}`);

describe('find', () => {
  const big = findEntries(benchTopology());

  it('lists every element of the large topology once, probes included', () => {
    const t = preset('type1-no-port-reuse');
    const entries = findEntries(asV2(t));
    expect(entries).toHaveLength(t.frontends.length + t.rules.length + t.backendPools.length + t.vms.length + t.probes.length);
    expect(big).toHaveLength(1000);
  });

  it('ranks the exact name first, then names starting with it, then names containing it', () => {
    expect(names(matchFind(big, 'VM12', 4))).toEqual(['vm:vm12', 'vm:vm120', 'vm:vm121', 'vm:vm122']);
    expect(names(matchFind(big, 'm57', 3))).toEqual(['vm:vm57', 'vm:vm570', 'vm:vm571']);
    expect(matchFind(big, 'pool1')[0]).toMatchObject({ kind: 'backendPool', name: 'pool1' });
  });

  it('finds a VM by its NIC address and a rule by its frontend address and port', () => {
    const byIp = matchFind(big, '10.2.1.4');
    // 10.2.1.4 exactly first, then the addresses that merely contain it (10.2.1.40…).
    expect(names(byIp).slice(0, 2)).toEqual(['vm:vm250', 'vm:vm286']);
    expect(byIp[0]!.refs).toEqual([{ kind: 'vm', name: 'vm250' }]);
    expect(names(matchFind(big, '10.1.0.4:1000'))).toEqual(['rule:rule0']);
    expect(matchFind(big, 'rule0')[0]!.refs).toEqual([{ kind: 'rule', name: 'rule0', loadBalancer: 'bench-lb0' }]);
  });

  it('selects a probe with the rules that use it, so the canvas has something to show', () => {
    const t = preset('type1-no-port-reuse');
    const probe = t.probes[0]!;
    const [hit] = matchFind(findEntries(asV2(t)), probe.name).filter((e) => e.kind === 'probe');
    expect(hit!.refs[0]).toEqual({ kind: 'probe', name: probe.name, loadBalancer: 'lb' });
    expect(hit!.refs.slice(1).map((r) => r.name)).toEqual(t.rules.filter((r) => r.probe === probe.name).map((r) => r.name));
    expect(hit!.refs.length).toBeGreaterThan(1);
  });

  it('matches nothing for nothing typed, and stops at the limit', () => {
    expect(matchFind(big, '   ')).toEqual([]);
    expect(matchFind(big, 'zzz')).toEqual([]);
    expect(matchFind(big, 'vm', 5)).toHaveLength(5);
  });
});
