import { describe, expect, it } from 'vitest';
import { topology } from '../testing/builders';
import { analyze } from '../validation/analyze';
import { bashScript } from './bash';
import { planVm } from './plan';

const DISABLE = '# shellcheck disable=SC1110,SC1111,SC1112 # typographic quotes in names are literal text';

describe('bashScript', () => {
  const t = topology();
  const plan = planVm(t, analyze(t).rows, 'VM1');
  const lines = (text: string) => text.split('\n');

  it('writes the shebang, header comments, preamble and body, each once and in order', () => {
    const text = bashScript(['one', 'two  '], plan, ['lo_add 203.0.113.1/32', '']);
    expect(lines(text).slice(0, 4)).toEqual(['#!/usr/bin/env bash', '# one', '# two', 'set -euo pipefail']);
    expect(text.endsWith('echo "floatplan: VM $VM of topology $TOPOLOGY"\n\nlo_add 203.0.113.1/32\n\n')).toBe(true);
    expect(bashScript([], plan, []).endsWith('TOPOLOGY"\n\n')).toBe(true);
  });

  it('tells shellcheck that typographic quotes are literal when the body or a name has one, never for the header alone', () => {
    expect(lines(bashScript(['\u2019 in the header'], plan, ['echo ok']))[1]).toBe('# \u2019 in the header');
    for (const text of [
      bashScript(['h'], plan, ['echo ok', "printf '%s' 'it\u2019s'"]),
      bashScript(['h'], { ...plan, topology: 'a\u201cb' }, ['echo ok']),
      bashScript(['h'], { ...plan, vm: { ...plan.vm, name: 'vm\u2018' } }, []),
    ]) {
      expect(lines(text).slice(0, 3)).toEqual(['#!/usr/bin/env bash', DISABLE, '# h']);
      expect(text.split(DISABLE)).toHaveLength(2);
    }
  });
});
