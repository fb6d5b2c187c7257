import { describe, expect, it } from 'vitest';
import { hclQuote, isTemplate, unescapeHcl } from './values';

describe('hclQuote', () => {
  it('escapes the literal parts and keeps interpolations and escapes as HCL has them', () => {
    expect(hclQuote('plain')).toBe('"plain"');
    expect(hclQuote('a"b\\c\nd')).toBe('"a\\"b\\\\c\\nd"');
    expect(hclQuote('${upper("x")}-"y"')).toBe('"${upper("x")}-\\"y\\""');
    expect(hclQuote('$${not} %%{this}')).toBe('"$${not} %%{this}"');
    expect(hclQuote('${lookup({a = "}"}, "a")}"')).toBe('"${lookup({a = "}"}, "a")}\\""');
  });

  it('knows which strings need the expression parser', () => {
    expect(isTemplate('Tcp')).toBe(false);
    expect(isTemplate('${var.x}')).toBe(true);
    expect(isTemplate('a$${b}')).toBe(true);
  });
});

describe('unescapeHcl', () => {
  it('decodes what hclQuote encodes', () => {
    for (const s of ['a"b', 'back\\slash', 'new\nline\ttab', '\u0007bell', '$${x}', '%%{y}', 'é 日本']) {
      const quoted = hclQuote(s);
      expect(unescapeHcl(quoted.slice(1, -1))).toBe(s.replace('$${', '${').replace('%%{', '%{'));
    }
    expect(unescapeHcl('\\u0041')).toBe('A');
    expect(unescapeHcl('\\U0001F600')).toBe('\u{1F600}');
  });
});
