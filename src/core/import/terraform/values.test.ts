import { describe, expect, it } from 'vitest';
import { hclQuote, isTemplate } from './values';

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
