import { describe, expect, it } from 'vitest';
import { lessonData } from './lessonData';
import { switchLessonFloatingIp } from './lessonSwitch';

const en = lessonData('en').topologies;
const ja = lessonData('ja').topologies;

describe('switchLessonFloatingIp', () => {
  it('turns floating IP on for both rules and names the topology after the new state', () => {
    const on = switchLessonFloatingIp(en.refused, true, 'en');
    expect(on.rules.map((r) => r.floatingIp)).toEqual([true, true]);
    expect(on.name).toBe(en.floating.name);
    expect(on.name).toMatch(/floating IP on$/);
    expect(on.description).toBe(en.floating.description);
    const off = switchLessonFloatingIp(on, false, 'en');
    expect(off.rules.map((r) => r.floatingIp)).toEqual([false, false]);
    expect(off.name).toBe(en.refused.name);
  });

  it('follows the language shown now, even for a name given in the other one', () => {
    expect(switchLessonFloatingIp(en.refused, true, 'ja').name).toBe(ja.floating.name);
  });

  it('keeps a name the learner gave', () => {
    const renamed = { ...en.refused, name: 'my try' };
    const on = switchLessonFloatingIp(renamed, true, 'en');
    expect(on.name).toBe('my try');
    expect(on.rules.every((r) => r.floatingIp)).toBe(true);
  });

  it('changes nothing when the rules already have that state and the name matches', () => {
    expect(switchLessonFloatingIp(en.floating, true, 'en')).toBe(en.floating);
  });
});
