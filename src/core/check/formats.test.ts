import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { text } from '../i18n/text';
import { applyConfig, parseConfig } from './config';
import { formatJunit } from './junit';
import { fails, summarize } from './outcome';
import { formatText } from './textFormat';
import type { CheckReport, CheckResult } from './types';

const result = (over: Partial<CheckResult>): CheckResult => ({
  file: 'a.tf',
  input: 'a.tf',
  line: 2,
  column: 1,
  severity: 'error',
  code: 'FrontendPortConflict',
  text: text('check.summary.suppressed', { count: 7 }),
  loadBalancer: 'lb',
  refs: [{ kind: 'rule', name: 'r<1>&' }],
  related: [],
  ...over,
});

const report: CheckReport = {
  files: [
    {
      file: 'a.tf',
      format: 'terraform',
      loadBalancers: ['lb'],
      elements: [
        { kind: 'loadBalancer', name: 'lb', loadBalancer: 'lb' },
        { kind: 'rule', name: 'r<1>&', loadBalancer: 'lb' },
        { kind: 'probe', name: 'p', loadBalancer: 'lb' },
      ],
    },
  ],
  results: [
    result({}),
    result({ line: 1, severity: 'warning', code: 'NoProbe' }),
    result({ severity: 'info', code: 'EmptyBackendPool', refs: [{ kind: 'probe', name: 'p' }], suppressed: { justification: 'why' } }),
  ],
};

describe('exit decision', () => {
  it('fails at or above --fail-on; info never fails', () => {
    expect(['error', 'warning', 'info'].map((s) => fails(s as 'error', 'warning'))).toEqual([true, true, false]);
    expect(['error', 'warning'].map((s) => fails(s as 'error', 'error'))).toEqual([true, false]);
    expect(fails('error', 'never')).toBe(false);
    expect(summarize(report, 'error')).toMatchObject({
      errors: 1,
      warnings: 1,
      info: 0,
      suppressed: 1,
      files: 1,
      loadBalancers: 1,
      failed: true,
    });
  });
});

describe('text format', () => {
  it('sorted compiler-style lines without suppressed results, then the summary', () => {
    const lines = formatText(report, summarize(report, 'error')).split('\n');
    expect(lines[0]).toMatch(/^a\.tf:1:1: warning NoProbe: /);
    expect(lines[1]).toMatch(/^a\.tf:2:1: error FrontendPortConflict: /);
    expect(lines[2]).toBe('2 problem(s) (1 error(s), 1 warning(s), 0 info) in 1 file(s), 1 load balancer(s) checked, 1 suppressed.');
  });
});

describe('JUnit format', () => {
  it('a test case per element, failures per finding at or above --fail-on, names escaped', () => {
    const xml = formatJunit(report, 'error');
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
      testsuites: { '@_tests': string; '@_failures': string; '@_skipped': string; testsuite: { testcase: { '@_name': string }[] } };
    };
    expect(parsed.testsuites).toMatchObject({ '@_tests': '3', '@_failures': '1', '@_skipped': '1' });
    expect(parsed.testsuites.testsuite.testcase.map((c) => c['@_name'])).toEqual(['load balancer lb', 'rule r<1>&', 'probe p']);
    expect(xml).toContain('<system-out>a.tf:1:1: warning NoProbe');
    expect(formatJunit(report, 'warning')).toContain('<failure type="NoProbe"');
  });
});

describe('configuration', () => {
  it('accepts a valid configuration and applies it', () => {
    const parsed = parseConfig({ $schema: 'x', rules: { NoProbe: 'off', FrontendPortConflict: 'warning' }, ignore: ['gen/**'] }, 'c.json');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(applyConfig(report.results, parsed.config).map((r) => [r.code, r.severity])).toEqual([
      ['FrontendPortConflict', 'warning'],
      ['EmptyBackendPool', 'info'],
    ]);
  });
  it('refuses what is not an object', () => {
    expect(parseConfig([], 'c.json').ok).toBe(false);
    expect(parseConfig({ rules: [] }, 'c.json').ok).toBe(false);
  });
});
