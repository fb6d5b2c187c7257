import { describe, expect, it } from 'vitest';
import { safeFileName } from './fileName';

describe('safeFileName', () => {
  it('turns runs of spaces and punctuation into one dash and adds the suffix', () => {
    expect(safeFileName('Two frontends (type 2)', 'json')).toBe('two-frontends-type-2.json');
    expect(safeFileName('SQL Always On listener', 'azcli.sh')).toBe('sql-always-on-listener.azcli.sh');
  });

  it('drops accents, path characters and leading or trailing dots', () => {
    expect(safeFileName('../Café lb.', 'tf')).toBe('cafe-lb.tf');
  });

  it('never returns an empty name', () => {
    expect(safeFileName('負荷分散', 'json')).toBe('topology.json');
    expect(safeFileName('', 'bicep')).toBe('topology.bicep');
  });

  it('keeps at most 60 characters and no dash left at the cut', () => {
    expect(safeFileName('x'.repeat(100), 'json')).toBe(`${'x'.repeat(60)}.json`);
    expect(safeFileName(`${'a'.repeat(59)} b`, 'json')).toBe(`${'a'.repeat(59)}.json`);
  });
});
