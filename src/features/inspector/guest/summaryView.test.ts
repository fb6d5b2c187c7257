import { describe, expect, it } from 'vitest';
import { guestSummary } from '../../../core/guest/summary';
import { fill } from '../../../core/i18n/locale';
import { preset } from '../../../core/testing/presets';
import { rule, topology } from '../../../core/testing/builders';
import type { LbTopology } from '../../../core/topology/schema';
import { analyze } from '../../../core/validation/analyze';
import { en } from './messages.en';
import { ja } from './messages.ja';
import { summaryView } from './summaryView';

const tEn = (key: keyof typeof en, params?: Record<string, string | number>) => fill(en[key], params);
const tJa = (key: keyof typeof en, params?: Record<string, string | number>) => fill(ja[key], params);
const viewOf = (t: LbTopology, vm: string, locale: 'en' | 'ja' = 'en') =>
  summaryView(guestSummary(t, analyze(t), vm), locale === 'en' ? tEn : tJa, locale);

describe('summaryView', () => {
  it('floating IP on: each frontend IP on the loopback, listens on it, probe ports on the NIC, the script', () => {
    const v = viewOf(preset('type2-floating-ip'), 'VM1');
    expect(v.notice).toBeUndefined();
    expect(v.holds).toEqual([
      { value: '65.52.0.1', note: 'on a loopback (Loopback Pseudo-Interface 1) · rule1' },
      { value: '65.52.0.2', note: 'on a loopback (Loopback Pseudo-Interface 1) · rule2' },
    ]);
    expect(v.listens.map((l) => l.value)).toEqual(['65.52.0.1:80', '65.52.0.2:80']);
    expect(v.listens[0]!.note).toBe('on the loopback · TCP · rule1');
    expect(v.probes).toEqual([
      { value: '10.0.0.4:8081', note: 'answers probe health1 · Tcp' },
      { value: '10.0.0.4:8082', note: 'answers probe health2 · Tcp' },
    ]);
    expect(v.script).toBe('windows-powershell (VM1.windows-powershell.ps1)');
  });

  it('floating IP off says why nothing is held, naming the NIC address', () => {
    const v = viewOf(preset('type1-no-port-reuse'), 'VM1');
    expect(v.holds).toEqual([]);
    expect(v.holdsNone).toBe('Nothing to add: floating IP is off, so packets arrive at its NIC address 10.0.0.4.');
    expect(v.listens.map((l) => l.value)).toEqual(['10.0.0.4:80', '10.0.0.4:81']);
  });

  it('an appliance forwards every port; a cluster adds the address on the active node', () => {
    const nva = viewOf(preset('nva-ha-ports'), 'nva1');
    expect(nva.holdsNone).toBe('Nothing: it forwards packets that keep their original destination.');
    expect(nva.listens[0]!.value).toMatch(/, all ports$/);
    expect(nva.listens[0]!.note).toMatch(/^forwarded, nothing listens · every protocol · /);
    const sql = viewOf(preset('sql-always-on'), 'sql1');
    expect(sql.holds.length).toBeGreaterThan(0);
    expect(sql.holds.every((h) => h.note.startsWith("added by the cluster on the active node's NIC"))).toBe(true);
  });

  it('a VM no rule reaches says so and lists nothing', () => {
    const t = topology({ backendPools: [{ name: 'pool', members: ['VM1'] }], rules: [rule('r1')] });
    const v = viewOf(t, 'VM2');
    expect(v.notice).toBe('No rule reaches VM2 yet: add it to a backend pool that a rule uses, and its needs appear here.');
    expect(v).toMatchObject({ holds: [], listens: [], probes: [] });
    expect(v.holdsNone).toBeUndefined();
  });

  it('speaks Japanese with the same facts', () => {
    const v = viewOf(preset('type2-floating-ip'), 'VM2', 'ja');
    expect(v.holds[0]).toEqual({ value: '65.52.0.1', note: 'ループバック (lo) 上 · rule1' });
    expect(v.probes[0]!.note).toBe('正常性プローブ health1 に応答 · Tcp');
    const off = viewOf(preset('type1-no-port-reuse'), 'VM1', 'ja');
    expect(off.holdsNone).toContain('10.0.0.4');
    expect(off.holdsNone).toContain('フローティング IP');
  });
});
