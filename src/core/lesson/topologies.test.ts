import { describe, expect, it } from 'vitest';
import { mapRules } from '../mapping/mapping';
import { indexTopology } from '../model/resolve';
import { preset } from '../testing/presets';
import { analyze } from '../validation/analyze';
import { LESSON_CONFLICT_CODE } from './steps';
import { lessonRules, lessonTopologies, setLessonFloatingIp } from './topologies';

const example = preset('type2-floating-ip');
const lesson = lessonTopologies(example);
const codes = (t: Parameters<typeof analyze>[0]) => analyze(t).diagnostics.map((d) => d.code);
const rows = (t: Parameters<typeof analyze>[0]) => mapRules(t, indexTopology(t)).rows;

describe('lesson topologies from the type 2 example', () => {
  it('step 1: floating IP off on two rules sharing pool and port is refused with Azure’s code', () => {
    expect(lesson.refused.rules.map((r) => r.floatingIp)).toEqual([false, false]);
    const conflict = analyze(lesson.refused).diagnostics.filter((d) => d.code === LESSON_CONFLICT_CODE);
    expect(conflict).toHaveLength(1);
    expect(conflict[0]!.severity).toBe('error');
    expect(conflict[0]!.refs).toEqual(
      expect.arrayContaining([
        { kind: 'rule', name: 'rule1' },
        { kind: 'rule', name: 'rule2' },
        { kind: 'backendPool', name: 'pool' },
      ]),
    );
  });

  it('step 2: floating IP on has no error and every VM receives the frontend IP', () => {
    expect(analyze(lesson.floating).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const r = rows(lesson.floating);
    expect(r).toHaveLength(4);
    for (const row of r) {
      const frontendIp = lesson.floating.frontends.find((f) => f.name === row.frontend)!.ip;
      expect(row.destinationIp).toBe(frontendIp);
      expect(row.listenOn).toBe('loopback');
    }
  });

  it('flipping the switch on the refused topology clears the error', () => {
    const flipped = setLessonFloatingIp(lesson.refused, true);
    expect(codes(lesson.refused)).toContain(LESSON_CONFLICT_CODE);
    expect(codes(flipped)).not.toContain(LESSON_CONFLICT_CODE);
    expect(setLessonFloatingIp(flipped, true)).toBe(flipped);
  });

  it('the other way out matches the page’s rule type 1 preset: no error, NIC IP and a port per rule', () => {
    const type1 = preset('type1-no-port-reuse');
    expect(lesson.otherPort.rules.map((r) => [r.name, r.backendPort, r.floatingIp])).toEqual(
      type1.rules.map((r) => [r.name, r.backendPort, r.floatingIp]),
    );
    expect(analyze(lesson.otherPort).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    for (const row of rows(lesson.otherPort)) expect(row.destinationIp).toBe(row.memberIp);
  });

  it('the cluster: the first rule alone, its pool a WSFC, the VIP on the active node’s NIC only, no error', () => {
    const t = lesson.cluster;
    expect(t.rules.map((r) => r.name)).toEqual(['rule1']);
    expect(t.frontends).toEqual([example.frontends[0]]);
    expect(t.backendPools[0]!.frontendIpHolder).toBe('cluster-windows');
    expect(t.vms.map((v) => [v.name, v.nic.ip, v.os])).toEqual(example.vms.map((v) => [v.name, v.nic.ip, 'windows']));
    expect(new Set(rows(t).map((r) => r.listenOn))).toEqual(new Set(['cluster']));
    expect(analyze(t).diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(t.name).toMatch(/^Lesson: /);
  });

  it('keeps the example’s elements and layout, and names the topologies in the chosen language', () => {
    for (const t of [lesson.refused, lesson.floating, lesson.otherPort]) {
      expect(t.vms).toBe(example.vms);
      expect(t.frontends).toBe(example.frontends);
      expect(t.name).toMatch(/^Lesson: /);
    }
    expect(lessonTopologies(example, 'ja').refused.name).toMatch(/^レッスン: /);
  });

  it('refuses an example without two rules to teach with', () => {
    expect(() => lessonRules(preset('nva-ha-ports'))).toThrow(/two rules on different frontends/);
  });
});
