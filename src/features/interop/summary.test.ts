import { describe, expect, it } from 'vitest';
import { messageOf } from '../../core/diagnostics/diagnostic';
import { itext } from '../../core/import/text';
import type { ImportDiagnostic } from '../../core/import/types';
import { summarize } from './summary';

const counts = { frontends: 1, backendPools: 2, probes: 3, rules: 4, vms: 5 };

describe('summarize', () => {
  it('lists the counts in the order frontends, pools, probes, rules, VMs', () => {
    expect(summarize({ counts, diagnostics: [] }).counts).toEqual([
      { kind: 'frontends', count: 1 },
      { kind: 'backendPools', count: 2 },
      { kind: 'probes', count: 3 },
      { kind: 'rules', count: 4 },
      { kind: 'vms', count: 5 },
    ]);
  });

  it('puts errors first, then warnings, then info, keeping the importer order within a severity', () => {
    const diagnostics: ImportDiagnostic[] = [
      { severity: 'info', code: 'ImportDefaultUsed', text: itext('word.verbatim', { text: 'i1' }), path: 'a' },
      { severity: 'warning', code: 'ImportIgnored', text: itext('word.verbatim', { text: 'w1' }) },
      { severity: 'error', code: 'ImportInvalid', text: itext('word.verbatim', { text: 'e1' }) },
      { severity: 'warning', code: 'ImportUnresolved', text: itext('word.verbatim', { text: 'w2' }), path: 'b' },
      { severity: 'info', code: 'ImportIgnored', text: itext('word.verbatim', { text: 'i2' }) },
    ];
    const summary = summarize({ counts, diagnostics });
    expect(summary.findings.map((f) => messageOf(f))).toEqual(['e1', 'w1', 'w2', 'i1', 'i2']);
    expect(summary.bySeverity).toEqual({ error: 1, warning: 2, info: 2 });
  });

  it('marks unresolved values and defaults used as placeholders, and nothing else', () => {
    const diagnostics: ImportDiagnostic[] = [
      { severity: 'warning', code: 'ImportUnresolved', text: itext('word.verbatim', { text: 'u' }) },
      { severity: 'info', code: 'ImportDefaultUsed', text: itext('word.verbatim', { text: 'd' }) },
      { severity: 'warning', code: 'ImportIgnored', text: itext('word.verbatim', { text: 'x' }) },
    ];
    const summary = summarize({ counts, diagnostics });
    expect(summary.findings.map((f) => [messageOf(f), f.placeholder])).toEqual([
      ['u', true],
      ['x', false],
      ['d', true],
    ]);
    expect(summary.placeholders).toBe(2);
  });
});

describe('groupFindings (through summarize)', () => {
  const nic = (n: number): ImportDiagnostic => ({
    severity: 'info',
    code: 'ImportDefaultUsed',
    text: itext('arm.intInvalid', { what: 'port', value: String(n), placeholder: 0 }),
    path: `resources[${n}]`,
  });
  it('folds the same sentence about different elements into its first row, keeping the order of first occurrence', () => {
    const other: ImportDiagnostic = { severity: 'warning', code: 'ImportIgnored', text: itext('word.verbatim', { text: 'x' }) };
    const { groups } = summarize({ counts, diagnostics: [nic(1), other, nic(2), nic(3)] });
    expect(groups.map((g) => [g.finding.code, g.finding.path, g.more.map((m) => m.path)])).toEqual([
      ['ImportIgnored', undefined, []],
      ['ImportDefaultUsed', 'resources[1]', ['resources[2]', 'resources[3]']],
    ]);
  });

  it('keeps apart the same sentence with another code or severity, and verbatim texts with other words', () => {
    const verbatim = (t: string): ImportDiagnostic => ({
      severity: 'warning',
      code: 'ImportIgnored',
      text: itext('word.verbatim', { text: t }),
    });
    const { groups } = summarize({
      counts,
      diagnostics: [nic(1), { ...nic(2), severity: 'warning' }, verbatim('a'), verbatim('b'), verbatim('a')],
    });
    expect(groups.map((g) => g.more.length)).toEqual([0, 1, 0, 0]);
    expect(groups.map((g) => messageOf(g.finding))).toContain('b');
  });
});
