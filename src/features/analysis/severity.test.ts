import { describe, expect, it } from 'vitest';
import type { Diagnostic, Severity } from '../../core/diagnostics/diagnostic';
import { countBySeverity, filterBySeverity } from './severity';

const d = (severity: Severity): Diagnostic => ({
  severity,
  code: 'NoProbe',
  text: { key: 'validation.NoProbe' },
  elements: [],
  refs: [],
  source: '',
});
const list = [d('error'), d('warning'), d('info'), d('info')];

describe('severity helpers', () => {
  it('counts each severity', () => {
    expect(countBySeverity(list)).toEqual({ error: 1, warning: 1, info: 2 });
    expect(countBySeverity([])).toEqual({ error: 0, warning: 0, info: 0 });
  });

  it('filters by severity, or keeps everything', () => {
    expect(filterBySeverity(list, 'all')).toBe(list);
    expect(filterBySeverity(list, 'info')).toHaveLength(2);
    expect(filterBySeverity(list, 'error')).toEqual([list[0]]);
  });
});
