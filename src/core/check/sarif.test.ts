import { describe, expect, it } from 'vitest';
import { text } from '../i18n/text';
import { formatSarif } from './sarif';
import { sarifErrors } from './sarifSchema.testing';
import type { CheckReport, CheckResult } from './types';

const result = (over: Partial<CheckResult>): CheckResult => ({
  file: 'infra/main.tf',
  line: 36,
  column: 1,
  severity: 'error',
  code: 'RulesUseSameBackendPortProtocolAndPool',
  text: text('check.summary.suppressed', { count: 1 }),
  refs: [{ kind: 'rule', name: 'web' }],
  related: [{ file: 'infra/main.tf', line: 47, column: 1 }],
  source: 'https://learn.microsoft.com/azure/load-balancer/load-balancer-floating-ip',
  ...over,
});

const report: CheckReport = {
  files: [{ file: 'infra/main.tf', format: 'terraform', loadBalancers: ['lb'], elements: [] }],
  results: [
    result({}),
    result({
      code: 'NoProbe',
      severity: 'warning',
      line: 3,
      related: [],
      source: 'Floatplan',
      suppressed: { justification: 'probed by the appliance' },
    }),
    result({ code: 'FloatingIpGuestConfigRequired', severity: 'info', file: 'infra/dir with space/a#b.tf', related: [] }),
  ],
};

describe('SARIF 2.1.0', () => {
  const log = JSON.parse(formatSarif(report, { version: '1.2.3' })) as {
    runs: {
      tool: { driver: { rules: { id: string; helpUri?: string; defaultConfiguration: { level: string } }[] } };
      results: Record<string, unknown>[];
    }[];
  };
  const run = log.runs[0]!;

  it('is valid against the SARIF 2.1.0 schema', () => {
    expect(sarifErrors(log)).toEqual([]);
  });

  it('has a rule per code, with the Learn link when the check rests on one', () => {
    const rules = run.tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual(['FloatingIpGuestConfigRequired', 'NoProbe', 'RulesUseSameBackendPortProtocolAndPool']);
    expect(rules[2]!.helpUri).toBe('https://learn.microsoft.com/azure/load-balancer/load-balancer-floating-ip');
    expect(rules[1]!.helpUri).toBeUndefined();
    expect(rules.map((r) => r.defaultConfiguration.level)).toEqual(['note', 'warning', 'error']);
  });

  it('places each result on its line, keeps suppressed ones with their justification, encodes paths as URIs', () => {
    const byRule = (id: string) => run.results.find((r) => r.ruleId === id)!;
    expect(byRule('RulesUseSameBackendPortProtocolAndPool')).toMatchObject({
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'infra/main.tf' }, region: { startLine: 36, startColumn: 1 } } }],
      relatedLocations: [{ id: 0, physicalLocation: { region: { startLine: 47 } } }],
    });
    expect(byRule('NoProbe')).toMatchObject({ suppressions: [{ kind: 'inSource', justification: 'probed by the appliance' }] });
    expect(byRule('FloatingIpGuestConfigRequired')).toMatchObject({
      level: 'note',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'infra/dir%20with%20space/a%23b.tf' } } }],
    });
  });

  it('an invalid log is caught by the schema check', () => {
    expect(sarifErrors({ version: '2.1.0', runs: [{ results: [] }] })).not.toEqual([]);
  });
});
