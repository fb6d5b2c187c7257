import { describe, expect, it } from 'vitest';
import { importDiagnostic, itext } from './text';
import { uniqueDiagnostics } from './uniqueDiagnostics';

describe('uniqueDiagnostics', () => {
  const a = importDiagnostic('info', 'ImportIgnored', itext('arm.tunnelInterfaces', { pool: 'p', count: 1 }), 'resources[0].sku.tier');
  it('keeps the first of diagnostics with the same severity, code, path and text, in order', () => {
    const b = importDiagnostic('warning', 'ImportIgnored', itext('arm.tunnelInterfaces', { pool: 'p', count: 1 }), 'resources[0].sku.tier');
    const c = importDiagnostic('info', 'ImportIgnored', itext('arm.tunnelInterfaces', { pool: 'p', count: 1 }), 'resources[1].sku.tier');
    expect(uniqueDiagnostics([a, { ...a }, b, c, { ...c }])).toEqual([a, b, c]);
  });
  it('tells texts apart by their parameters', () => {
    const x = importDiagnostic('info', 'ImportIgnored', itext('arm.tunnelInterfaces', { pool: 'p', count: 1 }), 'p');
    const y = importDiagnostic('info', 'ImportIgnored', itext('arm.tunnelInterfaces', { pool: 'q', count: 1 }), 'p');
    expect(uniqueDiagnostics([x, y, x])).toEqual([x, y]);
  });
});
