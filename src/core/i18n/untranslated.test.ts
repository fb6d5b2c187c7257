import { describe, expect, it } from 'vitest';
import { untranslated } from './untranslated';

describe('untranslated', () => {
  it('finds placeholders and English words left in a text', () => {
    expect(untranslated('Rule {rule} loses its frontend.', [])).toEqual(['{rule}', 'Rule', 'loses', 'its', 'frontend']);
  });
  it('accepts Japanese with element names and kept terms', () => {
    expect(untranslated('VM web-1 がバックエンド プール pool から外れます (Azure)。', ['web-1', 'pool'])).toEqual([]);
  });
  it('removes the longest name first', () => {
    expect(untranslated('規則 rule10 と rule1', ['rule1', 'rule10'])).toEqual([]);
  });
});
