import { describe, expect, it } from 'vitest';
import { lineColumn, parseJson } from './json';

describe('parseJson', () => {
  it('reads JSON with a BOM, comments and trailing commas', () => {
    expect(parseJson('\uFEFF{ // note\n "a": [1, 2,], }')).toEqual({ ok: true, value: { a: [1, 2] } });
  });
  it('says the line and column of a syntax error', () => {
    expect(parseJson('{\n  "a": 1\n  "b": 2\n}')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^This is not valid JSON \(line 3, column 3\): expected ","/),
    });
    expect(parseJson('{"a": }')).toMatchObject({ ok: false, error: expect.stringMatching(/line 1, column 7\): expected a value/) });
    expect(parseJson('[1, 2')).toMatchObject({ ok: false, error: expect.stringMatching(/expected "\]"/) });
  });
  it('calls an empty file empty', () => {
    expect(parseJson('  \n')).toMatchObject({ ok: false, error: expect.stringMatching(/^The file is empty/) });
  });
  it('counts lines and columns from 1', () => {
    expect(lineColumn('a\nbc', 3)).toEqual({ line: 2, column: 2 });
    expect(lineColumn('abc', 0)).toEqual({ line: 1, column: 1 });
  });
  it('reads the same values as JSON.parse, including keys named __proto__, with comments allowed', () => {
    const text = '{"__proto__": {"a": [1, "x", null, true]}, "b": -2.5e1}';
    const r = parseJson(`// exported\n${text}`);
    expect(r.ok && Object.hasOwn(r.value as object, '__proto__')).toBe(true);
    expect(r).toEqual({ ok: true, value: JSON.parse(text) });
  });
});
