import { describe, expect, it } from 'vitest';
import type { Topology } from '../../core/topology/schema';
import { lessonData } from './lessonData';
import { switchLessonFloatingIp } from './lessonSwitch';

const en = lessonData('en').designs;
const ja = lessonData('ja').designs;
const rulesOf = (t: Topology) => t.loadBalancers[0]!.rules;

describe('switchLessonFloatingIp', () => {
  it('turns floating IP on for both rules and names the topology after the new state', () => {
    const on = switchLessonFloatingIp(en.refused, true, 'en');
    expect(rulesOf(on).map((r) => r.floatingIp)).toEqual([true, true]);
    expect(on.name).toBe(en.floating.name);
    expect(on.name).toMatch(/floating IP on$/);
    expect(on.description).toBe(en.floating.description);
    const off = switchLessonFloatingIp(on, false, 'en');
    expect(rulesOf(off).map((r) => r.floatingIp)).toEqual([false, false]);
    expect(off.name).toBe(en.refused.name);
  });

  it('follows the language shown now, even for a name given in the other one', () => {
    expect(switchLessonFloatingIp(en.refused, true, 'ja').name).toBe(ja.floating.name);
  });

  it('keeps a name the learner gave', () => {
    const renamed = { ...en.refused, name: 'my try' };
    const on = switchLessonFloatingIp(renamed, true, 'en');
    expect(on.name).toBe('my try');
    expect(rulesOf(on).every((r) => r.floatingIp)).toBe(true);
  });

  it('changes nothing when the rules already have that state and the name matches', () => {
    expect(switchLessonFloatingIp(en.floating, true, 'en')).toBe(en.floating);
  });
});
