import { describe, expect, it } from 'vitest';
import { ACROSS_LB_CODES, ERROR_CODES, INFO_CODES, WARNING_CODES, type DiagnosticCode } from '../diagnostics/diagnostic';
import { withCode } from '../testing/builders';
import { analyze } from './analyze';
import { base, cases } from './codeCases.testing';
import { natCases } from './natCodeCases.testing';
import { messageOf } from '../diagnostics/diagnostic';

describe('every diagnostic code', () => {
  it('has a case, and every case is a known code', () => {
    const across: readonly string[] = ACROSS_LB_CODES;
    expect(Object.keys(cases).sort()).toEqual([...ERROR_CODES, ...WARNING_CODES, ...INFO_CODES].filter((c) => !across.includes(c)).sort());
  });

  it.each(Object.entries(cases))('%s: raised by the bad case, not by the good one', (code, { bad, good }) => {
    const found = withCode(bad, code as DiagnosticCode);
    expect(found.length).toBeGreaterThan(0);
    for (const d of found) {
      const expected = (ERROR_CODES as readonly string[]).includes(code)
        ? 'error'
        : (WARNING_CODES as readonly string[]).includes(code)
          ? 'warning'
          : 'info';
      expect(d.severity).toBe(expected);
      expect(d.elements.length).toBeGreaterThan(0);
      expect(messageOf(d).length).toBeGreaterThan(30);
      expect(d.source).not.toBe('');
    }
    expect(withCode(good, code as DiagnosticCode)).toEqual([]);
  });

  it.each(natCases.map((c) => [`${c.code}: ${c.name}`, c] as const))('inbound NAT rules, %s', (_, { code, bad, good, natRef }) => {
    const found = withCode(bad, code);
    expect(found.length).toBeGreaterThan(0);
    for (const d of found) {
      expect(messageOf(d).length).toBeGreaterThan(30);
      if (natRef) expect(d.refs.some((r) => r.kind === 'natRule')).toBe(true);
    }
    expect(withCode(good, code)).toEqual([]);
  });

  it('the good base topology has no errors or warnings at all', () => {
    expect(analyze(base).diagnostics).toEqual([]);
  });
});
