import { describe, expect, it } from 'vitest';
import { render, text } from '../i18n/text';
import { applySuppressions, parseSuppressions } from './suppressions';
import type { CheckResult } from './types';

const at = (line: number, code = 'NoProbe', related: CheckResult['related'] = []): CheckResult => ({
  file: 'main.bicep',
  line,
  column: 3,
  severity: 'warning',
  code,
  text: text('check.summary.suppressed', { count: 0 }),
  refs: [],
  related,
});

describe('floatplan-ignore comments', () => {
  it('reads #, // and /* */ comments, several codes, and the reason', () => {
    const source = [
      '# floatplan-ignore NoProbe: probed by the appliance',
      '  // floatplan-ignore NoProbe, ProbePortNotProbed:   two reasons in one  ',
      '/* floatplan-ignore EmptyBackendPool: filled by the scale set */',
      '// floatplan-ignore FrontendPortConflict',
      "name: 'floatplan-ignore is only a word here'",
    ].join('\n');
    expect(parseSuppressions('f', source)).toEqual([
      { file: 'f', line: 1, column: 1, codes: ['NoProbe'], reason: 'probed by the appliance' },
      { file: 'f', line: 2, column: 3, codes: ['NoProbe', 'ProbePortNotProbed'], reason: 'two reasons in one' },
      { file: 'f', line: 3, column: 1, codes: ['EmptyBackendPool'], reason: 'filled by the scale set' },
      { file: 'f', line: 4, column: 1, codes: ['FrontendPortConflict'] },
    ]);
  });

  it('covers the same line and the next, through a related place too; not two lines down', () => {
    const s = parseSuppressions('main.bicep', '\n\n// floatplan-ignore NoProbe: ok\n');
    const results = [at(3), at(4), at(5), at(9, 'NoProbe', [{ file: 'main.bicep', line: 4, column: 1 }]), at(4, 'EmptyBackendPool')];
    expect(applySuppressions(results, s).map((r) => r.suppressed?.justification ?? '-')).toEqual(['ok', 'ok', '-', 'ok', '-']);
  });

  it('reports a suppression without a reason (it suppresses nothing) and one that suppressed nothing', () => {
    const s = parseSuppressions('main.bicep', '// floatplan-ignore NoProbe\n\n\n// floatplan-ignore TcpResetOnUdp: stale\n');
    const out = applySuppressions([at(2)], s);
    expect(out[0]!.suppressed).toBeUndefined();
    expect(out.slice(1).map((r) => [r.code, r.line])).toEqual([
      ['CheckSuppressionWithoutReason', 1],
      ['CheckSuppressionUnused', 4],
    ]);
    expect(render(out[2]!.text, 'en')).toContain('TcpResetOnUdp');
  });
});
