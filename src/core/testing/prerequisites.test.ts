import { describe, expect, it } from 'vitest';
import { PREREQUISITE_IDS, decideSkip, isCi, prerequisiteMessage } from './prerequisites';

describe('prerequisites', () => {
  it('CI counts as set for true, 1 and any other word; not for unset, empty, 0 or false', () => {
    for (const CI of ['true', '1', 'TRUE', 'yes']) expect(isCi({ CI })).toBe(true);
    for (const CI of [undefined, '', '0', 'false', 'False']) expect(isCi({ CI })).toBe(false);
  });

  it('an available prerequisite runs the suite, in CI or not', () => {
    expect(decideSkip('shellcheck', undefined, { CI: 'true' })).toBe(false);
    expect(decideSkip('shellcheck', undefined, {})).toBe(false);
  });

  it('a missing prerequisite skips outside CI and fails in CI, saying what is missing and how to install it', () => {
    expect(decideSkip('netplan', 'netplan is not on PATH', {})).toBe(true);
    expect(() => decideSkip('netplan', 'netplan is not on PATH', { CI: '1' })).toThrow(
      'CI: prerequisite "netplan" missing: netplan is not on PATH. Needed for validating the generated netplan file with netplan generate --root-dir. Install: apt-get install netplan.io.',
    );
  });

  it('every prerequisite has a message naming how to get it', () => {
    expect(PREREQUISITE_IDS).toEqual(['fixtures', 'shellcheck', 'netplan', 'netns']);
    expect(prerequisiteMessage('fixtures', 'not found')).toContain('FLOATPLAN_FIXTURES');
    expect(prerequisiteMessage('netns', 'needs root')).toContain('root');
  });
});
